import { useMutation } from '@tanstack/react-query';
import { toApiError, useApiClient, type ApiClient, type components } from '@/lib/api';

export type ResponseReceived = components['schemas']['ResponseReceived'];

/**
 * POST /api/v1/response-verifications: the visitor's single-use link sends their response
 * to the poster. 404: not valid (any more); 409: the assignment no longer takes responses.
 */
export async function verifyResponse(client: ApiClient, token: string): Promise<ResponseReceived> {
  const { data, error, response } = await client.POST('/api/v1/response-verifications', { body: { token } });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useVerifyResponse() {
  const client = useApiClient();
  return useMutation({ mutationFn: (token: string) => verifyResponse(client, token) });
}
