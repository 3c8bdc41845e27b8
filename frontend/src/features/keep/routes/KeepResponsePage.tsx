import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useKeepResponse, useResponseKeepLink } from '../api/keep';
import { keepLinkFromHash } from './link';

/**
 * /keep-response#k=… (R-4, T-1): the closing mail's question "may we keep your response for a
 * year?", logged out. Opening the page changes nothing; the button answers yes.
 */
export function KeepResponsePage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [link] = useState(() => keepLinkFromHash(location.hash));
  const checked = useResponseKeepLink(link);
  const keep = useKeepResponse();
  useDocumentTitle(t('keepResponse.title'));

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  let content;
  if (!link || (checked.isError && isNotFound(checked.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid="keep-response-invalid">
        <p>{t('keep.invalid')}</p>
      </div>
    );
  } else if (keep.isSuccess || checked.data?.kept) {
    content = (
      <div className="notice" role="status" data-testid="keep-response-done">
        <p>{t('keepResponse.done', { title: (keep.data ?? checked.data)?.assignmentTitle ?? '' })}</p>
      </div>
    );
  } else if (checked.isError) {
    content = <ErrorMessage error={checked.error} />;
  } else if (checked.isPending) {
    content = <p role="status">{t('keep.loading')}</p>;
  } else {
    content = (
      <>
        <p>{t('keepResponse.question', { title: checked.data.assignmentTitle })}</p>
        {keep.isError && <ErrorMessage error={keep.error} heading={t('keep.failed')} />}
        <button
          type="button"
          className="button"
          disabled={keep.isPending}
          onClick={() => keep.mutate(link)}
          data-testid="keep-response-confirm"
        >
          {t('keepResponse.confirm')}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{t('keepResponse.title')}</h1>
      {content}
    </>
  );
}
