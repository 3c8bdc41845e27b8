import { useMutation } from '@tanstack/react-query';
import { FILE_ACCEPT, saveFile, toDownloadedFile, useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api';

/** GET /api/v1/me/profile/cv as a blob: the owner's own CV (not a disclosure). */
export function downloadMyCv(client: ApiClient, fallbackName: string): Promise<DownloadedFile> {
  const result = client.GET('/api/v1/me/profile/cv', { parseAs: 'blob', headers: { Accept: FILE_ACCEPT } });
  return toDownloadedFile(result, fallbackName);
}

export function useDownloadMyCv() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (fallbackName: string) => downloadMyCv(client, fallbackName),
    onSuccess: (file) => saveFile(file),
  });
}
