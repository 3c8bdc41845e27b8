/**
 * The role a person with several roles works in (issue 16). Like the language, it lives in
 * sessionStorage only: a setting the person asked for, kept for the browser session.
 */
export const CHOSEN_ROLE_STORAGE_KEY = 'werkbank.role';

export function readChosenRole(): string | undefined {
  try {
    return window.sessionStorage.getItem(CHOSEN_ROLE_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeChosenRole(role: string): void {
  try {
    window.sessionStorage.setItem(CHOSEN_ROLE_STORAGE_KEY, role);
  } catch {
    // Storage may be unavailable (private mode, quota): the choice then lasts until reload.
  }
}
