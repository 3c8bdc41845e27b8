import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type PublicAssignment = components['schemas']['PublicAssignment'];

/** GET /api/v1/assignments/{id}: a published assignment with its JobPosting; 410 once closed, 404 unknown. */
export function getAssignment(client: ApiClient, id: string, signal?: AbortSignal): Promise<PublicAssignment> {
  return unwrap(client.GET('/api/v1/assignments/{id}', { params: { path: { id } }, signal }));
}

export function useAssignment(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assignmentKeys.detail(id),
    queryFn: ({ signal }) => getAssignment(client, id, signal),
  });
}
