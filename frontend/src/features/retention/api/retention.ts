import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject } from '@/lib/api';
import type { LegalHold, LegalHoldInput, RetentionPolicy, RetentionPolicyInput, RetentionRun } from './contract';

export type * from './contract';

const keys = {
  policies: (subject: string | undefined) => ['retention', subject, 'policies'] as const,
  runs: (subject: string | undefined) => ['retention', subject, 'runs'] as const,
  holds: (subject: string | undefined, active: boolean) => ['retention', subject, 'holds', active] as const,
};

/** GET /api/v1/admin/retention/policies: every category's policy, ordered by category (T-1). */
export function usePolicies() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: keys.policies(subject),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/admin/retention/policies', { signal })),
    enabled: subject !== undefined,
  });
}

/** PUT /api/v1/admin/retention/policies/{category}: period, action and enabled; field errors come back as 400. */
export function useUpdatePolicy(category: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetentionPolicyInput): Promise<RetentionPolicy> =>
      unwrap(
        client.PUT('/api/v1/admin/retention/policies/{category}', { params: { path: { category } }, body: input }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.policies(subject) }),
  });
}

/** GET /api/v1/admin/retention/runs: past runs, newest first, by cursor (T-4). */
export function useRuns() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: keys.runs(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/admin/retention/runs', {
          params: { query: pageParam ? { cursor: pageParam } : {} },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

/** POST /api/v1/admin/retention/runs: the due sweeps now; a dry run selects the same rows and changes nothing. */
export function useStartRun() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dryRun: boolean): Promise<RetentionRun> =>
      unwrap(client.POST('/api/v1/admin/retention/runs', { body: { dryRun } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.runs(subject) }),
  });
}

/** GET /api/v1/admin/legal-holds: active (or released) holds, by cursor (T-5). */
export function useHolds(active: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: keys.holds(subject, active),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/admin/legal-holds', {
          params: { query: { active, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

function useRefreshHolds() {
  const subject = useSubject();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['retention', subject, 'holds'] });
}

/** POST /api/v1/admin/legal-holds: a subject, or a category and record key, with a reason. */
export function usePlaceHold() {
  const client = useApiClient();
  const refresh = useRefreshHolds();
  return useMutation({
    mutationFn: (input: LegalHoldInput): Promise<LegalHold> =>
      unwrap(client.POST('/api/v1/admin/legal-holds', { body: input })),
    onSuccess: refresh,
  });
}

/** POST /api/v1/admin/legal-holds/{id}/release: with a reason; 409 when already released. */
export function useReleaseHold(id: string) {
  const client = useApiClient();
  const refresh = useRefreshHolds();
  return useMutation({
    mutationFn: (reason: string): Promise<LegalHold> =>
      unwrap(client.POST('/api/v1/admin/legal-holds/{id}/release', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}
