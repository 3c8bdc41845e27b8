import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDateTime, useI18n } from '@/lib/i18n';
import { useDownloadExport, type PrivacyRequest } from '../api/my-requests';

/**
 * The answer to an access or portability request: the archive's password, shown this once, and
 * the download. The password is not stored anywhere by the SPA; leaving the page forgets it.
 */
export function ExportReady({ request }: { request: PrivacyRequest }) {
  const { t, language } = useI18n();
  const download = useDownloadExport();
  return (
    <div className="notice notice--success" role="status" data-testid="export-ready">
      <p className="notice__heading">{t('myData.export.ready')}</p>
      {request.exportPassword && (
        <>
          <p>{t('myData.export.passwordIntro')}</p>
          <p className="secret" data-testid="export-password">
            <code>{request.exportPassword}</code>
          </p>
          <p>{t('myData.export.passwordOnce')}</p>
        </>
      )}
      {request.export && (
        <>
          <p>{t('myData.export.expires', { date: formatDateTime(request.export.expiresAt, language) })}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="export-download"
            disabled={download.isPending}
            onClick={() => request.export && download.mutate(request.export.url)}
          >
            {t('myData.export.download')}
          </button>
        </>
      )}
      {download.isError && <ErrorMessage error={download.error} />}
    </div>
  );
}
