import { useCallback, useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { Outlet, useNavigate } from '@/lib/router';
import type { User } from 'oidc-client-ts';
import { NoticeReconfirmDialog } from '@/features/consents/components/NoticeReconfirmDialog';
import { CALLBACK_PATH, createOidcSettings, isSignoutCallback, returnToFromState } from '@/lib/auth';
import { ApiProvider } from './ApiProvider';

/**
 * Root route element: OIDC (react-oidc-context) and the API client, inside the router so the
 * sign-in callback can navigate within the SPA.
 */
export function AuthRoot() {
  const navigate = useNavigate();
  const [settings] = useState(() => createOidcSettings(window.location.origin));
  // C-3: right after a login, ask about consents given before a material change of the notice.
  const [justSignedIn, setJustSignedIn] = useState(false);

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
    <AuthProvider
      {...settings}
      onSigninCallback={onSigninCallback}
      skipSigninCallback={window.location.pathname !== CALLBACK_PATH}
      matchSignoutCallback={isSignoutCallback}
      onSignoutCallback={onSignoutCallback}
    >
      <ApiProvider>
        <Outlet />
        {justSignedIn && <NoticeReconfirmDialog onClose={() => setJustSignedIn(false)} />}
      </ApiProvider>
    </AuthProvider>
  );
}
