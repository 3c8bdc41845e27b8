import { useMutation } from '@tanstack/react-query';
import { unwrap, useApiClient, type components } from '@/lib/api';

export type IntroductionInput = components['schemas']['IntroductionInput'];

/** POST /api/v1/profiles/{id}/introductions: a verified organisation asks for an introduction (K-3). */
export function useAskIntroduction(profileId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: IntroductionInput) =>
      unwrap(client.POST('/api/v1/profiles/{id}/introductions', { params: { path: { id: profileId } }, body: input })),
  });
}
