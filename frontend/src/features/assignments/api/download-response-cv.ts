import { useMutation } from '@tanstack/react-query';
import { FILE_ACCEPT, saveFile, toDownloadedFile, useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api';
import { manageHeaders } from './manage-token';

/** GET /api/v1/managed-assignments/{id}/responses/{responseId}/cv as a blob: the CV sent with a response. */
export async function downloadResponseCv(
  client: ApiClient,
  id: string,
  token: string | undefined,
  responseId: string,
): Promise<DownloadedFile> {
  const result = await client.GET('/api/v1/managed-assignments/{id}/responses/{responseId}/cv', {
    params: { path: { id, responseId } },
    parseAs: 'blob',
    headers: { ...manageHeaders(token), Accept: FILE_ACCEPT },
  });
  return toDownloadedFile(result, 'cv');
}

export function useDownloadResponseCv(id: string, token: string | undefined, responseId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => downloadResponseCv(client, id, token, responseId),
    onSuccess: (file) => saveFile(file),
  });
}
