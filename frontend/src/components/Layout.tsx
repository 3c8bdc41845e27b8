import { Suspense, useEffect, useRef } from 'react';
import { CALLBACK_PATH, useAuth } from '@/lib/auth';
import { Link, Outlet, useLocation } from '@/lib/router';
import { useI18n } from '@/lib/i18n';
import { SiteHeader } from './SiteHeader';
import { StorageConsentBanner } from './StorageConsentBanner';

/**
 * A failed login redirect never left the SPA: Keycloak (its discovery document) could not be
 * reached, so the message says the login service is unavailable rather than "try again".
 */
function authErrorKey(source: string | undefined) {
  if (source === 'renewSilent') return 'auth.sessionExpired';
  if (source === 'signinRedirect') return 'auth.unreachable';
  return 'auth.error';
}

export function Layout() {
  const { t } = useI18n();
  const auth = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  // After client-side navigation, move focus to the new content (not on first load).
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    window.scrollTo?.(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const showAuthError = auth.error && location.pathname !== CALLBACK_PATH;

  return (
    <div className="page">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      {showAuthError && (
        <div className="notice notice--error notice--banner" role="alert" data-testid="auth-error">
          {t(authErrorKey(auth.error?.source))}
        </div>
      )}
      <StorageConsentBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {/* Pages are loaded on demand (routes.tsx); the header and footer stay while one loads. */}
        <Suspense
          fallback={
            <p className="muted" role="status">
              {t('app.pageLoading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        <p>
          {t('footer.privacy')} <Link to="/privacy">{t('footer.privacyLink')}</Link>
        </p>
        <p>
          <Link to="/privacy-request" data-testid="footer-privacy-request">
            {t('footer.privacyRequest')}
          </Link>
        </p>
      </footer>
    </div>
  );
}
