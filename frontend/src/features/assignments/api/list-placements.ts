import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type PlacementList = components['schemas']['PlacementList'];

/** GET /api/v1/managed-assignments/{id}/placements: placements with their invoices. */
export async function listPlacements(
  client: ApiClient,
  id: string,
  token: string | undefined,
  signal?: AbortSignal,
): Promise<PlacementList> {
  const { data, error, response } = await client.GET('/api/v1/managed-assignments/{id}/placements', {
    params: { path: { id } },
    headers: manageHeaders(token),
    signal,
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function usePlacements(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.placements(id, subject),
    queryFn: ({ signal }) => listPlacements(client, id, token, signal),
    staleTime: 0,
  });
}
