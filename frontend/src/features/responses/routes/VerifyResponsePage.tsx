import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { tokenFromHash } from '@/lib/url-fragment';
import { useVerifyResponse } from '../api/verify-response';

/**
 * /responses/verify#token=…: the link from the e-mail to a visitor who responded. The token
 * is in the fragment (never in a server log or a Referer); it is read once, sent to the API and
 * removed from the address bar. Then the response goes to the poster.
 */
export function VerifyResponsePage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const verify = useVerifyResponse();
  const [token] = useState(() => tokenFromHash(location.hash));
  const { mutate } = verify;
  const started = useRef(false);
  useDocumentTitle(t('verifyResponse.title'));

  useEffect(() => {
    // The token is single-use: send it once (StrictMode runs effects twice in development).
    if (started.current) return;
    started.current = true;
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    if (token) mutate(token);
  }, [location.hash, location.pathname, location.search, navigate, token, mutate]);

  let content;
  if (!token || (verify.isError && isNotFound(verify.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="response-verification-invalid">
        <p>{t('verifyResponse.invalid')}</p>
      </div>
    );
  } else if (verify.isSuccess) {
    content = (
      <div className="notice" role="status" data-testid="response-verification-done">
        <p>{t('verifyResponse.done')}</p>
        <p>
          <Link to="/assignments">{t('assignments.backToList')}</Link>
        </p>
      </div>
    );
  } else if (verify.isError) {
    content =
      verify.error instanceof ApiError && verify.error.status === 409 ? (
        <div className="notice notice--error" role="alert" data-testid="response-verification-closed">
          <p>{t('verifyResponse.closed')}</p>
        </div>
      ) : (
        <ErrorMessage error={verify.error} heading={t('verifyResponse.failed')} />
      );
  } else {
    content = <p role="status">{t('verifyResponse.busy')}</p>;
  }

  return (
    <>
      <h1>{t('verifyResponse.title')}</h1>
      {content}
    </>
  );
}
