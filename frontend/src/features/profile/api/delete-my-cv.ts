import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, type ApiClient } from '@/lib/api';

/** DELETE /api/v1/me/profile/cv. */
export async function deleteMyCv(client: ApiClient): Promise<void> {
  const { error, response } = await client.DELETE('/api/v1/me/profile/cv');
  if (!response.ok) throw toApiError(response, error);
}

export function useDeleteMyCv() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMyCv(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profile'] }),
  });
}
