import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type ErrorCode = components['schemas']['ErrorCode'];

/** A refusal of the API (problem+json), or a network failure (status 0), as one error type for every page. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): ErrorCode | undefined {
    return this.problem?.code;
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number';
}

/** What openapi-fetch gives back for an error: the parsed body (or text) and the response. */
export function toApiError(error: unknown, response: Response): ApiError {
  return new ApiError(response.status, isProblem(error) ? error : undefined);
}
