import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type ManagedAssignment = components['schemas']['ManagedAssignment'];

/**
 * GET /api/v1/managed-assignments/{id}: the assignment as its poster (management token) or the
 * owning organisation's client (bearer token) sees it; 404 when not theirs.
 */
export function getManagedAssignment(client: ApiClient, id: string, signal?: AbortSignal): Promise<ManagedAssignment> {
  return unwrap(
    client.GET('/api/v1/managed-assignments/{id}', {
      params: { path: { id } },
      signal,
    }),
  );
}

export function useManagedAssignment(id: string, enabled = true) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.managed(id, subject),
    queryFn: ({ signal }) => getManagedAssignment(client, id, signal),
    enabled,
    staleTime: 0,
  });
}
