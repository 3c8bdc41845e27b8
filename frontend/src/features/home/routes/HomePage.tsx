import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { Link } from '@/lib/router';
import { SignUpButton } from '@/components/AuthButtons';
import { useMe } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { HomeSearch } from '../components/HomeSearch';
import { NewestAssignments } from '../components/NewestAssignments';

/** The home page: a search, the two main actions, the newest assignments, and why we are careful. */
export function HomePage() {
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();
  // Posting is for visitors and clients: a professional is not offered it (issue 16).
  const roles = auth.isAuthenticated ? me.data?.roles : undefined;
  const onlyProfessional = hasAnyRole(roles, [ROLES.professional]) && !hasAnyRole(roles, [ROLES.client]);
  useDocumentTitle(t('home.title'));
  return (
    <>
      <section className="home-hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <HomeSearch />
        <div className="home-actions">
          <Link to="/assignments" className="button button--primary" data-testid="home-find">
            {t('home.actionFind')}
          </Link>
          {!onlyProfessional && (
            <Link to="/assignments/new" className="button" data-testid="home-post">
              {t('home.actionPost')}
            </Link>
          )}
        </div>
      </section>

      {auth.isAuthenticated && (
        <p className="notice" data-testid="home-start-link">
          <Link to="/start">{t('home.toStart')}</Link>
        </p>
      )}

      <section aria-labelledby="home-newest-title">
        <h2 id="home-newest-title">{t('home.newest.title')}</h2>
        <NewestAssignments />
        <p>
          <Link to="/assignments">{t('home.newest.all')}</Link>
        </p>
      </section>

      <section aria-labelledby="home-privacy">
        <h2 id="home-privacy">{t('home.privacyTitle')}</h2>
        <p>{t('home.privacy')}</p>
        {!auth.isAuthenticated && (
          <p>
            <Link to="/privacy-request" data-testid="home-privacy-request">
              {t('home.privacyRequest')}
            </Link>
          </p>
        )}
      </section>

      {!auth.isAuthenticated && !auth.isLoading && (
        <section aria-labelledby="home-join">
          <h2 id="home-join">{t('home.joinTitle')}</h2>
          <p>{t('home.joinText')}</p>
          <SignUpButton testId="home-sign-up" className="button button--primary" />
        </section>
      )}
    </>
  );
}
