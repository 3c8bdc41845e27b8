import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { responseKeys } from './keys';

export type MyResponse = components['schemas']['MyResponse'];
export type MyResponseList = components['schemas']['MyResponseList'];

/** GET /api/v1/me/responses: the caller's responses, their status and the procedure's progress. */
export function listMyResponses(client: ApiClient, signal?: AbortSignal): Promise<MyResponseList> {
  return unwrap(client.GET('/api/v1/me/responses', { signal }));
}

export function useMyResponses() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: responseKeys.mine(subject),
    queryFn: ({ signal }) => listMyResponses(client, signal),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
