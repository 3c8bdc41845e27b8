import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type components } from '@/lib/api';

type Schemas = components['schemas'];
export type QueuedPrivacyRequest = Schemas['QueuedPrivacyRequest'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditAction = Schemas['AuditAction'];
export type AuditVerification = Schemas['AuditVerification'];
export type Breach = Schemas['Breach'];
export type BreachInput = Schemas['BreachInput'];
export type BreachDataCategory = Schemas['BreachDataCategory'];

const keys = {
  queue: (subject: string | undefined) => ['privacy-office', subject, 'queue'] as const,
  audit: (subject: string | undefined, filters: AuditFilters) => ['privacy-office', subject, 'audit', filters] as const,
  breaches: (subject: string | undefined) => ['privacy-office', subject, 'breaches'] as const,
};

/** GET /api/v1/admin/privacy-requests: open requests, earliest deadline first. */
export function useRequestQueue() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: keys.queue(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/admin/privacy-requests', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

export type RequestAction =
  { kind: 'complete' } | { kind: 'extend'; months: number; reason: string } | { kind: 'reject'; reason: string };

/** The privacy officer's actions on a request: complete, extend (1–2 months, reason), reject (reason). */
export function useRequestAction(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RequestAction): Promise<QueuedPrivacyRequest> => {
      const params = { path: { id } };
      switch (action.kind) {
        case 'complete':
          return unwrap(client.POST('/api/v1/admin/privacy-requests/{id}/completion', { params }));
        case 'extend':
          return unwrap(
            client.POST('/api/v1/admin/privacy-requests/{id}/extension', {
              params,
              body: { months: action.months, reason: action.reason },
            }),
          );
        case 'reject':
          return unwrap(
            client.POST('/api/v1/admin/privacy-requests/{id}/rejection', { params, body: { reason: action.reason } }),
          );
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.queue(subject) }),
  });
}

export interface AuditFilters {
  action?: AuditAction;
  actor?: string;
  subject?: string;
  from?: string;
  to?: string;
}

/** GET /api/v1/admin/audit with filters, newest first, by cursor. */
export function useAuditSearch(filters: AuditFilters) {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: keys.audit(subject, filters),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/admin/audit', {
          params: { query: { ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

/** GET /api/v1/admin/audit/verification: recompute the hash chain. */
export function useVerifyChain() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (): Promise<AuditVerification> => unwrap(client.GET('/api/v1/admin/audit/verification')),
  });
}

/** GET /api/v1/admin/breaches: the register, most recently discovered first. */
export function useBreaches() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: keys.breaches(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/v1/admin/breaches', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

/** POST /api/v1/admin/breaches: record an incident; its 72-hour deadline runs from discovery. */
export function useRecordBreach() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BreachInput): Promise<Breach> => unwrap(client.POST('/api/v1/admin/breaches', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.breaches(subject) }),
  });
}
