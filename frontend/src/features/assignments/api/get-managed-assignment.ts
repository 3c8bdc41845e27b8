import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type ManagedAssignment = components['schemas']['ManagedAssignment'];

/**
 * GET /api/v1/managed-assignments/{id}: the assignment as its poster (management token) or the
 * owning organisation's client (bearer token) sees it; 404 when not theirs.
 */
export async function getManagedAssignment(
  client: ApiClient,
  id: string,
  token: string | undefined,
  signal?: AbortSignal,
): Promise<ManagedAssignment> {
  const { data, error, response } = await client.GET('/api/v1/managed-assignments/{id}', {
    params: { path: { id } },
    headers: manageHeaders(token),
    signal,
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useManagedAssignment(id: string, token: string | undefined, enabled = true) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.managed(id, subject),
    queryFn: ({ signal }) => getManagedAssignment(client, id, token, signal),
    enabled,
    staleTime: 0,
  });
}
