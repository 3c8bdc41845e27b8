import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type ManagedAssignmentList = components['schemas']['ManagedAssignmentList'];

/** GET /api/v1/managed-assignments: all assignments of the signed-in client's organisation. */
export function listOrganisationAssignments(client: ApiClient, signal?: AbortSignal): Promise<ManagedAssignmentList> {
  return unwrap(client.GET('/api/v1/managed-assignments', { signal }));
}

export function useOrganisationAssignments() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.organisation(subject),
    queryFn: ({ signal }) => listOrganisationAssignments(client, signal),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}
