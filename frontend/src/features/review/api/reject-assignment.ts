import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { reviewKeys } from './keys';
import type { ManagedAssignment, ManagedAssignmentList } from './list-review-queue';

/** POST /api/v1/managed-assignments/{id}/reject: PENDING_REVIEW back to DRAFT with a reason (admin). */
export function rejectAssignment(client: ApiClient, id: string, reason: string): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/reject', {
      params: { path: { id } },
      body: { reason },
    }),
  );
}

export function useRejectAssignment() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectAssignment(client, id, reason),
    onSuccess: (rejected) =>
      queryClient.setQueryData<ManagedAssignmentList>(reviewKeys.queue(subject), (queue) =>
        queue ? { items: queue.items.filter((item) => item.id !== rejected.id) } : queue,
      ),
  });
}
