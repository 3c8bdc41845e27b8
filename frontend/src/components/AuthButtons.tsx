import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router-dom';
import { safeReturnTo, type SigninState } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

interface LoginButtonProps {
  /** Where to land after login; defaults to the current page. */
  returnTo?: string;
  testId?: string;
  className?: string;
}

export function LoginButton({
  returnTo,
  testId = 'login-button',
  className = 'button button--primary',
}: LoginButtonProps) {
  const auth = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  const target = safeReturnTo(returnTo ?? `${location.pathname}${location.search}`, '/');
  const state: SigninState = { returnTo: target };
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      onClick={() => void auth.signinRedirect({ state })}
    >
      {t('auth.login')}
    </button>
  );
}

export function LogoutButton({ testId = 'logout-button' }: { testId?: string }) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button"
      data-testid={testId}
      onClick={() => {
        // Personal data fetched for this user must not outlive the session in memory.
        queryClient.clear();
        void auth.signoutRedirect();
      }}
    >
      {t('auth.logout')}
    </button>
  );
}

/** Header control: Login when signed out, Logout when signed in, nothing while the session is checked. */
export function AuthControls() {
  const auth = useAuth();
  if (auth.isLoading && !auth.activeNavigator) return null;
  return auth.isAuthenticated ? <LogoutButton testId="header-logout" /> : <LoginButton testId="header-login" />;
}
