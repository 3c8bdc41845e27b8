import { useState } from 'react';
import { Link, useLocation } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { tokenFromHash } from '@/lib/url-fragment';
import { useAcceptInvitation } from '../api/colleagues';

/** /organisation/join#token=…: the invited client joins with the single-use link (O-2). */
export function JoinOrganisationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('colleagues.accept.title'));
  return (
    <>
      <h1>{t('colleagues.accept.title')}</h1>
      <RequireRole roles={[ROLES.client]}>
        <AcceptInvitation />
      </RequireRole>
    </>
  );
}

function AcceptInvitation() {
  const { t } = useI18n();
  const location = useLocation();
  const [token] = useState(() => tokenFromHash(location.hash));
  const accept = useAcceptInvitation();
  if (!token) return <p className="notice notice--error">{t('colleagues.accept.noToken')}</p>;
  if (accept.isSuccess) {
    return (
      <p className="notice notice--success" role="status" data-testid="invitation-accepted">
        {t('colleagues.accept.done', { organisation: accept.data.name })}{' '}
        <Link to="/organisation">{t('colleagues.accept.toOrganisation')}</Link>
      </p>
    );
  }
  return (
    <>
      <p>{t('colleagues.accept.intro')}</p>
      {accept.isError && <ErrorMessage error={accept.error} />}
      <button
        type="button"
        className="button button--primary"
        disabled={accept.isPending}
        onClick={() => accept.mutate(token)}
        data-testid="invitation-accept"
      >
        {t('colleagues.accept.submit')}
      </button>
    </>
  );
}
