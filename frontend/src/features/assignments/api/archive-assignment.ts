import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';

/** POST /api/v1/managed-assignments/{id}/archive: CLOSED → ARCHIVED; 409 from any other status. */
export function archiveAssignment(client: ApiClient, id: string): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/archive', {
      params: { path: { id } },
    }),
  );
}

export function useArchiveAssignment(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveAssignment(client, id),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
