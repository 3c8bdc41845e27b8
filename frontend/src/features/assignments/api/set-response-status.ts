import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import type { ReceivedResponse, ReceivedResponseList } from './list-received-responses';
import { manageHeaders } from './manage-token';

export type ResponseStatusInput = components['schemas']['ResponseStatusInput'];
export type PosterResponseStatus = ResponseStatusInput['status'];

/** POST /api/v1/managed-assignments/{id}/responses/{responseId}/status: the respondent is told; 409 once withdrawn. */
export async function setResponseStatus(
  client: ApiClient,
  id: string,
  token: string | undefined,
  responseId: string,
  status: PosterResponseStatus,
): Promise<ReceivedResponse> {
  const { data, error, response } = await client.POST(
    '/api/v1/managed-assignments/{id}/responses/{responseId}/status',
    {
      params: { path: { id, responseId } },
      headers: manageHeaders(token),
      body: { status },
    },
  );
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** Puts the answer in place in the cached list. */
export function useSetResponseStatus(id: string, token: string | undefined, responseId: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: PosterResponseStatus) => setResponseStatus(client, id, token, responseId, status),
    onSuccess: (saved) =>
      queryClient.setQueryData<ReceivedResponseList>(assignmentKeys.received(id, subject), (list) =>
        list ? { ...list, items: list.items.map((item) => (item.id === saved.id ? saved : item)) } : list,
      ),
  });
}
