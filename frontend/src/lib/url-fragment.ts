/**
 * E-mail links carry their single-use token in the fragment (`#token=…`): a fragment never reaches
 * a server log or a Referer header. Shared by the verification pages of several features.
 */

/** `#token=abc` (the fragment of the e-mail link) → "abc"; anything else → undefined. */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token')?.trim();
  return token ? token : undefined;
}
