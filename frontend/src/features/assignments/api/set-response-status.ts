import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import type { ReceivedResponse, ReceivedResponseList } from './list-received-responses';

export type ResponseStatusInput = components['schemas']['ResponseStatusInput'];
export type PosterResponseStatus = ResponseStatusInput['status'];

/** POST /api/v1/managed-assignments/{id}/responses/{responseId}/status: the respondent is told; 409 once withdrawn. */
export function setResponseStatus(
  client: ApiClient,
  id: string,
  responseId: string,
  status: PosterResponseStatus,
): Promise<ReceivedResponse> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/responses/{responseId}/status', {
      params: { path: { id, responseId } },
      body: { status },
    }),
  );
}

/** Puts the answer in place in the cached list. */
export function useSetResponseStatus(id: string, responseId: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: PosterResponseStatus) => setResponseStatus(client, id, responseId, status),
    onSuccess: (saved) =>
      queryClient.setQueryData<ReceivedResponseList>(assignmentKeys.received(id, subject), (list) =>
        list ? { ...list, items: list.items.map((item) => (item.id === saved.id ? saved : item)) } : list,
      ),
  });
}
