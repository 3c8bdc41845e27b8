import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

/** POST /api/v1/managed-assignments/{id}/submit: DRAFT → PENDING_REVIEW (the poster sends the draft to review); 409 from any other status. */
export async function submitAssignment(
  client: ApiClient,
  id: string,
  token: string | undefined,
): Promise<ManagedAssignment> {
  const { data, error, response } = await client.POST('/api/v1/managed-assignments/{id}/submit', {
    params: { path: { id } },
    headers: manageHeaders(token),
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useSubmitAssignment(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAssignment(client, id, token),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
