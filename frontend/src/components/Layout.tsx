import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '@/lib/api';
import { CALLBACK_PATH, hasAnyRole, ROLES, type Role } from '@/lib/auth';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { AuthControls } from './AuthButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { StorageConsentBanner } from './StorageConsentBanner';

/** Pages that only some roles can use: the navigation offers them to those roles only. */
const ROLE_LINKS: { to: string; label: MessageKey; roles: Role[] }[] = [
  { to: '/profile', label: 'nav.profile', roles: [ROLES.professional] },
  { to: '/responses', label: 'nav.myResponses', roles: [ROLES.professional] },
  { to: '/privacy/disclosures', label: 'nav.disclosures', roles: [ROLES.professional] },
  { to: '/organisation', label: 'nav.organisation', roles: [ROLES.client] },
  { to: '/profiles', label: 'nav.profiles', roles: [ROLES.client, ROLES.admin] },
  { to: '/admin/organisations', label: 'nav.adminOrganisations', roles: [ROLES.admin] },
  { to: '/organisation/assignments', label: 'nav.orgAssignments', roles: [ROLES.client] },
  { to: '/admin/review', label: 'nav.review', roles: [ROLES.admin] },
];

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

  // The roles come from the API (GET /api/v1/me), not from the token: one source for the SPA.
  const me = useMe();
  const roles = auth.isAuthenticated ? me.data?.roles : undefined;
  const roleLinks = ROLE_LINKS.filter((link) => hasAnyRole(roles, link.roles));

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
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/me">{t('nav.me')}</NavLink>
              </li>
              <li>
                <NavLink to="/assignments" end>
                  {t('nav.assignments')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/assignments/new">{t('nav.postAssignment')}</NavLink>
              </li>
              <li>
                <NavLink to="/privacy">{t('nav.privacy')}</NavLink>
              </li>
              {roleLinks.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to}>{t(link.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitch />
            <AuthControls />
          </div>
        </div>
      </header>
      {showAuthError && (
        <div className="notice notice--error notice--banner" role="alert" data-testid="auth-error">
          {t(auth.error?.source === 'renewSilent' ? 'auth.sessionExpired' : 'auth.error')}
        </div>
      )}
      <StorageConsentBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        <p>{t('footer.privacy')}</p>
      </footer>
    </div>
  );
}
