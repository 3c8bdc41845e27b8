import { useQuery } from '@tanstack/react-query';
import { nullIfNotFound, unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type CvInfo = components['schemas']['CvInfo'];

/**
 * GET /api/v1/me/profile, for the response form only: the CV of the signed-in professional's
 * profile (null without a profile (404) or without a CV), offered as "send my profile's CV".
 */
export async function getOwnCv(client: ApiClient, signal?: AbortSignal): Promise<CvInfo | null> {
  const profile = await nullIfNotFound(unwrap(client.GET('/api/v1/me/profile', { signal })));
  return profile?.cv ?? null;
}

export function useOwnCv(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.ownCv(subject),
    queryFn: ({ signal }) => getOwnCv(client, signal),
    enabled: enabled && subject !== undefined,
    staleTime: 0,
  });
}
