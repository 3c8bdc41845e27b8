import { useEffect, useRef } from 'react';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useConfirmByEmail } from '../api/privacy-request';
import { storeStatusToken } from '../api/status-token';
import { RequestOutcome } from '../components/RequestOutcome';
import { useFragmentToken } from '../components/useFragmentToken';

/**
 * /privacy-request/confirm#token=… (D-1): the single-use link from the mail starts the request.
 * The outcome is shown at once; for ACCESS/PORTABILITY the archive's password, this once (it is
 * kept nowhere: leaving the page forgets it). The status token goes to sessionStorage for the
 * status page.
 */
export function ConfirmPrivacyRequestPage() {
  const { t } = useI18n();
  useDocumentTitle(t('publicRequest.confirm.title'));
  const token = useFragmentToken();
  const confirm = useConfirmByEmail();
  const { mutate } = confirm;
  const started = useRef(false);

  useEffect(() => {
    // Single-use: send it once (StrictMode runs effects twice in development).
    if (started.current || !token) return;
    started.current = true;
    mutate(token, { onSuccess: (confirmed) => storeStatusToken(confirmed.statusToken) });
  }, [token, mutate]);

  let content;
  if (!token || (confirm.isError && isNotFound(confirm.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="privacy-request-link-invalid">
        <p>{t('publicRequest.confirm.invalid')}</p>
        <p>
          <Link to="/privacy-request">{t('publicRequest.askAgain')}</Link>
        </p>
      </div>
    );
  } else if (confirm.isError) {
    content = <ErrorMessage error={confirm.error} heading={t('publicRequest.confirm.failed')} />;
  } else if (confirm.isSuccess) {
    const { request } = confirm.data;
    content = (
      <>
        <div className="notice notice--success" role="status" data-testid="privacy-request-confirmed">
          <p className="notice__heading">{t('publicRequest.confirm.done')}</p>
        </div>
        {request.exportPassword && (
          <div className="notice" data-testid="privacy-request-password-box">
            <p className="notice__heading">{t('publicRequest.password.title')}</p>
            <p>{t('publicRequest.password.intro')}</p>
            <p className="secret" data-testid="privacy-request-password">
              <code>{request.exportPassword}</code>
            </p>
            <p>
              <strong>{t('publicRequest.password.once')}</strong>
            </p>
            <p>{t('publicRequest.password.mail')}</p>
          </div>
        )}
        <RequestOutcome request={request} />
        <p>
          {t('publicRequest.confirm.followUp')}{' '}
          <Link to="/privacy-request/status" data-testid="privacy-request-status-link">
            {t('publicRequest.status.title')}
          </Link>
        </p>
      </>
    );
  } else {
    content = <p role="status">{t('publicRequest.confirm.busy')}</p>;
  }

  return (
    <>
      <h1>{t('publicRequest.confirm.title')}</h1>
      {content}
    </>
  );
}
