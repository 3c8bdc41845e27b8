import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type ContactRequestInput = components['schemas']['ContactRequestInput'];
export type AnonymisedContactRequest = components['schemas']['AnonymisedContactRequest'];
export type OwnContactRequest = components['schemas']['OwnContactRequest'];
export type AcceptedContactRequest = components['schemas']['AcceptedContactRequest'];
export type CoachingTopic = components['schemas']['CoachingTopic'];

export const COACHING_TOPICS: CoachingTopic[] = [
  'CAREER_DIRECTION',
  'STARTING_AS_FREELANCER',
  'ACQUISITION',
  'RATES_AND_CONTRACTS',
  'RE_INTEGRATION',
  'WORK_LIFE_BALANCE',
];

const keys = {
  mine: (subject: string | undefined) => ['contact-requests', 'mine', subject ?? 'anonymous'] as const,
  open: (subject: string | undefined) => ['contact-requests', 'open', subject ?? 'anonymous'] as const,
  accepted: (subject: string | undefined) => ['contact-requests', 'accepted', subject ?? 'anonymous'] as const,
};

/** POST /api/v1/contact-requests/preview: exactly what coaches would see (K-1); nothing is stored. */
export function previewContactRequest(client: ApiClient, input: ContactRequestInput) {
  return unwrap(client.POST('/api/v1/contact-requests/preview', { body: input }));
}

export function usePreviewContactRequest() {
  const client = useApiClient();
  return useMutation({ mutationFn: (input: ContactRequestInput) => previewContactRequest(client, input) });
}

/** POST /api/v1/contact-requests: send the request to the coach network (K-1). */
export function useSendContactRequest() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactRequestInput) => unwrap(client.POST('/api/v1/contact-requests', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(subject) }),
  });
}

function usePages<T>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<{ items: T[]; nextCursor?: string | null }>,
) {
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

/** GET /api/v1/me/contact-requests: the candidate's requests and who accepted them (K-2). */
export function useMyContactRequests() {
  const client = useApiClient();
  const subject = useSubject();
  return usePages(keys.mine(subject), (cursor, signal) =>
    unwrap(client.GET('/api/v1/me/contact-requests', { params: { query: cursor ? { cursor } : {} }, signal })),
  );
}

/** GET /api/v1/contact-requests: open requests, anonymised, for coaches (K-1). */
export function useOpenContactRequests() {
  const client = useApiClient();
  const subject = useSubject();
  return usePages(keys.open(subject), (cursor, signal) =>
    unwrap(client.GET('/api/v1/contact-requests', { params: { query: cursor ? { cursor } : {} }, signal })),
  );
}

/** GET /api/v1/me/accepted-contact-requests: what this coach accepted, with the released details. */
export function useAcceptedContactRequests() {
  const client = useApiClient();
  const subject = useSubject();
  return usePages(keys.accepted(subject), (cursor, signal) =>
    unwrap(client.GET('/api/v1/me/accepted-contact-requests', { params: { query: cursor ? { cursor } : {} }, signal })),
  );
}

/** POST /api/v1/contact-requests/{id}/acceptance: the first coach gets the details; others a 409 (K-2). */
export function useAcceptContactRequest() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(client.POST('/api/v1/contact-requests/{id}/acceptance', { params: { path: { id } } })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.open(subject) }),
        queryClient.invalidateQueries({ queryKey: keys.accepted(subject) }),
      ]),
  });
}
