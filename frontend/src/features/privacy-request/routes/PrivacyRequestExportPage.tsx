import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useDownloadByToken } from '../api/privacy-request';
import { useFragmentToken } from '../components/useFragmentToken';

/**
 * /privacy-request/export#token=… (D-3): the mail's link to the encrypted archive of a request by
 * e-mail. The download token stays in this page's memory and goes only in the
 * Werkbank-Request-Token header; the password was shown once, at confirmation.
 */
export function PrivacyRequestExportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('publicRequest.export.title'));
  const token = useFragmentToken();
  const download = useDownloadByToken();

  let content;
  if (!token || (download.isError && isNotFound(download.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="privacy-request-export-invalid">
        <p>{t('publicRequest.export.invalid')}</p>
        <p>
          <Link to="/privacy-request">{t('publicRequest.askAgain')}</Link>
        </p>
      </div>
    );
  } else {
    content = (
      <>
        <p>{t('publicRequest.export.explain')}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="privacy-request-export-download"
          disabled={download.isPending}
          onClick={() => download.mutate(token)}
        >
          {t('publicRequest.export.download')}
        </button>
        {download.isSuccess && (
          <p className="notice notice--success" role="status" data-testid="privacy-request-export-saved">
            {t('publicRequest.export.saved')}
          </p>
        )}
        {download.isError && <ErrorMessage error={download.error} />}
      </>
    );
  }

  return (
    <>
      <h1>{t('publicRequest.export.title')}</h1>
      {content}
    </>
  );
}
