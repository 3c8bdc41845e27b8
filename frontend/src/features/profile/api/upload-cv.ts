import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';

export type CvInfo = components['schemas']['CvInfo'];

/** POST /api/v1/me/profile/cv (multipart, field `file`): uploads or replaces the CV. The server sniffs the type. */
export function uploadCv(client: ApiClient, file: File): Promise<CvInfo> {
  return unwrap(
    client.POST('/api/v1/me/profile/cv', {
      // The typed body is a placeholder: the serializer sends the real multipart form.
      body: {},
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function useUploadCv() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadCv(client, file),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
    },
  });
}
