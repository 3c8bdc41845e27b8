import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, unwrapEmpty, useApiClient, useSubject, type components } from '@/lib/api';
import { myOrganisationKey } from './get-my-organisation';

export type Colleague = components['schemas']['Colleague'];
export type Invitation = components['schemas']['Invitation'];
export type JoinRequest = components['schemas']['JoinRequest'];

const colleaguesKey = (subject: string | undefined) => ['organisation', 'colleagues', subject ?? 'anonymous'] as const;

/** O-2: colleagues, pending invitations and requests to join, in one query per list. */
export function useColleagues() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: [...colleaguesKey(subject), 'members'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/organisation/members', { signal })),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

export function useInvitations() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: [...colleaguesKey(subject), 'invitations'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/organisation/invitations', { signal })),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

export function useJoinRequests() {
  const client = useApiClient();
  const subject = useSubject();
  return useQuery({
    queryKey: [...colleaguesKey(subject), 'join-requests'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/organisation/join-requests', { signal })),
    enabled: subject !== undefined,
    staleTime: 0,
  });
}

function useColleagueMutation<T>(mutationFn: (variables: T) => Promise<unknown>) {
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: colleaguesKey(subject) }),
  });
}

export function useInviteColleague() {
  const client = useApiClient();
  return useColleagueMutation((email: string) =>
    unwrap(client.POST('/api/v1/me/organisation/invitations', { body: { email } })),
  );
}

export function useRevokeInvitation() {
  const client = useApiClient();
  return useColleagueMutation((id: string) =>
    unwrapEmpty(client.DELETE('/api/v1/me/organisation/invitations/{id}', { params: { path: { id } } })),
  );
}

export function useRemoveColleague() {
  const client = useApiClient();
  return useColleagueMutation((id: string) =>
    unwrapEmpty(client.DELETE('/api/v1/me/organisation/members/{id}', { params: { path: { id } } })),
  );
}

export function useDecideJoinRequest() {
  const client = useApiClient();
  return useColleagueMutation(({ id, approve }: { id: string; approve: boolean }) =>
    approve
      ? unwrap(client.POST('/api/v1/me/organisation/join-requests/{id}/approval', { params: { path: { id } } }))
      : unwrapEmpty(client.DELETE('/api/v1/me/organisation/join-requests/{id}', { params: { path: { id } } })),
  );
}

/** POST /api/v1/organisation-join-requests: a client without an organisation asks to join one by KvK number. */
export function useAskToJoin() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (kvkNumber: string) =>
      unwrap(client.POST('/api/v1/organisation-join-requests', { body: { kvkNumber } })),
  });
}

/** POST /api/v1/organisation-invitations/acceptance: join with the token of an invitation link. */
export function useAcceptInvitation() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(client.POST('/api/v1/organisation-invitations/acceptance', { body: { token } })),
    onSuccess: (organisation) => queryClient.setQueryData(myOrganisationKey(subject), organisation),
  });
}
