import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type PlacementInput = components['schemas']['PlacementInput'];
export type Placement = components['schemas']['Placement'];

/** POST /api/v1/managed-assignments/{id}/responses/{responseId}/placement: records the placement and its fee schedule. */
export async function placeRespondent(
  client: ApiClient,
  id: string,
  token: string | undefined,
  responseId: string,
  input: PlacementInput,
): Promise<Placement> {
  const { data, error, response } = await client.POST(
    '/api/v1/managed-assignments/{id}/responses/{responseId}/placement',
    {
      params: { path: { id, responseId } },
      headers: manageHeaders(token),
      body: input,
    },
  );
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** The response becomes PLACED and a placement appears: both lists are fetched again. */
export function usePlaceRespondent(id: string, token: string | undefined, responseId: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlacementInput) => placeRespondent(client, id, token, responseId, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentKeys.placements(id, subject) }),
        queryClient.invalidateQueries({ queryKey: assignmentKeys.received(id, subject) }),
      ]);
    },
  });
}
