import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, toApiError } from './problem';

export type ApiClient = ReturnType<typeof createClient<paths>>;

type TokenSource = () => string | undefined;
type OnUnauthorized = () => void;

let client: ApiClient | undefined;

/**
 * One client for the whole app: it adds the bearer token, and a 401 (token expired beyond renewal, or revoked)
 * sends the user back to sign-in. `fetch` is looked up at each call, so tests can replace globalThis.fetch.
 */
export function createApiClient(
  baseUrl: string,
  token: TokenSource,
  onUnauthorized: OnUnauthorized,
): ApiClient {
  const auth: Middleware = {
    onRequest({ request }) {
      const value = token();
      if (value) request.headers.set('Authorization', `Bearer ${value}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized();
      return response;
    },
  };
  const created = createClient<paths>({ baseUrl, fetch: (r) => globalThis.fetch(r) });
  created.use(auth);
  client = created;
  return created;
}

export function api(): ApiClient {
  if (!client) throw new Error('API client not created');
  return client;
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the problem+json. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw result.error !== undefined
      ? toApiError(result.error, result.response)
      : new ApiError(result.response.status, undefined);
  }
  return result.data;
}
