import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';

export type AssignmentInput = components['schemas']['AssignmentInput'];

/** PUT /api/v1/managed-assignments/{id}: replaces a draft. */
export function updateManagedAssignment(
  client: ApiClient,
  id: string,
  input: AssignmentInput,
): Promise<ManagedAssignment> {
  return unwrap(
    client.PUT('/api/v1/managed-assignments/{id}', {
      params: { path: { id } },
      body: input,
    }),
  );
}

export function useUpdateManagedAssignment(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignmentInput) => updateManagedAssignment(client, id, input),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
