import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrapEmpty, useApiClient, type ApiClient } from '@/lib/api';

/** DELETE /api/v1/me/profile/cv. */
export function deleteMyCv(client: ApiClient): Promise<void> {
  return unwrapEmpty(client.DELETE('/api/v1/me/profile/cv'));
}

export function useDeleteMyCv() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMyCv(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profile'] }),
  });
}
