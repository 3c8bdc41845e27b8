import { useMutation } from '@tanstack/react-query';
import { unwrapResponse, useApiClient, type ApiClient, type components } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';

export type AssignmentInput = components['schemas']['AssignmentInput'];
export type QuestionInput = components['schemas']['QuestionInput'];
export type PosterInput = components['schemas']['PosterInput'];
export type SubmissionReceived = components['schemas']['SubmissionReceived'];

/** The body of POST /api/v1/assignments; `website` is the honeypot (the API accepts it, undocumented). */
export type AssignmentSubmission = components['schemas']['AssignmentSubmission'] & { website?: string };

export type PostResult =
  { kind: 'draft'; assignment: ManagedAssignment } | { kind: 'received'; receipt: SubmissionReceived };

/**
 * POST /api/v1/assignments: a signed-in client gets its organisation's draft (201); anyone else
 * gets 202 and confirms by the link in the e-mail.
 */
export async function postAssignment(client: ApiClient, submission: AssignmentSubmission): Promise<PostResult> {
  const { data, response } = await unwrapResponse(client.POST('/api/v1/assignments', { body: submission }));
  if (response.status === 201) return { kind: 'draft', assignment: data as ManagedAssignment };
  return { kind: 'received', receipt: data };
}

export function usePostAssignment() {
  const client = useApiClient();
  return useMutation({ mutationFn: (submission: AssignmentSubmission) => postAssignment(client, submission) });
}
