/**
 * The management token of a poster without an account (from the verification or the e-mail link).
 * It lives in sessionStorage only, per assignment, under `werkbank.manage.<assignmentId>`: it is
 * gone when the browser session ends, and never sent anywhere but the Werkbank-Manage-Token header (lib/api's ManageTokenProvider).
 */
export function manageTokenKey(assignmentId: string): string {
  return `werkbank.manage.${assignmentId}`;
}

export function readManageToken(assignmentId: string): string | undefined {
  try {
    return window.sessionStorage.getItem(manageTokenKey(assignmentId)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeManageToken(assignmentId: string, token: string): void {
  try {
    window.sessionStorage.setItem(manageTokenKey(assignmentId), token);
  } catch {
    // Storage unavailable: the token then works until the page is left.
  }
}

/** The e-mail link's `#token=…` (shared with other verification pages). */
export { tokenFromHash } from '@/lib/url-fragment';
