import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { reviewKeys } from './keys';

export type ManagedAssignment = components['schemas']['ManagedAssignment'];
export type ManagedAssignmentList = components['schemas']['ManagedAssignmentList'];

/** GET /api/v1/review-queue: assignments waiting for review, oldest first (admin). */
export function listReviewQueue(client: ApiClient, signal?: AbortSignal): Promise<ManagedAssignmentList> {
  return unwrap(client.GET('/api/v1/review-queue', { signal }));
}

export function useReviewQueue() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: reviewKeys.queue(subject),
    queryFn: ({ signal }) => listReviewQueue(client, signal),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
