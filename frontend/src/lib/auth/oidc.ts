import type { UserManagerSettings } from 'oidc-client-ts';
import { config } from '@/lib/config';

export const CALLBACK_PATH = '/auth/callback';
export const DEFAULT_RETURN_TO = '/me';
/** Each role's start page (issue 16): where sign-up and a login from the home page lead. */
export const START_PATH = '/start';

/** What we carry through the login redirect (oidc-client-ts keeps it in sessionStorage). */
export interface SigninState {
  returnTo: string;
}

/** Where Keycloak sends the browser back to after login and after logout. */
export function redirectUris(origin: string): Pick<UserManagerSettings, 'redirect_uri' | 'post_logout_redirect_uri'> {
  return { redirect_uri: `${origin}${CALLBACK_PATH}`, post_logout_redirect_uri: `${origin}/` };
}

/** The sessionStorage key under which oidc-client-ts keeps the signed-in user. */
const STORED_USER_KEY = `oidc.user:${config.oidcAuthority}:${config.oidcClientId}`;

function hasStoredUser(): boolean {
  try {
    return window.sessionStorage.getItem(STORED_USER_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Whether this page load needs the OIDC client at once: a session to restore, or a return from
 * Keycloak's login or logout. A visitor without a session gets it only when they log in (issue 16:
 * the first page a visitor opens carries no OIDC library).
 */
export function needsOidcClient(href: string = window.location.href): boolean {
  const url = new URL(href);
  return hasStoredUser() || url.pathname === CALLBACK_PATH || isSignoutCallback(redirectUris(url.origin), href);
}

/**
 * Only same-origin paths are accepted as a place to return to after login, so a crafted
 * state can never send the user to another site.
 */
export function safeReturnTo(value: unknown, fallback: string = DEFAULT_RETURN_TO): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === CALLBACK_PATH || value.startsWith(`${CALLBACK_PATH}?`)) return fallback;
  return value;
}

export function returnToFromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state) {
    return safeReturnTo((state as SigninState).returnTo);
  }
  return DEFAULT_RETURN_TO;
}

/** True when the current URL is Keycloak's redirect back after logout (`/?state=…`). */
export function isSignoutCallback(
  settings: Pick<UserManagerSettings, 'post_logout_redirect_uri'>,
  href: string = window.location.href,
): boolean {
  if (!settings.post_logout_redirect_uri) return false;
  const url = new URL(href);
  const target = new URL(settings.post_logout_redirect_uri);
  return url.origin === target.origin && url.pathname === target.pathname && url.searchParams.has('state');
}
