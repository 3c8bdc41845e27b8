import { toApiError } from './problem';
import { unwrapResponse } from './unwrap';

/** Accept header for file downloads: the file types the API serves, or a problem. */
export const FILE_ACCEPT =
  'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/json, application/problem+json';

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The file name from a Content-Disposition header (RFC 6266 `filename*` preferred), else the fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Turns an openapi-fetch request with `parseAs: 'blob'` into a file, or throws ApiError. */
export async function toDownloadedFile(
  request: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<DownloadedFile> {
  const { data, response } = await unwrapResponse(request);
  if (!(data instanceof Blob)) throw toApiError(response, undefined);
  return { blob: data, fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName) };
}

/**
 * Hands a downloaded file to the browser through a short-lived object URL (the file never
 * touches storage of ours; the URL is revoked right after the click).
 */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
