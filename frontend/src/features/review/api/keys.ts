/** Query keys of this feature; they include the token subject (one user's data never leaks to the next). */
export const reviewKeys = {
  queue: (subject: string | undefined) => ['review-queue', subject ?? 'anonymous'] as const,
};
