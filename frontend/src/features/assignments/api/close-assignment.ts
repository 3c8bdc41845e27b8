import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

/** POST /api/v1/managed-assignments/{id}/close: PUBLISHED → CLOSED (the procedure is over); 409 from any other status. */
export async function closeAssignment(
  client: ApiClient,
  id: string,
  token: string | undefined,
): Promise<ManagedAssignment> {
  const { data, error, response } = await client.POST('/api/v1/managed-assignments/{id}/close', {
    params: { path: { id } },
    headers: manageHeaders(token),
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useCloseAssignment(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeAssignment(client, id, token),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
