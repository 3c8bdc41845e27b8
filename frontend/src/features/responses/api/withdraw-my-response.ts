import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { responseKeys } from './keys';
import type { MyResponse, MyResponseList } from './list-my-responses';

/** POST /api/v1/me/responses/{id}/withdraw: the poster is told; 409 when already withdrawn. */
export function withdrawMyResponse(client: ApiClient, id: string): Promise<MyResponse> {
  return unwrap(
    client.POST('/api/v1/me/responses/{id}/withdraw', {
      params: { path: { id } },
    }),
  );
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
