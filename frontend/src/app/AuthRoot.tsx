import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { User } from 'oidc-client-ts';
import { AuthContext, needsOidcClient, returnToFromState, type Auth } from '@/lib/auth';
import type { OidcSessionProps } from '@/lib/auth/oidc-client';
import { Outlet, useNavigate } from '@/lib/router';
import { ApiProvider } from './ApiProvider';

const loadOidcClient = () => import('@/lib/auth/oidc-client');

/** Only needed right after a login, so not part of the first page. */
const NoticeReconfirmDialog = lazy(() =>
  import('@/features/consents/components/NoticeReconfirmDialog').then((module) => ({
    default: module.NoticeReconfirmDialog,
  })),
);

/**
 * A visitor without a session: the OIDC client is fetched only when they log in or sign up. A
 * login that cannot leave the SPA (the client or Keycloak's discovery document unreachable, or
 * too slow: Keycloak down) is reported through `onSigninError`, so the page says so instead
 * of a button that does nothing (S-3, issue 15).
 */
function signedOut(onSigninError: (error: Auth['error']) => void): Auth {
  return {
    user: null,
    isLoading: false,
    isAuthenticated: false,
    activeNavigator: undefined,
    error: undefined,
    signinRedirect: (args) => {
      onSigninError(undefined);
      return loadOidcClient()
        .then((client) => client.signinRedirect(args))
        .catch((cause: unknown) => {
          const error = cause instanceof Error ? cause : new Error(String(cause));
          onSigninError(Object.assign(error, { source: 'signinRedirect' as const, args }));
        });
    },
    signoutRedirect: () => Promise.resolve(),
    removeUser: () => Promise.resolve(),
  };
}

/**
 * Root route element: the sign-in state and the API client, inside the router so the sign-in
 * callback can navigate within the SPA.
 */
export function AuthRoot() {
  const navigate = useNavigate();
  const [withSession] = useState(() => needsOidcClient());
  const [signinError, setSigninError] = useState<Auth['error']>();
  const [visitor] = useState(() => signedOut(setSigninError));
  // A session to restore or a callback to complete, while the OIDC client is on its way.
  const [auth, setAuth] = useState<Auth>(withSession ? { ...visitor, isLoading: true } : visitor);
  const shown = useMemo(
    () => (signinError && !auth.error ? { ...auth, error: signinError } : auth),
    [auth, signinError],
  );
  const [OidcSession, setOidcSession] = useState<ComponentType<OidcSessionProps>>();
  // C-3: right after a login, ask about consents given before a material change of the notice.
  const [justSignedIn, setJustSignedIn] = useState(false);

  useEffect(() => {
    if (!withSession) return;
    void loadOidcClient().then((client) => setOidcSession(() => client.OidcSession));
  }, [withSession]);

  // Back from Keycloak: go to the page the user came from; replacing the entry drops ?code&state.
  const onSigninCallback = useCallback(
    (user: User | undefined) => {
      setJustSignedIn(true);
      void navigate(returnToFromState(user?.state), { replace: true });
    },
    [navigate],
  );
  // Back from Keycloak's logout: drop ?state from the address bar.
  const onSignoutCallback = useCallback(() => {
    void navigate('/', { replace: true });
  }, [navigate]);

  return (
    <AuthContext.Provider value={shown}>
      {OidcSession && (
        <OidcSession onChange={setAuth} onSigninCallback={onSigninCallback} onSignoutCallback={onSignoutCallback} />
      )}
      <ApiProvider>
        <Outlet />
        {justSignedIn && (
          <Suspense fallback={null}>
            <NoticeReconfirmDialog onClose={() => setJustSignedIn(false)} />
          </Suspense>
        )}
      </ApiProvider>
    </AuthContext.Provider>
  );
}
