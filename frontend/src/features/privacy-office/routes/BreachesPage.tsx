import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ROLES } from '@/lib/auth';
import { formatDateTime, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useBreaches } from '../api/privacy-office';
import { BreachForm } from '../components/BreachForm';

/** /privacy-officer/breaches: the breach register with its 72-hour deadlines (D-9). */
export function BreachesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacyOffice.breach.title'));
  return (
    <>
      <h1>{t('privacyOffice.breach.title')}</h1>
      <RequireRole roles={[ROLES.privacyOfficer]}>
        <BreachRegister />
        <section aria-labelledby="breach-new">
          <h2 id="breach-new">{t('privacyOffice.breach.newTitle')}</h2>
          <BreachForm />
        </section>
      </RequireRole>
    </>
  );
}

function BreachRegister() {
  const { t, language } = useI18n();
  const breaches = useBreaches();
  if (breaches.isPending) return <p role="status">{t('privacyOffice.loading')}</p>;
  if (breaches.isError && !breaches.data) return <ErrorMessage error={breaches.error} />;
  const items = breaches.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p data-testid="breaches-empty">{t('privacyOffice.breach.none')}</p>;
  return (
    <>
      <ScrollRegion label={t('privacyOffice.breach.caption')}>
        <table className="table" data-testid="breaches">
          <caption className="visually-hidden">{t('privacyOffice.breach.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacyOffice.breach.discoveredAt')}</th>
              <th scope="col">{t('privacyOffice.breach.whatHappened')}</th>
              <th scope="col">{t('privacyOffice.breach.subjects')}</th>
              <th scope="col">{t('privacyOffice.breach.decision')}</th>
              <th scope="col">{t('privacyOffice.breach.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((breach) => (
              <tr key={breach.id} data-testid="breach-row">
                <td>{formatDateTime(breach.discoveredAt, language)}</td>
                <td className="break">{breach.whatHappened}</td>
                <td>{breach.approximateSubjects}</td>
                <td>
                  {t(`privacyOffice.breach.decision.${breach.decision}` as MessageKey)}
                  {breach.highRisk && <strong className="badge"> {t('privacyOffice.breach.highRiskBadge')}</strong>}
                </td>
                <td>
                  {formatDateTime(breach.authorityDeadline, language)}
                  {breach.overdue && <strong className="badge badge--danger"> {t('privacyRequest.overdue')}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <LoadMore
        hasMore={breaches.hasNextPage}
        loading={breaches.isFetchingNextPage}
        onLoadMore={() => void breaches.fetchNextPage()}
        shown={items.length}
      />
    </>
  );
}
