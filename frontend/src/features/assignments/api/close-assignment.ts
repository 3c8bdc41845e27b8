import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';

/** POST /api/v1/managed-assignments/{id}/close: PUBLISHED → CLOSED (the procedure is over); 409 from any other status. */
export function closeAssignment(client: ApiClient, id: string): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/close', {
      params: { path: { id } },
    }),
  );
}

export function useCloseAssignment(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeAssignment(client, id),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
