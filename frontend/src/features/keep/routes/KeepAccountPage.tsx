import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useKeepAccount, useKeepAccountLink } from '../api/keep';
import { keepLinkFromHash } from './link';

/**
 * /keep-account#k=… (T-3): the link of the inactivity warning, logged out. Opening the page changes
 * nothing (mail scanners follow links); the button keeps the account.
 */
export function KeepAccountPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [link] = useState(() => keepLinkFromHash(location.hash));
  const checked = useKeepAccountLink(link);
  const keep = useKeepAccount();
  useDocumentTitle(t('keepAccount.title'));

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  let content;
  if (!link || (checked.isError && isNotFound(checked.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="keep-account-invalid">
        <p>{t('keep.invalid')}</p>
      </div>
    );
  } else if (keep.isSuccess) {
    content = (
      <div className="notice" role="status" data-testid="keep-account-done">
        <p>{t('keepAccount.done')}</p>
      </div>
    );
  } else if (checked.isError) {
    content = <ErrorMessage error={checked.error} />;
  } else if (checked.isPending) {
    content = <p role="status">{t('keep.loading')}</p>;
  } else {
    content = (
      <>
        <p>{t('keepAccount.question')}</p>
        {keep.isError && <ErrorMessage error={keep.error} heading={t('keep.failed')} />}
        <button
          type="button"
          className="button"
          disabled={keep.isPending}
          onClick={() => keep.mutate(link)}
          data-testid="keep-account-confirm"
        >
          {t('keepAccount.confirm')}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{t('keepAccount.title')}</h1>
      {content}
    </>
  );
}
