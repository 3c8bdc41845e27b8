import { useAuth } from '@/lib/auth';
import { Link, Navigate, useLocation } from '@/lib/router';
import { useDocumentTitle, useI18n } from '@/lib/i18n';

/** /auth/callback: react-oidc-context completes the code exchange; this only shows progress. */
export function AuthCallbackPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const location = useLocation();
  useDocumentTitle(t('auth.callback.title'));

  if (auth.error) {
    return (
      <>
        <h1>{t('auth.callback.title')}</h1>
        <div className="notice notice--error" role="alert" data-testid="callback-error">
          <p>{t('auth.callback.error')}</p>
          <p>
            <Link to="/">{t('notFound.home')}</Link>
          </p>
        </div>
      </>
    );
  }
  // Opened without a code (a bookmark, a reload after the exchange): nothing to wait for. With a
  // code, the sign-in callback navigates to the page the person came from; navigating home here
  // as well would race it and could win.
  const withCode = new URLSearchParams(location.search).has('code');
  if (!auth.isLoading && !auth.activeNavigator && !withCode) return <Navigate to="/" replace />;
  return (
    <>
      <h1>{t('auth.callback.title')}</h1>
      <p role="status">{t('auth.callback.busy')}</p>
    </>
  );
}
