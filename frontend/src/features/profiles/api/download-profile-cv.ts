import { useMutation } from '@tanstack/react-query';
import { FILE_ACCEPT, saveFile, toDownloadedFile, useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api';

/** GET /api/v1/profiles/{id}/cv as a blob; the API records a disclosure (D-8). */
export function downloadProfileCv(client: ApiClient, id: string): Promise<DownloadedFile> {
  const result = client.GET('/api/v1/profiles/{id}/cv', {
    params: { path: { id } },
    parseAs: 'blob',
    headers: { Accept: FILE_ACCEPT },
  });
  return toDownloadedFile(result, 'cv');
}

export function useDownloadProfileCv(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => downloadProfileCv(client, id),
    onSuccess: (file) => saveFile(file),
  });
}
