import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type Organisation = components['schemas']['Organisation'];
export type OrganisationPage = components['schemas']['OrganisationPage'];

export const organisationsKey = (subject: string | undefined) =>
  ['admin', 'organisations', subject ?? 'anonymous'] as const;

/** GET /api/v1/organisations (admin): all organisations, oldest first, by cursor. */
export function listOrganisations(
  client: ApiClient,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<OrganisationPage> {
  return unwrap(
    client.GET('/api/v1/organisations', {
      params: { query: cursor ? { cursor } : {} },
      signal,
    }),
  );
}

export function useOrganisations() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: organisationsKey(subject),
    queryFn: ({ pageParam, signal }) => listOrganisations(client, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
