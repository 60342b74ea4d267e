import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createApiClient } from '@/lib/api/client';
import { AuthContext } from '@/lib/auth/AuthContext';
import type { SignedInUser } from '@/lib/auth/claims';
import { initI18n } from '@/lib/i18n';

export const API = 'http://api.test';

export const laiChauManager: SignedInUser = {
  username: 'laichau.manager',
  name: 'Lan Nguyễn Thị',
  roles: ['PROVINCE_MANAGER'],
  units: ['12'],
};

type Sent = { method: string; headers: Headers; body: string };
type Handler = (url: URL, sent: Sent) => { status?: number; body: unknown };

/**
 * Replaces globalThis.fetch: each request is answered by the handler of `METHOD /path`, else of its path; every URL
 * asked is recorded (and every request sent, in `sent`).
 */
export function fakeApi(handlers: Record<string, Handler>, sent: (Sent & { url: URL })[] = []) {
  const requests: URL[] = [];
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const url = new URL(request.url);
    requests.push(url);
    const body = request.method === 'GET' ? '' : await request.text();
    const one = { method: request.method, headers: request.headers, body };
    sent.push({ ...one, url });
    const handler = handlers[`${request.method} ${url.pathname}`] ?? handlers[url.pathname];
    if (!handler)
      return new Response('{"title":"Not Found","status":404,"code":"NOT_FOUND"}', { status: 404 });
    const { status = 200, body: answer } = handler(url, one);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(answer), { status, headers: { 'Content-Type': type } });
  });
  return requests;
}

/** A page at a URL, signed in, with the app's providers and a fresh query cache. */
export async function renderPage(
  element: React.ReactNode,
  { path, route, user = laiChauManager }: { path: string; route: string; user?: SignedInUser },
) {
  await initI18n('vi');
  createApiClient(
    API,
    () => 'test-token',
    () => undefined,
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const auth = { user, signIn: vi.fn(), signOut: vi.fn() };
  const router = createMemoryRouter([{ path: route, element }], { initialEntries: [path] });
  return {
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <AuthContext.Provider value={auth}>
          <RouterProvider router={router} />
        </AuthContext.Provider>
      </QueryClientProvider>,
    ),
  };
}
