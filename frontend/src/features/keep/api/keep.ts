import { useMutation, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type components } from '@/lib/api';

export type KeepAccount = components['schemas']['KeepAccount'];
export type ResponseKeep = components['schemas']['ResponseKeep'];

/** GET /api/v1/keep-account/{link}: whether the link is valid; changes nothing (T-3: mail scanners follow links). */
export function useKeepAccountLink(link: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['keep-account', link] as const,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/keep-account/{link}', { params: { path: { link: link ?? '' } }, signal })),
    enabled: link !== undefined,
    retry: false,
  });
}

/** POST /api/v1/keep-account/{link}: "keep my account", meaningful contact (T-2). */
export function useKeepAccount() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (link: string) => unwrap(client.POST('/api/v1/keep-account/{link}', { params: { path: { link } } })),
  });
}

/** GET /api/v1/response-keep/{link}: which response the closing mail asks about; changes nothing. */
export function useResponseKeepLink(link: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['response-keep', link] as const,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/response-keep/{link}', { params: { path: { link: link ?? '' } }, signal })),
    enabled: link !== undefined,
    retry: false,
  });
}

/** POST /api/v1/response-keep/{link}: yes, keep my response for a year (R-4, T-1). */
export function useKeepResponse() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (link: string) => unwrap(client.POST('/api/v1/response-keep/{link}', { params: { path: { link } } })),
  });
}
