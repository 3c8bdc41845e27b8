import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { useMe } from '@/lib/api';
import { hasAnyRole, ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useFileRequest, type PrivacyRequest } from '../api/my-requests';
import { AccountClosure } from '../components/AccountClosure';
import { ExportReady } from '../components/ExportReady';
import { MyRequestList } from '../components/MyRequestList';
import { Recipients } from '../components/Recipients';
import { RequestForm } from '../components/RequestForm';

/** /me/data, "Mijn gegevens": download my data, use my rights, follow my requests (D-1..D-3, D-8). */
export function MyDataPage() {
  const { t } = useI18n();
  useDocumentTitle(t('myData.title'));
  return (
    <>
      <h1>{t('myData.title')}</h1>
      <RequireRole>
        <MyDataContent />
      </RequireRole>
    </>
  );
}

function MyDataContent() {
  const { t } = useI18n();
  const me = useMe();
  const file = useFileRequest();
  const [archive, setArchive] = useState<PrivacyRequest | null>(null);
  return (
    <>
      <p className="lead">{t('myData.intro')}</p>
      <section aria-labelledby="my-data-download">
        <h2 id="my-data-download">{t('myData.export.title')}</h2>
        <p>{t('myData.export.explain')}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="export-request"
          disabled={file.isPending}
          onClick={() => file.mutate({ type: 'ACCESS' }, { onSuccess: setArchive })}
        >
          {t('myData.export.request')}
        </button>
        {file.isPending && <p role="status">{t('myData.export.preparing')}</p>}
        {file.isError && <ErrorMessage error={file.error} />}
        {archive && <ExportReady request={archive} />}
      </section>

      <section aria-labelledby="my-data-requests">
        <h2 id="my-data-requests">{t('myData.requests.title')}</h2>
        <MyRequestList />
      </section>

      <section aria-labelledby="my-data-rights">
        <h2 id="my-data-rights">{t('myData.form.title')}</h2>
        <RequestForm />
      </section>

      <section aria-labelledby="my-data-recipients">
        <h2 id="my-data-recipients">{t('myData.recipients.title')}</h2>
        <Recipients showFullListLink={hasAnyRole(me.data?.roles, [ROLES.professional])} />
      </section>

      <section aria-labelledby="my-data-closure">
        <h2 id="my-data-closure">{t('closure.title')}</h2>
        <AccountClosure />
      </section>
    </>
  );
}
