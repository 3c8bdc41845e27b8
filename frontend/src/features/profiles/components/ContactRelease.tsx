import { useRef, useEffect, useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import { useDownloadProfileCv } from '../api/download-profile-cv';
import { useReleaseContact } from '../api/release-contact';

interface ContactReleaseProps {
  profileId: string;
  displayName: string;
  hasCv: boolean;
}

/**
 * Contact details and CV on request. Each release is a recorded disclosure the professional can
 * see (D-8), so each button is preceded by a notice that says so.
 */
export function ContactRelease({ profileId, displayName, hasCv }: ContactReleaseProps) {
  const { t } = useI18n();
  const contact = useReleaseContact(profileId);
  const cv = useDownloadProfileCv(profileId);
  const detailsRef = useRef<HTMLHeadingElement>(null);
  const [cvStatus, setCvStatus] = useState('');

  useEffect(() => {
    if (contact.isSuccess) detailsRef.current?.focus();
  }, [contact.isSuccess]);

  return (
    <section aria-labelledby="contact-release-title" className="section">
      <h2 id="contact-release-title">{t('contact.title')}</h2>

      {contact.isSuccess ? (
        <div data-testid="contact-details">
          <h3 ref={detailsRef} tabIndex={-1}>
            {t('contact.detailsFor', { name: contact.data.displayName })}
          </h3>
          <dl className="details">
            <div>
              <dt>{t('contact.email')}</dt>
              <dd data-testid="contact-email">
                {contact.data.email ? (
                  <a href={`mailto:${contact.data.email}`}>{contact.data.email}</a>
                ) : (
                  <em>{t('contact.notGiven')}</em>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('contact.phone')}</dt>
              <dd data-testid="contact-phone">
                {contact.data.phone ? (
                  <a href={`tel:${contact.data.phone.replace(/[^+0-9]/g, '')}`}>{contact.data.phone}</a>
                ) : (
                  <em>{t('contact.notGiven')}</em>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('contact.callTimes')}</dt>
              <dd>{contact.data.callTimes ?? <em>{t('contact.notGiven')}</em>}</dd>
            </div>
          </dl>
        </div>
      ) : (
        <div className="release">
          <p className="notice" id="contact-release-notice" data-testid="contact-notice">
            {t('contact.notice', { name: displayName })}
          </p>
          <button
            type="button"
            className="button button--primary"
            data-testid="show-contact"
            aria-describedby="contact-release-notice"
            disabled={contact.isPending}
            onClick={() => contact.mutate()}
          >
            {t('contact.show')}
          </button>
          {contact.isError && <ErrorMessage error={contact.error} heading={t('contact.failed')} />}
        </div>
      )}

      {hasCv && (
        <div className="release">
          <h3>{t('contact.cvTitle')}</h3>
          <p className="notice" id="cv-release-notice" data-testid="cv-notice">
            {t('contact.cvNotice', { name: displayName })}
          </p>
          <button
            type="button"
            className="button"
            data-testid="download-cv"
            aria-describedby="cv-release-notice"
            disabled={cv.isPending}
            onClick={() => {
              setCvStatus('');
              cv.mutate(undefined, { onSuccess: () => setCvStatus(t('contact.cvDownloaded')) });
            }}
          >
            {t('contact.cvDownload')}
          </button>
          {cv.isError && <ErrorMessage error={cv.error} heading={t('contact.cvFailed')} />}
        </div>
      )}
      <p role="status" className="visually-hidden-empty">
        {cvStatus}
      </p>
    </section>
  );
}
