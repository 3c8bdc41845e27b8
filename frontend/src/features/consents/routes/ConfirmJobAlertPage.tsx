import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { tokenFromHash } from '@/lib/url-fragment';
import { useConfirmJobAlert } from '../api/consents';

/** /job-alerts/confirm#token=… (C-1): a visitor's double opt-in; the token is sent once and removed from the address bar. */
export function ConfirmJobAlertPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const confirm = useConfirmJobAlert();
  const [token] = useState(() => tokenFromHash(location.hash));
  const { mutate } = confirm;
  const started = useRef(false);
  useDocumentTitle(t('confirmJobAlert.title'));

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    if (token) mutate(token);
  }, [location.hash, location.pathname, location.search, navigate, token, mutate]);

  let content;
  if (!token || (confirm.isError && isNotFound(confirm.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="job-alert-confirm-invalid">
        <p>{t('confirmJobAlert.invalid')}</p>
      </div>
    );
  } else if (confirm.isSuccess) {
    content = (
      <div className="notice" role="status" data-testid="job-alert-confirmed">
        <p>{t('confirmJobAlert.done')}</p>
      </div>
    );
  } else if (confirm.isError) {
    content = <ErrorMessage error={confirm.error} />;
  } else {
    content = <p role="status">{t('confirmJobAlert.busy')}</p>;
  }
  return (
    <>
      <h1>{t('confirmJobAlert.title')}</h1>
      {content}
    </>
  );
}
