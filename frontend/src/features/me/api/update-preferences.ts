import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryOptions, unwrap, useApiClient, useSubject, type Me } from '@/lib/api';
import type { Language } from '@/lib/i18n';

/** PUT /api/v1/me/preferences: the language of the SPA and of our e-mails to this person. */
export function useUpdateLanguage() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language): Promise<Me> =>
      unwrap(client.PUT('/api/v1/me/preferences', { body: { language } })),
    onSuccess: (me) => queryClient.setQueryData(meQueryOptions(client, subject).queryKey, me),
  });
}
