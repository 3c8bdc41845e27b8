import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useUnsubscribe, useUnsubscription } from '../api/consents';

/** `#u=abc` → "abc": the signed link rides in the fragment, out of server logs and Referer headers. */
function linkFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('u')?.trim();
  return value ? value : undefined;
}

/**
 * /unsubscribe#u=… (C-4): works logged out. Opening the page changes nothing (mail scanners
 * follow links); the button sends the same one-click request a mail client does.
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [link] = useState(() => linkFromHash(location.hash));
  const unsubscription = useUnsubscription(link);
  const unsubscribe = useUnsubscribe();
  useDocumentTitle(t('unsubscribe.title'));

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  let content;
  if (!link || (unsubscription.isError && isNotFound(unsubscription.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="unsubscribe-invalid">
        <p>{t('unsubscribe.invalid')}</p>
      </div>
    );
  } else if (unsubscribe.isSuccess) {
    content = (
      <div className="notice" role="status" data-testid="unsubscribe-done">
        <p>{t('unsubscribe.done', { name: unsubscribe.data.purposeName })}</p>
      </div>
    );
  } else if (unsubscription.isError) {
    content = <ErrorMessage error={unsubscription.error} />;
  } else if (unsubscription.isPending) {
    content = <p role="status">{t('unsubscribe.loading')}</p>;
  } else if (!unsubscription.data.subscribed) {
    content = (
      <div className="notice" role="status" data-testid="unsubscribe-already">
        <p>{t('unsubscribe.already', { name: unsubscription.data.purposeName })}</p>
      </div>
    );
  } else {
    content = (
      <>
        <p>{t('unsubscribe.question', { name: unsubscription.data.purposeName })}</p>
        {unsubscribe.isError && <ErrorMessage error={unsubscribe.error} heading={t('unsubscribe.failed')} />}
        <button
          type="button"
          className="button"
          disabled={unsubscribe.isPending}
          onClick={() => unsubscribe.mutate(link)}
          data-testid="unsubscribe-confirm"
        >
          {t('unsubscribe.confirm')}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {content}
    </>
  );
}
