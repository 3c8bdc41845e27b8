import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type ManagedAssignmentList = components['schemas']['ManagedAssignmentList'];

/** GET /api/v1/managed-assignments: all assignments of the signed-in client's organisation. */
export async function listOrganisationAssignments(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<ManagedAssignmentList> {
  const { data, error, response } = await client.GET('/api/v1/managed-assignments', { signal });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
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
