import { useMutation } from '@tanstack/react-query';
import { unwrap, unwrapEmpty, useApiClient, type components } from '@/lib/api';

export type AccountClosure = components['schemas']['AccountClosure'];

/** POST /api/v1/me/closure: the profile is hidden at once, the account erased after 30 days. */
export function useCloseAccount() {
  const client = useApiClient();
  return useMutation({ mutationFn: () => unwrap(client.POST('/api/v1/me/closure')) });
}

/** DELETE /api/v1/me/closure: keep a closed account after all (204, also when it was not closed). */
export function useReopenAccount() {
  const client = useApiClient();
  return useMutation({ mutationFn: () => unwrapEmpty(client.DELETE('/api/v1/me/closure')) });
}
