import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type AssignmentInput = components['schemas']['AssignmentInput'];

/** PUT /api/v1/managed-assignments/{id}: replaces a draft. */
export async function updateManagedAssignment(
  client: ApiClient,
  id: string,
  token: string | undefined,
  input: AssignmentInput,
): Promise<ManagedAssignment> {
  const { data, error, response } = await client.PUT('/api/v1/managed-assignments/{id}', {
    params: { path: { id } },
    headers: manageHeaders(token),
    body: input,
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useUpdateManagedAssignment(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignmentInput) => updateManagedAssignment(client, id, token, input),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
