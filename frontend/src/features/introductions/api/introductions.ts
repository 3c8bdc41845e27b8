import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject } from '@/lib/api';
import type { components } from '@/lib/api';

export type IncomingIntroduction = components['schemas']['IncomingIntroduction'];
export type RequestedIntroduction = components['schemas']['RequestedIntroduction'];

const incomingKey = (subject: string | undefined) => ['introductions', 'incoming', subject ?? 'anonymous'] as const;
const organisationKey = (subject: string | undefined) =>
  ['introductions', 'organisation', subject ?? 'anonymous'] as const;

/** GET /api/v1/me/introductions: organisations that asked to be introduced to the professional (K-3). */
export function useIncomingIntroductions() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: incomingKey(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/me/introductions', { params: { query: pageParam ? { cursor: pageParam } : {} }, signal }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

/** Accept (name and contact go to the organisation) or decline (it learns only "declined"). */
export function useDecideIntroduction() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      unwrap(
        accept
          ? client.POST('/api/v1/me/introductions/{id}/acceptance', { params: { path: { id } } })
          : client.POST('/api/v1/me/introductions/{id}/decline', { params: { path: { id } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: incomingKey(subject) }),
  });
}

/** GET /api/v1/me/organisation/introductions: what the client's organisation asked, and the outcome. */
export function useOrganisationIntroductions() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: organisationKey(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/me/organisation/introductions', {
          params: { query: pageParam ? { cursor: pageParam } : {} },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
