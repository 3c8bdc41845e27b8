import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { formatDateTime, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useConsents, useDecideConsent, type ConsentEvent, type PurposeConsent } from '../api/consents';
import { PurposeList } from '../components/PurposeList';

const DECISION: Record<ConsentEvent['decision'], MessageKey> = {
  GRANTED: 'consents.decision.GRANTED',
  WITHDRAWN: 'consents.decision.WITHDRAWN',
  OBJECTED: 'consents.decision.OBJECTED',
};

/** /privacy/consents: preferences per purpose, the re-confirmation after a material notice change, the history. */
export function ConsentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('consents.title'));
  return (
    <>
      <h1>{t('consents.title')}</h1>
      <RequireRole>
        <ConsentsContent />
      </RequireRole>
    </>
  );
}

function ConsentsContent() {
  const { t, language } = useI18n();
  const consents = useConsents();
  const decide = useDecideConsent();
  if (consents.isPending) return <p role="status">{t('consents.loading')}</p>;
  if (consents.isError) return <ErrorMessage error={consents.error} onRetry={() => void consents.refetch()} />;

  const toConfirm = consents.data.purposes.filter((p) => p.needsConfirmation);
  const names = new Map(consents.data.purposes.map((p) => [p.purpose, p.name]));
  const change = (purpose: PurposeConsent, on: boolean) =>
    decide.mutate({ purpose: purpose.purpose, decision: on ? 'GRANT' : 'WITHDRAW', form: 'PREFERENCES' });
  const answer = (purpose: PurposeConsent, keep: boolean) =>
    decide.mutate({ purpose: purpose.purpose, decision: keep ? 'GRANT' : 'WITHDRAW', form: 'NOTICE_CONFIRMATION' });

  return (
    <>
      <p className="lead">{t('consents.intro')}</p>
      {toConfirm.length > 0 && (
        <section className="notice" aria-labelledby="reconfirm-title" data-testid="reconfirm">
          <h2 id="reconfirm-title">{t('consents.reconfirm.title')}</h2>
          <p>{t('consents.reconfirm.text', { version: consents.data.currentNoticeVersion })}</p>
          <ul>
            {toConfirm.map((purpose) => (
              <li key={purpose.purpose}>
                {purpose.name}{' '}
                <button type="button" disabled={decide.isPending} onClick={() => answer(purpose, true)}>
                  {t('consents.reconfirm.keep', { name: purpose.name })}
                </button>{' '}
                <button type="button" disabled={decide.isPending} onClick={() => answer(purpose, false)}>
                  {t('consents.reconfirm.stop', { name: purpose.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {decide.isError && <ErrorMessage error={decide.error} heading={t('consents.failed')} />}
      <h2>{t('consents.purposes')}</h2>
      <PurposeList purposes={consents.data.purposes} busy={decide.isPending} onChange={change} />
      <h2>{t('consents.history')}</h2>
      {consents.data.history.items.length === 0 ? (
        <p data-testid="consent-history-empty">{t('consents.historyEmpty')}</p>
      ) : (
        <ol className="consent-history" data-testid="consent-history">
          {consents.data.history.items.map((event) => (
            <li key={event.id}>
              <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt, language)}</time>:{' '}
              {t(DECISION[event.decision], { name: names.get(event.purpose) ?? event.purpose })}{' '}
              {t('consents.underNotice', { version: event.noticeVersion })}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
