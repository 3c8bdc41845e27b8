import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import type { ManagedAssignment } from './get-managed-assignment';
import { assignmentKeys } from './keys';

export type ProcedureUpdateInput = components['schemas']['ProcedureUpdateInput'];
export type ProcedureStatus = components['schemas']['ProcedureStatus'];

/** POST /api/v1/managed-assignments/{id}/procedure-updates: the procedure's progress; every respondent is told. */
export function reportProgress(client: ApiClient, id: string, input: ProcedureUpdateInput): Promise<ManagedAssignment> {
  return unwrap(
    client.POST('/api/v1/managed-assignments/{id}/procedure-updates', {
      params: { path: { id } },
      body: input,
    }),
  );
}

export function useReportProgress(id: string) {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureUpdateInput) => reportProgress(client, id, input),
    onSuccess: (saved) => queryClient.setQueryData(assignmentKeys.managed(id, subject), saved),
  });
}
