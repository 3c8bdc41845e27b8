export { createApiClient } from './client';
export type { ApiClient, ApiClientOptions } from './client';
export { ApiClientContext, useApiClient } from './context';
export { ApiError, describeError, toApiError } from './problem';
export type { ErrorDescription, FieldError, Problem } from './problem';
export type { components, paths } from './schema';
