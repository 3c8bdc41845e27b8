import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { Link, useParams } from '@/lib/router';
import { LoginButton } from '@/components/AuthButtons';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ProfileView } from '@/components/ProfileView';
import { useMe } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useProfile } from '../api/get-profile';
import { AskIntroduction } from '../components/AskIntroduction';
import { ContactRelease } from '../components/ContactRelease';

/**
 * /profiles/:id: one profile in the shape the API returns. Contact and CV are offered only when
 * the API says so (`shape === 'member' && contactAvailable`).
 */
export function ProfileDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const auth = useAuth();
  const profile = useProfile(id);
  const me = useMe();
  const isClient = auth.isAuthenticated && hasAnyRole(me.data?.roles, [ROLES.client]);
  const title = profile.data?.shape === 'member' ? profile.data.displayName : t('profileView.anonymous');
  useDocumentTitle(profile.isSuccess ? title : t('profileDetail.title'));

  let content;
  if (auth.isLoading || profile.isPending) {
    content = <p role="status">{t('profileDetail.loading')}</p>;
  } else if (profile.isError) {
    content = (
      <ErrorMessage error={profile.error} heading={t('profileDetail.failed')} onRetry={() => void profile.refetch()} />
    );
  } else {
    const view = profile.data;
    content = (
      <>
        <ProfileView profile={view} headingLevel={2} />
        {view.shape === 'member' && view.contactAvailable ? (
          <ContactRelease profileId={view.id} displayName={view.displayName} hasCv={view.hasCv} />
        ) : (
          <section aria-labelledby="contact-unavailable-title" className="section">
            <h2 id="contact-unavailable-title">{t('contact.title')}</h2>
            <p className="notice" data-testid="contact-unavailable">
              {t(view.shape === 'public' ? 'contact.unavailablePublic' : 'contact.unavailableMember')}
            </p>
            {!auth.isAuthenticated && <LoginButton testId="profile-login" />}
          </section>
        )}
        {view.shape === 'public' && isClient && <AskIntroduction profileId={view.id} />}
      </>
    );
  }

  return (
    <>
      <p>
        <Link to="/profiles">{t('profileDetail.back')}</Link>
      </p>
      <h1>{t('profileDetail.title')}</h1>
      {content}
    </>
  );
}
