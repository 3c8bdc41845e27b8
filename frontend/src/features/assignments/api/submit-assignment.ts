import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';

/** POST /api/v1/managed-assignments/{id}/submit: DRAFT → PENDING_REVIEW (the poster sends the draft to review); 409 from any other status. */
export function submitAssignment(client: ApiClient, id: string): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/submit', {
      params: { path: { id } },
    }),
  );
}

export function useSubmitAssignment(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAssignment(client, id),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
