import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { reviewKeys } from './keys';

export type ManagedAssignment = components['schemas']['ManagedAssignment'];
export type ManagedAssignmentList = components['schemas']['ManagedAssignmentList'];

/** GET /api/v1/review-queue: assignments waiting for review, oldest first (admin). */
export async function listReviewQueue(client: ApiClient, signal?: AbortSignal): Promise<ManagedAssignmentList> {
  const { data, error, response } = await client.GET('/api/v1/review-queue', { signal });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
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
