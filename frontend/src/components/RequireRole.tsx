import type { ReactNode } from 'react';
import { hasAnyRole, type Role, useAuth } from '@/lib/auth';
import { useMe } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { LoginButton } from './AuthButtons';
import { ErrorMessage } from './ErrorMessage';

interface RequireRoleProps {
  /** One of these roles is needed; omit for "any signed-in account". */
  roles?: readonly Role[];
  children: ReactNode;
}

/**
 * Route guard: signed out → a login button (back to this page afterwards); signed in without
 * the role → a notice. It only decides what the SPA shows: the API checks every request itself.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();

  if (auth.isLoading) {
    return (
      <p role="status" data-testid="guard-loading">
        {t(auth.activeNavigator === 'signinRedirect' ? 'auth.redirecting' : 'auth.checking')}
      </p>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <div className="notice" data-testid="login-required">
        <p>{t('guard.loginRequired')}</p>
        <LoginButton testId="guard-login" />
      </div>
    );
  }
  if (!roles) return <>{children}</>;
  if (me.isPending) {
    return (
      <p role="status" data-testid="guard-loading">
        {t('me.loading')}
      </p>
    );
  }
  if (me.isError) {
    return <ErrorMessage error={me.error} heading={t('me.errorTitle')} onRetry={() => void me.refetch()} />;
  }
  if (!hasAnyRole(me.data.roles, roles)) {
    return (
      <div className="notice" data-testid="role-required">
        <p>{t('guard.roleRequired')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
