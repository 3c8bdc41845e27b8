import { useQuery } from '@tanstack/react-query';
import { nullIfNotFound, unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type CvInfo = components['schemas']['CvInfo'];

/** What a professional's response goes out with, from their profile. */
export interface RespondentProfile {
  name: string;
  email: string | null;
  phone: string | null;
  cv: CvInfo | null;
}

/**
 * GET /api/v1/me/profile, for the response form only. The API sends a professional's response
 * with the profile's name and contact details, and without a profile (404) with the account's
 * name and e-mail address: null here, the form then shows the account's.
 */
export async function getRespondentProfile(client: ApiClient, signal?: AbortSignal): Promise<RespondentProfile | null> {
  const profile = await nullIfNotFound(unwrap(client.GET('/api/v1/me/profile', { signal })));
  if (!profile) return null;
  return {
    name: profile.displayName,
    email: profile.contact.email ?? null,
    phone: profile.contact.phone ?? null,
    cv: profile.cv ?? null,
  };
}

export function useRespondentProfile(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: assignmentKeys.respondentProfile(subject),
    queryFn: ({ signal }) => getRespondentProfile(client, signal),
    enabled: enabled && subject !== undefined,
    staleTime: 0,
  });
}
