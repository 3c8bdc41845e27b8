import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type ReceivedResponse = components['schemas']['ReceivedResponse'];
export type ReceivedResponseList = components['schemas']['ReceivedResponseList'];

/** GET /api/v1/managed-assignments/{id}/responses: the responses forwarded to the poster. */
export async function listReceivedResponses(
  client: ApiClient,
  id: string,
  token: string | undefined,
  signal?: AbortSignal,
): Promise<ReceivedResponseList> {
  const { data, error, response } = await client.GET('/api/v1/managed-assignments/{id}/responses', {
    params: { path: { id } },
    headers: manageHeaders(token),
    signal,
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useReceivedResponses(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.received(id, subject),
    queryFn: ({ signal }) => listReceivedResponses(client, id, token, signal),
    staleTime: 0,
  });
}
