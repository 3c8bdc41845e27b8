import { useMutation } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';

export type ResponseInput = components['schemas']['ResponseInput'];
export type AnswerInput = components['schemas']['AnswerInput'];
export type RespondentInput = components['schemas']['RespondentInput'];
export type ResponseReceived = components['schemas']['ResponseReceived'];

/**
 * POST /api/v1/assignments/{id}/responses: multipart with part `response` (the
 * ResponseInput as JSON, a Blob of type application/json) and optionally part `cv` (the file).
 * 202: forwarded (professional) or PENDING_VERIFICATION (visitor, confirms by e-mail).
 */
export function respondToAssignment(
  client: ApiClient,
  id: string,
  input: ResponseInput,
  cv: File | null,
): Promise<ResponseReceived> {
  return unwrap(
    client.POST('/api/v1/assignments/{id}/responses', {
      params: { path: { id } },
      // The typed body is a placeholder: the serializer sends the real multipart form.
      body: { response: input },
      bodySerializer: () => {
        const form = new FormData();
        form.append('response', new Blob([JSON.stringify(input)], { type: 'application/json' }));
        if (cv) form.append('cv', cv, cv.name);
        return form;
      },
    }),
  );
}

export function useRespondToAssignment(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: ({ input, cv }: { input: ResponseInput; cv: File | null }) =>
      respondToAssignment(client, id, input, cv),
  });
}
