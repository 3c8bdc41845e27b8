import { useQueryClient } from '@tanstack/react-query';
import { safeReturnTo, type SigninState, START_PATH, useAuth } from '@/lib/auth';
import { useLocation } from '@/lib/router';
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
  const { t, language } = useI18n();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  // From the home page, a login leads to the role's start page rather than back home.
  const target = safeReturnTo(returnTo ?? (location.pathname === '/' ? START_PATH : here), '/');
  const state: SigninState = { returnTo: target };
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      onClick={() => void auth.signinRedirect({ state, ui_locales: language })}
    >
      {t('auth.login')}
    </button>
  );
}

/**
 * Keycloak's sign-up page (prompt=create), in the SPA's language: the person chooses "ik ben
 * professional" or "ik zoek een professional" there, verifies their address, and lands on their
 * start page.
 */
export function SignUpButton({
  testId = 'sign-up-button',
  className = 'button',
}: {
  testId?: string;
  className?: string;
}) {
  const auth = useAuth();
  const { t, language } = useI18n();
  const state: SigninState = { returnTo: START_PATH };
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      onClick={() => void auth.signinRedirect({ state, prompt: 'create', ui_locales: language })}
    >
      {t('auth.signUp')}
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
