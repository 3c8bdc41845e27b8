import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type components } from '@/lib/api';

export type NewestAssignment = components['schemas']['AssignmentSummary'];

export const NEWEST_COUNT = 5;

/** GET /api/v1/assignments?limit=5: the newest published assignments for the home page. */
export function useNewestAssignments() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['assignments', 'newest', NEWEST_COUNT] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/assignments', { params: { query: { limit: NEWEST_COUNT } }, signal }))).items,
  });
}
