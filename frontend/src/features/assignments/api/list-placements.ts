import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type PlacementList = components['schemas']['PlacementList'];

/** GET /api/v1/managed-assignments/{id}/placements: placements with their invoices. */
export function listPlacements(client: ApiClient, id: string, signal?: AbortSignal): Promise<PlacementList> {
  return unwrap(
    client.GET('/api/v1/managed-assignments/{id}/placements', {
      params: { path: { id } },
      signal,
    }),
  );
}

export function usePlacements(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.placements(id, subject),
    queryFn: ({ signal }) => listPlacements(client, id, signal),
    staleTime: 0,
  });
}
