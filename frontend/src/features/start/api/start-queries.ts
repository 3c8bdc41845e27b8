import { useQueries, useQuery } from '@tanstack/react-query';
import { nullIfNotFound, unwrap, useApiClient, useSubject, type components } from '@/lib/api';

type Schemas = components['schemas'];
export type MyResponse = Schemas['MyResponse'];
export type OwnProfile = Schemas['OwnProfile'];
export type AssignmentSummary = Schemas['AssignmentSummary'];
export type ManagedAssignment = Schemas['ManagedAssignment'];
export type QueuedPrivacyRequest = Schemas['QueuedPrivacyRequest'];

/** How many items each start-page block shows; the full lists are one link away. */
export const START_LIMIT = 5;

/** GET /api/v1/me/responses: the professional's latest responses and their status. */
export function useLatestResponses(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'responses'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/me/responses', { params: { query: { limit: START_LIMIT } }, signal }))).items,
    enabled: enabled && subject !== undefined,
  });
}

/** GET /api/v1/me/profile: the professional's profile, or null before they made one. */
export function useOwnProfile(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'profile'] as const,
    queryFn: ({ signal }) => nullIfNotFound(unwrap(client.GET('/api/v1/me/profile', { signal }))),
    enabled: enabled && subject !== undefined,
  });
}

/** GET /api/v1/assignments with the profile's skills: new assignments that fit the professional. */
export function useMatchingAssignments(skills: readonly string[] | undefined) {
  const client = useApiClient();
  const wanted = (skills ?? []).slice(0, 5);
  return useQuery({
    queryKey: ['start', 'matching', wanted] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          client.GET('/api/v1/assignments', {
            params: { query: { limit: START_LIMIT, skill: wanted.length > 0 ? wanted : undefined } },
            signal,
          }),
        )
      ).items,
    enabled: skills !== undefined,
  });
}

/** GET /api/v1/managed-assignments: the client's assignments. */
export function useManagedAssignments(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'managed'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/managed-assignments', { params: { query: { limit: START_LIMIT } }, signal })))
        .items,
    enabled: enabled && subject !== undefined,
  });
}

/** Per assignment: how many responses still have the status RECEIVED (not looked at yet). */
export function useNewResponseCounts(assignmentIds: readonly string[]) {
  const client = useApiClient();
  const subject = useSubject();
  return useQueries({
    queries: assignmentIds.map((id) => ({
      queryKey: ['start', subject, 'new-responses', id] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const list = await unwrap(
          client.GET('/api/v1/managed-assignments/{id}/responses', {
            params: { path: { id }, query: { limit: 100 } },
            signal,
          }),
        );
        return list.items.filter((response) => response.status === 'RECEIVED').length;
      },
    })),
  });
}

/** GET /api/v1/review-queue: assignments waiting for an admin's review. */
export function useReviewQueue(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'review'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/review-queue', { params: { query: { limit: 50 } }, signal }))).items,
    enabled: enabled && subject !== undefined,
  });
}

/** GET /api/v1/organisations: organisations, of which the admin verifies the unverified ones. */
export function useOrganisationsToVerify(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'organisations'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(client.GET('/api/v1/organisations', { params: { query: { limit: 100 } }, signal }))).items.filter(
        (organisation) => !organisation.verified,
      ),
    enabled: enabled && subject !== undefined,
  });
}

/** GET /api/v1/admin/privacy-requests: the privacy officer's queue, earliest deadline first. */
export function usePrivacyQueue(enabled: boolean) {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: ['start', subject, 'privacy-queue'] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          client.GET('/api/v1/admin/privacy-requests', { params: { query: { limit: START_LIMIT } }, signal }),
        )
      ).items,
    enabled: enabled && subject !== undefined,
  });
}
