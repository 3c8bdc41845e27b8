import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type ReceivedResponse = components['schemas']['ReceivedResponse'];
export type ReceivedResponseList = components['schemas']['ReceivedResponseList'];

/** GET /api/v1/managed-assignments/{id}/responses: the responses forwarded to the poster. */
export function listReceivedResponses(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<ReceivedResponseList> {
  return unwrap(
    client.GET('/api/v1/managed-assignments/{id}/responses', {
      params: { path: { id } },
      signal,
    }),
  );
}

export function useReceivedResponses(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.received(id, subject),
    queryFn: ({ signal }) => listReceivedResponses(client, id, signal),
    staleTime: 0,
  });
}
