/** Query keys of this feature; personal data includes the token subject (one user's data never leaks to the next). */
export const responseKeys = {
  mine: (subject: string | undefined) => ['responses', 'mine', subject ?? 'anonymous'] as const,
};
