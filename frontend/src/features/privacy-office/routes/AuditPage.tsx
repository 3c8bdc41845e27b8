import { useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ROLES } from '@/lib/auth';
import { formatDateTime, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useAuditSearch, useVerifyChain, type AuditAction, type AuditFilters } from '../api/privacy-office';

const ACTIONS: readonly AuditAction[] = [
  'ORGANISATION_VERIFIED',
  'ORGANISATION_UNVERIFIED',
  'ASSIGNMENT_APPROVED',
  'ASSIGNMENT_REJECTED',
  'ASSIGNMENT_CLOSED_BY_STAFF',
  'ASSIGNMENT_ARCHIVED_BY_STAFF',
  'PERSONAL_DATA_DISCLOSED',
  'BREACH_RECORDED',
  'BREACH_UPDATED',
  'BREACH_SUBJECT_NOTIFIED',
  'BREACH_SUBJECT_UNREACHABLE',
  'PRIVACY_REQUEST_RECEIVED',
  'PRIVACY_EXPORT_CREATED',
  'PRIVACY_REQUEST_IN_PROGRESS',
  'PRIVACY_REQUEST_EXTENDED',
  'PRIVACY_REQUEST_COMPLETED',
  'PRIVACY_REQUEST_REJECTED',
  'PRIVACY_EXPORT_DOWNLOADED',
  'PRIVACY_EXPORT_EXPIRED',
];
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The filters live in the address, so a search can be bookmarked and shared among staff. */
function filtersFrom(params: URLSearchParams): AuditFilters {
  const action = params.get('action');
  const subject = params.get('subject');
  const from = params.get('from');
  const to = params.get('to');
  return {
    action: ACTIONS.find((known) => known === action),
    subject: subject && UUID.test(subject) ? subject : undefined,
    from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? `${from}T00:00:00Z` : undefined,
    to: to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T00:00:00Z` : undefined,
  };
}

/** /privacy-officer/audit: search the audit log and verify its hash chain (S-6, D-7). */
export function AuditPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacyOffice.audit.title'));
  return (
    <>
      <h1>{t('privacyOffice.audit.title')}</h1>
      <RequireRole roles={[ROLES.privacyOfficer]}>
        <ChainVerification />
        <AuditSearch />
      </RequireRole>
    </>
  );
}

function ChainVerification() {
  const { t } = useI18n();
  const verify = useVerifyChain();
  return (
    <section aria-labelledby="audit-verify" className="action-block">
      <h2 id="audit-verify">{t('privacyOffice.audit.verifyTitle')}</h2>
      <button
        type="button"
        className="button"
        data-testid="audit-verify"
        disabled={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {t('privacyOffice.audit.verify')}
      </button>
      {verify.isError && <ErrorMessage error={verify.error} />}
      {verify.isSuccess && (
        <p
          role="status"
          data-testid="audit-verification"
          className={`notice ${verify.data.valid ? 'notice--success' : 'notice--error'}`}
        >
          {verify.data.valid
            ? t('privacyOffice.audit.valid', { count: verify.data.entries })
            : t('privacyOffice.audit.broken', {
                count: verify.data.entries,
                entry: verify.data.firstBrokenEntry ?? '',
              })}
        </p>
      )}
    </section>
  );
}

function AuditSearch() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [form, setForm] = useState({
    action: params.get('action') ?? '',
    subject: params.get('subject') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  const audit = useAuditSearch(filters);
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="audit-search">
      <h2 id="audit-search">{t('privacyOffice.audit.searchTitle')}</h2>
      <form
        role="search"
        aria-labelledby="audit-search"
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams();
          for (const [key, value] of Object.entries(form)) if (value.trim()) next.set(key, value.trim());
          setParams(next);
        }}
      >
        <div className="field">
          <label htmlFor="audit-action" className="field__label">
            {t('privacyOffice.audit.action')}
          </label>
          <select
            id="audit-action"
            className="field__control"
            value={form.action}
            onChange={(event) => setForm({ ...form, action: event.target.value })}
          >
            <option value="">{t('privacyOffice.audit.anyAction')}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-subject" className="field__label">
            {t('privacyOffice.audit.subject')}
          </label>
          <input
            id="audit-subject"
            className="field__control"
            value={form.subject}
            pattern={UUID.source}
            onChange={(event) => setForm({ ...form, subject: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-from" className="field__label">
            {t('privacyOffice.audit.from')}
          </label>
          <input
            id="audit-from"
            type="date"
            className="field__control"
            value={form.from}
            onChange={(event) => setForm({ ...form, from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to" className="field__label">
            {t('privacyOffice.audit.to')}
          </label>
          <input
            id="audit-to"
            type="date"
            className="field__control"
            value={form.to}
            onChange={(event) => setForm({ ...form, to: event.target.value })}
          />
        </div>
        <button type="submit" className="button button--primary">
          {t('privacyOffice.audit.search')}
        </button>
      </form>
      {audit.isPending ? (
        <p role="status">{t('privacyOffice.loading')}</p>
      ) : audit.isError && !audit.data ? (
        <ErrorMessage error={audit.error} />
      ) : items.length === 0 ? (
        <p data-testid="audit-empty">{t('privacyOffice.audit.none')}</p>
      ) : (
        <>
          <ScrollRegion label={t('privacyOffice.audit.caption')}>
            <table className="table" data-testid="audit-entries">
              <caption className="visually-hidden">{t('privacyOffice.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('privacyOffice.audit.when')}</th>
                  <th scope="col">{t('privacyOffice.audit.action')}</th>
                  <th scope="col">{t('privacyOffice.audit.actor')}</th>
                  <th scope="col">{t('privacyOffice.audit.subject')}</th>
                  <th scope="col">{t('privacyOffice.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{entry.sequence}</td>
                    <td>{formatDateTime(entry.occurredAt, language)}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td className="break">{entry.actor}</td>
                    <td className="break">{entry.subjectRef ?? '—'}</td>
                    <td className="break">
                      {Object.entries(entry.details)
                        .map(([key, value]) => `${key}=${value}`)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <LoadMore
            hasMore={audit.hasNextPage}
            loading={audit.isFetchingNextPage}
            onLoadMore={() => void audit.fetchNextPage()}
            shown={items.length}
          />
        </>
      )}
    </section>
  );
}
