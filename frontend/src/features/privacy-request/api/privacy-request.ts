import { useMutation, useQuery } from '@tanstack/react-query';
import { saveFile, toDownloadedFile, unwrap, useApiClient, type components } from '@/lib/api';

export type RequestType = components['schemas']['RequestType'];
export type PrivacyRequest = components['schemas']['PrivacyRequest'];
export type PrivacyRequestConfirmed = components['schemas']['PrivacyRequestConfirmed'];

/** The header that carries a status or download token (never a query string: it would be logged). */
export const REQUEST_TOKEN_HEADER = 'Werkbank-Request-Token';

/** The types a visitor can ask for, in the order of the form. */
export const ASKABLE_TYPES: readonly RequestType[] = [
  'ACCESS',
  'PORTABILITY',
  'RECTIFICATION',
  'RESTRICTION',
  'LIFT_RESTRICTION',
  'OBJECTION',
  'ERASURE',
];

export interface AskInput {
  email: string;
  type: RequestType;
  details: string;
}

/**
 * POST /api/v1/privacy-requests (D-1): the answer is the same 202 for every address, so the page
 * shows the same message whatever the API knows.
 */
export function useAskByEmail() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: AskInput) =>
      unwrap(
        client.POST('/api/v1/privacy-requests', {
          body: {
            email: input.email.trim(),
            type: input.type,
            details: input.details.trim() ? input.details.trim() : null,
          },
        }),
      ),
  });
}

/**
 * POST /api/v1/privacy-requests/confirmation with the single-use token of the mail. The answer
 * carries the status token and, for ACCESS/PORTABILITY, the archive's password: both live in the
 * caller's state (the status token also in sessionStorage), never in the query cache.
 */
export function useConfirmByEmail() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(client.POST('/api/v1/privacy-requests/confirmation', { body: { token } })),
  });
}

/** GET /api/v1/privacy-requests/status with the status token in the Werkbank-Request-Token header. */
export function useRequestStatus(statusToken: string | undefined) {
  const client = useApiClient();
  return useQuery({
    // The token itself is not part of the key (keys can end up in dev tools); one request at a time.
    queryKey: ['privacy-request-status'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/api/v1/privacy-requests/status', {
          params: { header: { [REQUEST_TOKEN_HEADER]: statusToken ?? '' } },
          signal,
        }),
      ),
    enabled: statusToken !== undefined,
    gcTime: 0,
  });
}

/** GET /api/v1/privacy-requests/export with the download token of the mail: the encrypted ZIP, saved. */
export function useDownloadByToken() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (downloadToken: string) =>
      toDownloadedFile(
        client.GET('/api/v1/privacy-requests/export', {
          params: { header: { [REQUEST_TOKEN_HEADER]: downloadToken } },
          parseAs: 'blob',
          headers: { Accept: 'application/zip, application/problem+json' },
        }),
        'werkbank-export.zip',
      ),
    onSuccess: (file) => saveFile(file),
  });
}
