import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { profileKeys } from './keys';

export type ProfilePreview = components['schemas']['ProfilePreview'];

/** GET /api/v1/me/profile/preview: what the public and a verified organisation see (both null when hidden). */
export function getProfilePreview(client: ApiClient, signal?: AbortSignal): Promise<ProfilePreview> {
  return unwrap(client.GET('/api/v1/me/profile/preview', { signal }));
}

export function useProfilePreview(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: profileKeys.preview(subject),
    queryFn: ({ signal }) => getProfilePreview(client, signal),
    enabled: enabled && subject !== undefined,
    staleTime: 0,
  });
}
