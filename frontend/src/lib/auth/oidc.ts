import { WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { config } from '@/lib/config';

export const CALLBACK_PATH = '/auth/callback';
export const DEFAULT_RETURN_TO = '/me';
/** Each role's start page (issue 16): where sign-up and a login from the home page lead. */
export const START_PATH = '/start';

/** What we carry through the login redirect (oidc-client-ts keeps it in sessionStorage). */
export interface SigninState {
  returnTo: string;
}

/**
 * Settings for the public client `werkbank-spa`: authorization code flow with PKCE (S256,
 * done by oidc-client-ts for response_type "code"), tokens and login state in sessionStorage
 * (gone when the tab closes), silent renew with the refresh token.
 */
export function createOidcSettings(origin: string = window.location.origin): UserManagerSettings {
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
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
export function isSignoutCallback(settings: UserManagerSettings, href: string = window.location.href): boolean {
  if (!settings.post_logout_redirect_uri) return false;
  const url = new URL(href);
  const target = new URL(settings.post_logout_redirect_uri);
  return url.origin === target.origin && url.pathname === target.pathname && url.searchParams.has('state');
}
