/**
 * The status token of a request by e-mail, shown once at confirmation. It is kept in
 * sessionStorage only (gone when the browser session ends) so the status page can open the
 * request; the mail about a change links to that page without a token (the API keeps only its hash).
 */
export const STATUS_TOKEN_KEY = 'werkbank.privacyRequest.status';

export function readStatusToken(): string | undefined {
  try {
    return window.sessionStorage.getItem(STATUS_TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeStatusToken(token: string): void {
  try {
    window.sessionStorage.setItem(STATUS_TOKEN_KEY, token);
  } catch {
    // Storage unavailable: the token is still shown on the page to copy.
  }
}

export function forgetStatusToken(): void {
  try {
    window.sessionStorage.removeItem(STATUS_TOKEN_KEY);
  } catch {
    // nothing stored
  }
}
