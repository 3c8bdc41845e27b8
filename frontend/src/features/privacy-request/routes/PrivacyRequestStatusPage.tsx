import { useEffect, useState } from 'react';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextField } from '@/components/form';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useRequestStatus } from '../api/privacy-request';
import { forgetStatusToken, readStatusToken, storeStatusToken } from '../api/status-token';
import { RequestOutcome } from '../components/RequestOutcome';
import { useFragmentToken } from '../components/useFragmentToken';

/**
 * /privacy-request/status (D-2): where a request by e-mail stands, opened with the status token
 * shown at confirmation — from the fragment, from this browser session, or pasted. It goes only
 * in the Werkbank-Request-Token header.
 */
export function PrivacyRequestStatusPage() {
  const { t } = useI18n();
  useDocumentTitle(t('publicRequest.status.title'));
  const fromFragment = useFragmentToken();
  const [token, setToken] = useState(() => fromFragment ?? readStatusToken());
  const [typed, setTyped] = useState('');
  const status = useRequestStatus(token);

  useEffect(() => {
    if (fromFragment) storeStatusToken(fromFragment);
  }, [fromFragment]);

  useEffect(() => {
    if (status.isError && isNotFound(status.error)) forgetStatusToken();
  }, [status.isError, status.error]);

  let content;
  if (!token) {
    content = (
      <form
        className="form"
        data-testid="privacy-request-status-form"
        onSubmit={(event) => {
          event.preventDefault();
          const entered = typed.trim();
          if (!entered) return;
          storeStatusToken(entered);
          setToken(entered);
        }}
      >
        <p>{t('publicRequest.status.noToken')}</p>
        <TextField
          id="privacy-request-status-token"
          label={t('publicRequest.status.tokenLabel')}
          hint={t('publicRequest.status.tokenHint')}
          autoComplete="off"
          required
          maxLength={43}
          value={typed}
          onValueChange={setTyped}
        />
        <button type="submit" className="button button--primary">
          {t('publicRequest.status.open')}
        </button>
      </form>
    );
  } else if (status.isPending) {
    content = <p role="status">{t('publicRequest.status.loading')}</p>;
  } else if (status.isError) {
    content = isNotFound(status.error) ? (
      <div className="notice notice--error" role="alert" data-testid="privacy-request-status-invalid">
        <p>{t('publicRequest.status.invalid')}</p>
        <p>
          <Link to="/privacy-request">{t('publicRequest.askAgain')}</Link>
        </p>
      </div>
    ) : (
      <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />
    );
  } else {
    content = <RequestOutcome request={status.data} />;
  }

  return (
    <>
      <h1>{t('publicRequest.status.title')}</h1>
      {content}
    </>
  );
}
