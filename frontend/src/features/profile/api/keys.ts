/** Query keys of this feature; each includes the token subject (one user's data never leaks to the next). */
export const profileKeys = {
  own: (subject: string | undefined) => ['profile', 'own', subject ?? 'anonymous'] as const,
  preview: (subject: string | undefined) => ['profile', 'preview', subject ?? 'anonymous'] as const,
};
