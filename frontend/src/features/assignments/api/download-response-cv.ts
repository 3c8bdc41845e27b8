import { useMutation } from '@tanstack/react-query';
import { FILE_ACCEPT, saveFile, toDownloadedFile, useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api';

/** GET /api/v1/managed-assignments/{id}/responses/{responseId}/cv as a blob: the CV sent with a response. */
export function downloadResponseCv(client: ApiClient, id: string, responseId: string): Promise<DownloadedFile> {
  const result = client.GET('/api/v1/managed-assignments/{id}/responses/{responseId}/cv', {
    params: { path: { id, responseId } },
    parseAs: 'blob',
    headers: { Accept: FILE_ACCEPT },
  });
  return toDownloadedFile(result, 'cv');
}

export function useDownloadResponseCv(id: string, responseId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => downloadResponseCv(client, id, responseId),
    onSuccess: (file) => saveFile(file),
  });
}
