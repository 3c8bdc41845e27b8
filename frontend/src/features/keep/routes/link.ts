/** `#k=abc` → "abc": the signed link rides in the fragment, out of server logs and Referer headers. */
export function keepLinkFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('k')?.trim();
  return value ? value : undefined;
}
