/** CV files (a profile's CV, the CV sent with a response): PDF or Word (.docx), at most 5 MB. */
export const CV_MAX_MB = 5;
export const CV_MAX_BYTES = CV_MAX_MB * 1024 * 1024;
const CV_EXTENSIONS = ['.pdf', '.docx'];

/** The `accept` attribute of a CV file input. */
export const CV_INPUT_ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type CvFileProblem = 'empty' | 'type' | 'size';

/** Quick checks before uploading (the server sniffs the content and decides). */
export function checkCvFile(file: File): CvFileProblem | null {
  const name = file.name.toLowerCase();
  if (!CV_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > CV_MAX_BYTES) return 'size';
  return null;
}
