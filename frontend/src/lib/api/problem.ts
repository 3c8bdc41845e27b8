import type { MessageKey, Translate } from '@/lib/i18n';
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** A non-2xx answer from the API, with its RFC 9457 problem details when it sent some. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  return (
    (b.title === undefined || typeof b.title === 'string') &&
    (b.detail === undefined || typeof b.detail === 'string') &&
    (b.status === undefined || typeof b.status === 'number') &&
    (typeof b.title === 'string' || typeof b.detail === 'string' || typeof b.status === 'number')
  );
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * Builds an ApiError from a failed response and the body openapi-fetch parsed from it.
 * Problem details are only trusted from a JSON / problem+json response (not a proxy's HTML page).
 */
export function toApiError(response: Response, body: unknown): ApiError {
  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = /application\/(problem\+)?json/i.test(contentType);
  const parsed = isJson ? parseBody(body) : undefined;
  const problem = isProblem(parsed) ? sanitize(parsed) : undefined;
  return new ApiError(response.status, problem);
}

function sanitize(problem: Problem): Problem {
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(
        (e): e is FieldError =>
          typeof e === 'object' &&
          e !== null &&
          typeof e.field === 'string' &&
          typeof e.code === 'string' &&
          typeof e.message === 'string',
      )
    : undefined;
  return { ...problem, errors };
}

export interface ErrorDescription {
  title: string;
  detail?: string;
  fieldErrors: FieldError[];
}

function statusMessageKey(status: number): MessageKey {
  if (status === 400 || status === 422) return 'errors.badRequest';
  if (status === 401) return 'errors.unauthorized';
  if (status === 403) return 'errors.forbidden';
  if (status === 404 || status === 410) return 'errors.notFound';
  if (status === 409 || status === 412) return 'errors.conflict';
  if (status === 429) return 'errors.tooManyRequests';
  if (status >= 500) return 'errors.server';
  return 'errors.generic';
}

/**
 * What to tell the user about an error: the API's own problem title/detail (the API answers in
 * the Accept-Language we send), else a translated message chosen by status or failure kind.
 */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (error instanceof ApiError) {
    const problem = error.problem;
    const title = problem?.title?.trim() || t(statusMessageKey(error.status));
    const detail = problem?.detail?.trim() || undefined;
    return { title, detail, fieldErrors: problem?.errors ?? [] };
  }
  // fetch() rejects with a TypeError when the network or CORS fails.
  if (error instanceof TypeError) return { title: t('errors.network'), fieldErrors: [] };
  return { title: t('errors.generic'), fieldErrors: [] };
}

/** True for the API's "does not exist (for you)" answer. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
