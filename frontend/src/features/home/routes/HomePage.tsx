import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router-dom';
import { LoginButton } from '@/components/AuthButtons';
import { useDocumentTitle, useI18n } from '@/lib/i18n';

export function HomePage() {
  const { t } = useI18n();
  const auth = useAuth();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('home.intro')}</p>

      <section aria-labelledby="home-privacy">
        <h2 id="home-privacy">{t('home.privacyTitle')}</h2>
        <p>{t('home.privacy')}</p>
      </section>

      <section aria-labelledby="home-links">
        <h2 id="home-links">{t('home.linksTitle')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/me">{t('home.linkMe')}</Link>
          </li>
          {!auth.isAuthenticated && !auth.isLoading && (
            <li>
              <span>{t('home.linkLogin')}: </span>
              <LoginButton returnTo="/me" testId="home-login" className="button button--link" />
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
