import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';
import { assignmentKeys } from './keys';

export type AssignmentPage = components['schemas']['AssignmentPage'];
export type AssignmentSummary = components['schemas']['AssignmentSummary'];
export type RemoteOption = components['schemas']['RemoteOption'];
export type Province = components['schemas']['Province'];
export type AssignmentSort = components['schemas']['AssignmentSort'];

export interface AssignmentSearchCriteria {
  q?: string;
  skills: string[];
  /** A postcode prefix (2–4 digits) or ABROAD, as the home page's places link. */
  region?: string;
  province?: Province;
  remote?: RemoteOption;
  minRateCents?: number;
  startBefore?: string;
  /** Absent: the API's default, newest first. */
  sort?: AssignmentSort;
}

/** GET /api/v1/assignments: published assignments in the chosen order with their count; skills as repeated `skill` parameters. */
export function listAssignments(
  client: ApiClient,
  criteria: AssignmentSearchCriteria,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<AssignmentPage> {
  return unwrap(
    client.GET('/api/v1/assignments', {
      params: {
        query: {
          q: criteria.q,
          skill: criteria.skills.length > 0 ? criteria.skills : undefined,
          region: criteria.region,
          province: criteria.province,
          remote: criteria.remote,
          minRateCents: criteria.minRateCents,
          startBefore: criteria.startBefore,
          sort: criteria.sort,
          cursor,
        },
      },
      signal,
    }),
  );
}

export function useAssignmentList(criteria: AssignmentSearchCriteria) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: assignmentKeys.list(criteria),
    queryFn: ({ pageParam, signal }) => listAssignments(client, criteria, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
