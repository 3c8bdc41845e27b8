import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { reviewKeys } from './keys';
import type { ManagedAssignment, ManagedAssignmentList } from './list-review-queue';

/** POST /api/v1/managed-assignments/{id}/approve: PENDING_REVIEW → PUBLISHED (admin). */
export function approveAssignment(client: ApiClient, id: string): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/approve', {
      params: { path: { id } },
    }),
  );
}

/** Approves and takes the assignment out of the queue shown. */
export function useApproveAssignment() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => approveAssignment(client, id),
    onSuccess: (approved) =>
      queryClient.setQueryData<ManagedAssignmentList>(reviewKeys.queue(subject), (queue) =>
        queue ? { items: queue.items.filter((item) => item.id !== approved.id) } : queue,
      ),
  });
}
