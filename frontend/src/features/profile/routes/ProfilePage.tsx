import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useMyProfile } from '../api/get-my-profile';
import { CvSection } from '../components/CvSection';
import { ProfileForm } from '../components/ProfileForm';
import { ProfilePreview } from '../components/ProfilePreview';
import { fromOwnProfile } from '../components/profile-form-model';

/** /profile: the professional edits their profile, manages the CV and sees what others see. */
export function ProfilePage() {
  const { t } = useI18n();
  useDocumentTitle(t('profile.title'));
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <RequireRole roles={[ROLES.professional]}>
        <ProfileContent />
      </RequireRole>
    </>
  );
}

function ProfileContent() {
  const { t } = useI18n();
  const profile = useMyProfile();
  if (profile.isPending) {
    return (
      <p role="status" data-testid="profile-loading">
        {t('profile.loading')}
      </p>
    );
  }
  if (profile.isError) {
    return (
      <ErrorMessage error={profile.error} heading={t('profile.loadFailed')} onRetry={() => void profile.refetch()} />
    );
  }
  const own = profile.data;
  return (
    <>
      <p className="lead">{t('profile.intro')}</p>
      {own?.restricted && (
        <p className="notice" data-testid="profile-restricted">
          {t('profile.restricted')}
        </p>
      )}
      {/* Issue 16: the preview comes first in reading order, so on a phone it is above the form
          (folded); from 70rem on it stands beside the form and stays in view while scrolling. */}
      <div className={own === null ? undefined : 'profile-layout'}>
        {own !== null && <ProfilePreview />}
        <div className="profile-layout__form">
          {/* Initialised once from the loaded profile; after saving, the form keeps what was typed. */}
          <ProfileForm initial={fromOwnProfile(own)} isNew={own === null} />
          <CvSection cv={own?.cv} hasProfile={own !== null} />
        </div>
      </div>
    </>
  );
}
