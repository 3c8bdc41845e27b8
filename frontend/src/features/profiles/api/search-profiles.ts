import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';

export type ProfilePage = components['schemas']['ProfilePage'];
export type ProfileSearchItem = ProfilePage['items'][number];

export interface ProfileSearchCriteria {
  skills: string[];
  match: 'any' | 'all';
  region?: string;
  availableFrom?: string;
  minHoursPerWeek?: number;
  maxRateCents?: number;
}

/** GET /api/v1/profiles: each hit in the shape this viewer may see; skills as repeated `skill` parameters. */
export function searchProfiles(
  client: ApiClient,
  criteria: ProfileSearchCriteria,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<ProfilePage> {
  return unwrap(
    client.GET('/api/v1/profiles', {
      params: {
        query: {
          skill: criteria.skills.length > 0 ? criteria.skills : undefined,
          match: criteria.match,
          region: criteria.region,
          availableFrom: criteria.availableFrom,
          minHoursPerWeek: criteria.minHoursPerWeek,
          maxRateCents: criteria.maxRateCents,
          cursor,
        },
      },
      signal,
    }),
  );
}

export function useProfileSearch(criteria: ProfileSearchCriteria) {
  const client = useApiClient();
  const subject = useSubject();
  return useInfiniteQuery({
    queryKey: ['profiles', 'search', subject ?? 'anonymous', criteria] as const,
    queryFn: ({ pageParam, signal }) => searchProfiles(client, criteria, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: subject !== undefined,
    placeholderData: keepPreviousData,
  });
}
