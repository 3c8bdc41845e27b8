import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ProfileView, type ProfileShape } from '@/components/ProfileView';
import { useI18n } from '@/lib/i18n';
import { useProfilePreview } from '../api/get-profile-preview';

const WIDE_SCREEN = '(min-width: 70rem)';

/** Side by side: what the public sees and what a verified organisation sees (the API's own shapes). */
export function ProfilePreview() {
  const { t } = useI18n();
  const preview = useProfilePreview(true);
  // Open beside the form on a wide screen; folded above it on a phone, where it would push the form away.
  const [openAtFirst] = useState(() => window.matchMedia?.(WIDE_SCREEN).matches ?? true);

  let publicView: ProfileShape | null | undefined;
  let organisationView: ProfileShape | null | undefined;
  if (preview.isSuccess) {
    publicView = preview.data.publicVisitor ?? null;
    organisationView = preview.data.verifiedOrganisation ?? null;
  }
  const hidden = preview.isSuccess && publicView === null && organisationView === null;

  return (
    <section aria-labelledby="profile-preview-title" className="section profile-layout__preview">
      <h2 id="profile-preview-title">{t('profile.preview.title')}</h2>
      <details className="preview-details" open={openAtFirst} data-testid="preview-details">
        <summary>{t('profile.preview.toggle')}</summary>
        <p>{t('profile.preview.intro')}</p>
        {preview.isPending && <p role="status">{t('profile.preview.loading')}</p>}
        {preview.isError && <ErrorMessage error={preview.error} onRetry={() => void preview.refetch()} />}
        {hidden && (
          <p className="notice" data-testid="preview-hidden">
            {t('profile.preview.hidden')}
          </p>
        )}
        {preview.isSuccess && (
          <div className="preview-grid" aria-busy={preview.isFetching}>
            <section className="preview-pane" aria-labelledby="preview-public-title" data-testid="preview-public">
              <h3 id="preview-public-title" className="preview-pane__title">
                {t('profile.preview.public')}
              </h3>
              {publicView ? (
                <ProfileView profile={publicView} headingLevel={3} />
              ) : (
                <p>{t('profile.preview.nobody')}</p>
              )}
            </section>
            <section
              className="preview-pane"
              aria-labelledby="preview-organisation-title"
              data-testid="preview-organisation"
            >
              <h3 id="preview-organisation-title" className="preview-pane__title">
                {t('profile.preview.organisation')}
              </h3>
              {organisationView ? (
                <ProfileView profile={organisationView} headingLevel={3} />
              ) : (
                <p>{t('profile.preview.nobody')}</p>
              )}
            </section>
          </div>
        )}
      </details>
    </section>
  );
}
