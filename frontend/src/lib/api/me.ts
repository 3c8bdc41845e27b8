import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth';
import type { ApiClient } from './client';
import { useApiClient } from './context';
import { unwrap } from './unwrap';
import type { components } from './schema';

export type Me = components['schemas']['Me'];

/**
 * GET /api/v1/me: the signed-in subject as the API sees it. Lives in lib (not a feature) because
 * the layout's navigation and the route guards need the roles too; one query key for all.
 * Throws ApiError on a non-2xx answer.
 */
export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<Me> {
  return unwrap(client.GET('/api/v1/me', { signal }));
}

/** Keyed by the token's subject, so one user's data is never shown to the next. */
export function meQueryOptions(client: ApiClient, subject: string | undefined) {
  return queryOptions({
    queryKey: ['me', subject ?? 'anonymous'] as const,
    queryFn: ({ signal }) => getMe(client, signal),
    enabled: subject !== undefined,
  });
}

export function useMe() {
  const client = useApiClient();
  const auth = useAuth();
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;
  return useQuery(meQueryOptions(client, subject));
}

/** The token's subject when signed in: part of every query key that holds personal data. */
export function useSubject(): string | undefined {
  const auth = useAuth();
  return auth.isAuthenticated ? auth.user?.profile.sub : undefined;
}
