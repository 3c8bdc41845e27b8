import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { responseKeys } from './keys';
import type { MyResponse, MyResponseList } from './list-my-responses';

/** POST /api/v1/me/responses/{id}/withdraw: the poster is told; 409 when already withdrawn. */
export async function withdrawMyResponse(client: ApiClient, id: string): Promise<MyResponse> {
  const { data, error, response } = await client.POST('/api/v1/me/responses/{id}/withdraw', {
    params: { path: { id } },
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** Puts the withdrawn response in place in the cached list. */
export function useWithdrawMyResponse() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => withdrawMyResponse(client, id),
    onSuccess: (saved) =>
      queryClient.setQueryData<MyResponseList>(responseKeys.mine(subject), (list) =>
        list ? { ...list, items: list.items.map((item) => (item.id === saved.id ? saved : item)) } : list,
      ),
  });
}
