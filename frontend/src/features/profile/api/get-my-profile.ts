import { useQuery } from '@tanstack/react-query';
import { isNotFound, toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { profileKeys } from './keys';

export type OwnProfile = components['schemas']['OwnProfile'];

/** GET /api/v1/me/profile: the complete own profile (P-6), or null when there is none yet (404). */
export async function getMyProfile(client: ApiClient, signal?: AbortSignal): Promise<OwnProfile | null> {
  const { data, error, response } = await client.GET('/api/v1/me/profile', { signal });
  if (!response.ok || data === undefined) {
    const apiError = toApiError(response, error);
    if (isNotFound(apiError)) return null;
    throw apiError;
  }
  return data;
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
