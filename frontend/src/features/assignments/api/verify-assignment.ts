import { useMutation } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';
import { storeManageToken } from './manage-token';

export type VerificationResult = components['schemas']['VerificationResult'];

/** POST /api/v1/assignment-verifications: the single-use token from the e-mail link; 404 when not valid (any more). */
export function verifyAssignment(client: ApiClient, token: string): Promise<VerificationResult> {
  return unwrap(client.POST('/api/v1/assignment-verifications', { body: { token } }));
}

/** Verifies and keeps the returned management token in sessionStorage for the manage page. */
export function useVerifyAssignment() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (token: string) => verifyAssignment(client, token),
    onSuccess: (result) => storeManageToken(result.assignmentId, result.manageToken),
  });
}
