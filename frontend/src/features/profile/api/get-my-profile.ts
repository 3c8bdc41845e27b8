import { useQuery } from '@tanstack/react-query';
import { nullIfNotFound, unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { profileKeys } from './keys';

export type OwnProfile = components['schemas']['OwnProfile'];

/** GET /api/v1/me/profile: the complete own profile (P-6), or null when there is none yet (404). */
export function getMyProfile(client: ApiClient, signal?: AbortSignal): Promise<OwnProfile | null> {
  return nullIfNotFound(unwrap(client.GET('/api/v1/me/profile', { signal })));
}

export function useMyProfile() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: profileKeys.own(subject),
    queryFn: ({ signal }) => getMyProfile(client, signal),
    enabled: subject !== undefined,
  });
}
