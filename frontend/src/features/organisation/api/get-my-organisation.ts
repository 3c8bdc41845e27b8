import { useQuery } from '@tanstack/react-query';
import { nullIfNotFound, unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type Organisation = components['schemas']['Organisation'];

export const myOrganisationKey = (subject: string | undefined) =>
  ['organisation', 'mine', subject ?? 'anonymous'] as const;

/** GET /api/v1/me/organisation: the caller's organisation, or null when they have none yet (404). */
export function getMyOrganisation(client: ApiClient, signal?: AbortSignal): Promise<Organisation | null> {
  return nullIfNotFound(unwrap(client.GET('/api/v1/me/organisation', { signal })));
}

export function useMyOrganisation() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: myOrganisationKey(subject),
    queryFn: ({ signal }) => getMyOrganisation(client, signal),
    enabled: subject !== undefined,
    // Verification happens elsewhere (by Werkbank staff): look again when the page is opened.
    staleTime: 0,
  });
}
