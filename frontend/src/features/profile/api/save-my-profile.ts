import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import type { OwnProfile } from './get-my-profile';
import { profileKeys } from './keys';

export type ProfileInput = components['schemas']['ProfileInput'];

/** PUT /api/v1/me/profile: creates or replaces the whole profile. */
export function saveMyProfile(client: ApiClient, input: ProfileInput): Promise<OwnProfile> {
  return unwrap(client.PUT('/api/v1/me/profile', { body: input }));
}

/** Saves, stores the answer as the own profile and refreshes the preview. */
export function useSaveMyProfile() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => saveMyProfile(client, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(profileKeys.own(subject), saved);
      await queryClient.invalidateQueries({ queryKey: profileKeys.preview(subject) });
    },
  });
}
