import { useEffect, useState } from 'react';
import { AuthProvider, useAuth as useOidcAuth } from 'react-oidc-context';
import {
  UserManager,
  WebStorageStateStore,
  type SigninRedirectArgs,
  type User,
  type UserManagerSettings,
} from 'oidc-client-ts';
import { config } from '@/lib/config';
import { CALLBACK_PATH, isSignoutCallback, redirectUris } from './oidc';
import type { Auth } from './context';

/**
 * The OIDC client (oidc-client-ts and react-oidc-context), in a chunk of its own: loaded when a
 * session exists, on the return from Keycloak, or when someone logs in (issue 16).
 */

/**
 * Settings for the public client `werkbank-spa`: authorization code flow with PKCE (S256,
 * done by oidc-client-ts for response_type "code"), tokens and login state in sessionStorage
 * (gone when the tab closes), silent renew with the refresh token.
 */
export function createOidcSettings(origin: string = window.location.origin): UserManagerSettings {
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    ...redirectUris(origin),
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    // Keycloak unreachable without a refusal (a dropped route) must end in an error the page
    // shows, not a login button that waits forever.
    requestTimeoutInSeconds: 10,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** Login (or sign-up) from a page that has no session yet: straight to Keycloak. */
export function signinRedirect(args?: SigninRedirectArgs): Promise<void> {
  return new UserManager(createOidcSettings()).signinRedirect(args);
}

function Publish({ onChange }: { onChange: (auth: Auth) => void }) {
  const auth = useOidcAuth();
  useEffect(() => onChange(auth), [auth, onChange]);
  return null;
}

export interface OidcSessionProps {
  onChange: (auth: Auth) => void;
  onSigninCallback: (user: User | undefined) => void;
  onSignoutCallback: () => void;
}

/**
 * Runs react-oidc-context's provider (restoring the session, completing the login and logout
 * callbacks, renewing silently) and reports its state, so the pages keep their place in the tree.
 */
export function OidcSession({ onChange, onSigninCallback, onSignoutCallback }: OidcSessionProps) {
  const [settings] = useState(createOidcSettings);
  return (
    <AuthProvider
      {...settings}
      onSigninCallback={onSigninCallback}
      skipSigninCallback={window.location.pathname !== CALLBACK_PATH}
      matchSignoutCallback={isSignoutCallback}
      onSignoutCallback={onSignoutCallback}
    >
      <Publish onChange={onChange} />
    </AuthProvider>
  );
}
