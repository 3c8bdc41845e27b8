import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type Disclosure = components['schemas']['Disclosure'];
export type DisclosurePage = components['schemas']['DisclosurePage'];

/** GET /api/v1/me/disclosures: who received my personal data (D-8), newest first, by cursor. */
export function listDisclosures(
  client: ApiClient,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<DisclosurePage> {
  return unwrap(
    client.GET('/api/v1/me/disclosures', {
      params: { query: cursor ? { cursor } : {} },
      signal,
    }),
  );
}

export function useDisclosures() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: ['disclosures', subject ?? 'anonymous'] as const,
    queryFn: ({ pageParam, signal }) => listDisclosures(client, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
