import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type PlacementInput = components['schemas']['PlacementInput'];
export type Placement = components['schemas']['Placement'];

/** POST /api/v1/managed-assignments/{id}/responses/{responseId}/placement: records the placement and its fee schedule. */
export function placeRespondent(
  client: ApiClient,
  id: string,
  responseId: string,
  input: PlacementInput,
): Promise<Placement> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/responses/{responseId}/placement', {
      params: { path: { id, responseId } },
      body: input,
    }),
  );
}

/** The response becomes PLACED and a placement appears: both lists are fetched again. */
export function usePlaceRespondent(id: string, responseId: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlacementInput) => placeRespondent(client, id, responseId, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentKeys.placements(id, subject) }),
        queryClient.invalidateQueries({ queryKey: assignmentKeys.received(id, subject) }),
      ]);
    },
  });
}
