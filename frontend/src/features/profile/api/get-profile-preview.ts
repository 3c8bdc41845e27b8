import { useQuery } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { profileKeys } from './keys';

export type ProfilePreview = components['schemas']['ProfilePreview'];

/** GET /api/v1/me/profile/preview: what the public and a verified organisation see (both null when hidden). */
export async function getProfilePreview(client: ApiClient, signal?: AbortSignal): Promise<ProfilePreview> {
  const { data, error, response } = await client.GET('/api/v1/me/profile/preview', { signal });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
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
