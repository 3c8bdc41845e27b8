import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { tokenFromHash } from '../api/manage-token';
import { useVerifyAssignment } from '../api/verify-assignment';

/**
 * /assignments/verify#token=…: the link from the e-mail. The token is in the fragment, so
 * it never reaches a server log or a Referer; it is read once, sent to the API and removed from
 * the address bar. The management token that comes back stays in sessionStorage.
 */
export function VerifyAssignmentPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const verify = useVerifyAssignment();
  const [token] = useState(() => tokenFromHash(location.hash));
  const { mutate } = verify;
  const started = useRef(false);
  useDocumentTitle(t('assignments.verify.title'));

  useEffect(() => {
    // The token is single-use: send it once (StrictMode runs effects twice in development).
    if (started.current) return;
    started.current = true;
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    if (token) mutate(token);
  }, [location.hash, location.pathname, location.search, navigate, token, mutate]);

  let content;
  if (!token) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="verification-invalid">
        <p>{t('assignments.verify.invalid')}</p>
      </div>
    );
  } else if (verify.isSuccess) {
    content = (
      <div className="notice" role="status" data-testid="verification-done">
        <p>{t('assignments.verify.done')}</p>
        <p>
          <Link to={`/manage/${verify.data.assignmentId}`} data-testid="verification-manage-link">
            {t('assignments.verify.manage')}
          </Link>
        </p>
      </div>
    );
  } else if (verify.isError) {
    content = isNotFound(verify.error) ? (
      <div className="notice notice--error" role="alert" data-testid="verification-invalid">
        <p>{t('assignments.verify.invalid')}</p>
      </div>
    ) : (
      <ErrorMessage error={verify.error} heading={t('assignments.verify.failed')} />
    );
  } else {
    content = <p role="status">{t('assignments.verify.busy')}</p>;
  }

  return (
    <>
      <h1>{t('assignments.verify.title')}</h1>
      {content}
    </>
  );
}
