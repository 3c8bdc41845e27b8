import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';
import { manageHeaders } from './manage-token';

export type ProcedureUpdateInput = components['schemas']['ProcedureUpdateInput'];
export type ProcedureStatus = components['schemas']['ProcedureStatus'];

/** POST /api/v1/managed-assignments/{id}/procedure-updates: the procedure's progress; every respondent is told. */
export async function reportProgress(
  client: ApiClient,
  id: string,
  token: string | undefined,
  input: ProcedureUpdateInput,
): Promise<ManagedAssignment> {
  const { data, error, response } = await client.POST('/api/v1/managed-assignments/{id}/procedure-updates', {
    params: { path: { id } },
    headers: manageHeaders(token),
    body: input,
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

export function useReportProgress(id: string, token: string | undefined) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureUpdateInput) => reportProgress(client, id, token, input),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
