import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDate, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useCurrentNotice } from '../api/consents';

/** /privacy: the privacy notice in force (C-3) and where to see, correct or delete your data; every mail links here. */
export function PrivacyPage() {
  const { t, language } = useI18n();
  const notice = useCurrentNotice();
  useDocumentTitle(t('privacy.title'));
  return (
    <>
      <h1>{t('privacy.title')}</h1>
      <ul className="privacy-links">
        <li>
          <Link to="/privacy/consents">{t('privacy.consents')}</Link>
        </li>
        <li>
          <Link to="/job-alerts">{t('privacy.jobAlerts')}</Link>
        </li>
        <li>
          <Link to="/privacy/disclosures">{t('privacy.disclosures')}</Link>
        </li>
        <li>
          <Link to="/me">{t('privacy.account')}</Link>
        </li>
      </ul>
      <h2>{t('privacy.notice')}</h2>
      {notice.isPending && <p role="status">{t('privacy.loading')}</p>}
      {notice.isError && <ErrorMessage error={notice.error} onRetry={() => void notice.refetch()} />}
      {notice.isSuccess && (
        <div data-testid="privacy-notice">
          <p className="purpose__notice">
            {t('privacy.version', {
              version: notice.data.version,
              date: formatDate(notice.data.effectiveAt.slice(0, 10), language),
            })}
          </p>
          {(language === 'nl' ? notice.data.textNl : notice.data.textEn).split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
    </>
  );
}
