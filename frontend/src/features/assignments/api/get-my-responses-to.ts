import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type MyResponse = components['schemas']['MyResponse'];

/** GET /api/v1/me/responses?assignmentId=…: the signed-in professional's responses to one assignment, newest first. */
export async function getMyResponsesTo(
  client: ApiClient,
  assignmentId: string,
  signal?: AbortSignal,
): Promise<MyResponse[]> {
  const page = await unwrap(client.GET('/api/v1/me/responses', { params: { query: { assignmentId } }, signal }));
  return page.items;
}

export function useMyResponsesTo(assignmentId: string, enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.myResponsesTo(assignmentId, subject),
    queryFn: ({ signal }) => getMyResponsesTo(client, assignmentId, signal),
    enabled: enabled && subject !== undefined,
    staleTime: 0,
  });
}
