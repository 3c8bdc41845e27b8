import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile, toDownloadedFile, unwrap, useApiClient, useSubject, type components } from '@/lib/api';

export type PrivacyRequest = components['schemas']['PrivacyRequest'];
export type RequestType = components['schemas']['RequestType'];
export type Disclosure = components['schemas']['Disclosure'];

export const REQUEST_TYPES: readonly RequestType[] = [
  'ACCESS',
  'PORTABILITY',
  'RECTIFICATION',
  'RESTRICTION',
  'LIFT_RESTRICTION',
  'OBJECTION',
  'ERASURE',
];

const myRequestsKey = (subject: string | undefined) => ['my-requests', subject ?? 'anonymous'] as const;

/** GET /api/v1/me/requests: my requests, newest first, by cursor. */
export function useMyRequests() {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: myRequestsKey(subject),
    queryFn: ({ pageParam, signal }) =>
      unwrap(client.GET('/api/v1/me/requests', { params: { query: pageParam ? { cursor: pageParam } : {} }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
  });
}

export interface RequestInput {
  type: RequestType;
  details?: string;
}

/**
 * POST /api/v1/me/requests with an Idempotency-Key per attempt (a double click files one
 * request). The answer to ACCESS/PORTABILITY carries exportPassword: it lives only in the
 * caller's state, never in the query cache.
 */
export function useFileRequest() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestInput) =>
      unwrap(
        client.POST('/api/v1/me/requests', {
          body: { type: input.type, details: input.details?.trim() ? input.details.trim() : null },
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myRequestsKey(subject) }),
  });
}

const EXPORT_URL = /^\/api\/v1\/me\/requests\/([0-9a-fA-F-]{36})\/export$/;

/** The request id in an export link the API gave (`export.url`), or undefined for anything else. */
export function requestIdOfExportUrl(url: string): string | undefined {
  const path = url.startsWith('/') ? url : safePath(url);
  return path ? EXPORT_URL.exec(path)?.[1] : undefined;
}

function safePath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** GET export.url with the owner's token: the encrypted ZIP, handed to the browser as a file. */
export function useDownloadExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (exportUrl: string) => {
      const id = requestIdOfExportUrl(exportUrl);
      if (!id) throw new Error(`not an export link: ${exportUrl}`);
      return toDownloadedFile(
        client.GET('/api/v1/me/requests/{id}/export', {
          params: { path: { id } },
          parseAs: 'blob',
          headers: { Accept: 'application/zip, application/problem+json' },
        }),
        `werkbank-export-${id}.zip`,
      );
    },
    onSuccess: (file) => saveFile(file),
  });
}

/** GET /api/v1/me/disclosures (first page): who received my data, for the overview. */
export function useRecipients() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['my-data', subject, 'recipients'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/me/disclosures', { params: { query: { limit: 10 } }, signal }))).items,
    enabled: subject !== undefined,
  });
}
