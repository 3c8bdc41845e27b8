import { isNotFound, toApiError } from './problem';

/** What an openapi-fetch call resolves to: data on 2xx, the parsed error body otherwise. */
interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer's data and response, or a thrown ApiError (with its problem details) for a non-2xx
 * answer or a 2xx without the documented body. The one place requests turn into values or errors.
 */
export async function unwrapResponse<T>(request: Promise<ApiResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await request;
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return { data, response };
}

/** The answer's data, or a thrown ApiError. */
export async function unwrap<T>(request: Promise<ApiResult<T>>): Promise<T> {
  return (await unwrapResponse(request)).data;
}

/** For answers without a body (204): resolves on 2xx, else throws ApiError. */
export async function unwrapEmpty(request: Promise<ApiResult<unknown>>): Promise<void> {
  const { error, response } = await request;
  if (!response.ok) throw toApiError(response, error);
}

/** For "mine, if I have one" reads: the API's 404 becomes null; other errors are thrown. */
export async function nullIfNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
