import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type PublicAssignment = components['schemas']['PublicAssignment'];

/** GET /api/v1/assignments/{id}: a published assignment with its JobPosting; 410 once closed, 404 unknown. */
export async function getAssignment(client: ApiClient, id: string, signal?: AbortSignal): Promise<PublicAssignment> {
  const { data, error, response } = await client.GET('/api/v1/assignments/{id}', { params: { path: { id } }, signal });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useAssignment(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assignmentKeys.detail(id),
    queryFn: ({ signal }) => getAssignment(client, id, signal),
  });
}
