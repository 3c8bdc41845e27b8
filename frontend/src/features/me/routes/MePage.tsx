import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { Link } from '@/lib/router';
import { LoginButton } from '@/components/AuthButtons';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useMe } from '../api/get-me';
import { LanguagePreference } from '../components/LanguagePreference';
import { MeDetails } from '../components/MeDetails';

export function MePage() {
  const { t } = useI18n();
  const auth = useAuth();
  useDocumentTitle(t('me.title'));

  let content;
  if (auth.isLoading) {
    content = (
      <p role="status" data-testid="me-loading">
        {t(auth.activeNavigator === 'signinRedirect' ? 'auth.redirecting' : 'auth.checking')}
      </p>
    );
  } else if (!auth.isAuthenticated) {
    content = (
      <div className="notice" data-testid="me-login-required">
        <p>{t('me.loginRequired')}</p>
        <LoginButton returnTo="/me" testId="me-login" />
      </div>
    );
  } else {
    content = <MeContent />;
  }

  return (
    <>
      <h1>{t('me.title')}</h1>
      {content}
    </>
  );
}

function MeContent() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) {
    return (
      <p role="status" data-testid="me-loading">
        {t('me.loading')}
      </p>
    );
  }
  if (me.isError) {
    return <ErrorMessage error={me.error} heading={t('me.errorTitle')} onRetry={() => void me.refetch()} />;
  }
  return (
    <>
      <MeDetails me={me.data} />
      <section aria-labelledby="me-language-title">
        <h2 id="me-language-title">{t('me.languageTitle')}</h2>
        <LanguagePreference me={me.data} />
      </section>
      <section aria-labelledby="me-data-title">
        <h2 id="me-data-title">{t('me.dataTitle')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/me/data">{t('me.linkMyData')}</Link>
          </li>
          {hasAnyRole(me.data.roles, [ROLES.professional]) && (
            <li>
              <Link to="/privacy/disclosures">{t('nav.disclosures')}</Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
