import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type Consents = components['schemas']['Consents'];
export type PurposeConsent = components['schemas']['PurposeConsent'];
export type ConsentEvent = components['schemas']['ConsentEvent'];
export type ConsentInput = components['schemas']['ConsentInput'];
export type JobAlert = components['schemas']['JobAlert'];
export type JobAlertCriteria = components['schemas']['JobAlertCriteria'];
export type Unsubscription = components['schemas']['Unsubscription'];
export type PrivacyNotice = components['schemas']['PrivacyNotice'];

const consentsKey = (subject: string | undefined) => ['consents', subject ?? 'anonymous'] as const;
const jobAlertKey = (subject: string | undefined) => ['job-alert', subject ?? 'anonymous'] as const;

/** GET /api/v1/me/consents (C-1, C-2): every purpose with its basis and state, and the history. */
export function getConsents(client: ApiClient, signal?: AbortSignal): Promise<Consents> {
  return unwrap(client.GET('/api/v1/me/consents', { params: { query: { limit: 50 } }, signal }));
}

export function useConsents() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: consentsKey(subject),
    queryFn: ({ signal }) => getConsents(client, signal),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

/** POST /api/v1/me/consents: one decision, appended to the history. */
export function useDecideConsent() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsentInput) => unwrap(client.POST('/api/v1/me/consents', { body: input })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consentsKey(subject) });
      void queryClient.invalidateQueries({ queryKey: jobAlertKey(subject) });
    },
  });
}

/** GET /api/v1/me/job-alerts. */
export function useJobAlert() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: jobAlertKey(subject),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/job-alerts', { signal })),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

export function useSaveJobAlert() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (criteria: JobAlertCriteria) => unwrap(client.PUT('/api/v1/me/job-alerts', { body: criteria })),
    onSuccess: (saved) => queryClient.setQueryData(jobAlertKey(subject), saved),
  });
}

/** POST /api/v1/job-alerts: a visitor subscribes by e-mail; a confirmation link is mailed (double opt-in). */
export function useSubscribeAsVisitor() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: { email: string; criteria: JobAlertCriteria }) =>
      unwrap(client.POST('/api/v1/job-alerts', { body })),
  });
}

/** POST /api/v1/job-alert-confirmations: the visitor's mailed link. */
export function useConfirmJobAlert() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(client.POST('/api/v1/job-alert-confirmations', { body: { token } })),
  });
}

/** GET /api/v1/unsubscribe/{link}: what the link is about; changes nothing (C-4). */
export function useUnsubscription(link: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['unsubscription', link] as const,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/unsubscribe/{link}', { params: { path: { link: link ?? '' } }, signal })),
    enabled: link !== undefined,
    retry: false,
  });
}

/** POST /api/v1/unsubscribe/{link}: the same one-click request a mail client sends (RFC 8058). */
export function useUnsubscribe() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (link: string) =>
      unwrap(
        client.POST('/api/v1/unsubscribe/{link}', {
          params: { path: { link } },
          body: { 'List-Unsubscribe': 'One-Click' },
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      ),
  });
}

/** GET /api/v1/privacy-notices/current (C-3): public. */
export function useCurrentNotice() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['privacy-notice', 'current'] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/privacy-notices/current', { signal })),
  });
}
