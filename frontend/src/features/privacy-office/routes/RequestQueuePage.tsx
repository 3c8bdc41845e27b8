import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ROLES } from '@/lib/auth';
import { formatDate, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useRequestQueue } from '../api/privacy-office';

/** /privacy-officer/requests: the open requests, earliest deadline first, overdue flagged (D-7). */
export function RequestQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacyOffice.queue.title'));
  return (
    <>
      <h1>{t('privacyOffice.queue.title')}</h1>
      <RequireRole roles={[ROLES.privacyOfficer]}>
        <QueueContent />
      </RequireRole>
    </>
  );
}

function QueueContent() {
  const { t, language } = useI18n();
  const queue = useRequestQueue();
  if (queue.isPending) return <p role="status">{t('privacyOffice.loading')}</p>;
  if (queue.isError && !queue.data) return <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />;
  const items = queue.data.pages.flatMap((page) => page.items);
  const overdue = items.filter(({ request }) => request.overdue).length;
  if (items.length === 0) {
    return (
      <p className="notice" data-testid="queue-empty">
        {t('privacyOffice.queue.empty')}
      </p>
    );
  }
  return (
    <>
      <p className="lead" data-testid="queue-summary">
        {t('privacyOffice.queue.summary', { count: items.length, overdue })}
      </p>
      <ScrollRegion label={t('privacyOffice.queue.caption')}>
        <table className="table" data-testid="request-queue">
          <caption className="visually-hidden">{t('privacyOffice.queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacyOffice.queue.due')}</th>
              <th scope="col">{t('privacyOffice.queue.type')}</th>
              <th scope="col">{t('privacyOffice.queue.status')}</th>
              <th scope="col">{t('privacyOffice.queue.received')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ request }) => (
              <tr key={request.id} data-testid="queue-row" data-overdue={request.overdue}>
                <td>
                  {formatDate(request.dueAt.slice(0, 10), language)}
                  {request.overdue && (
                    <>
                      {' '}
                      <strong className="badge badge--danger" data-testid="overdue">
                        {t('privacyRequest.overdue')}
                      </strong>
                    </>
                  )}
                </td>
                <td>
                  <Link to={`/privacy-officer/requests/${request.id}`}>
                    {t(`privacyRequest.type.${request.type}` as MessageKey)}
                  </Link>
                </td>
                <td>{t(`privacyRequest.status.${request.status}` as MessageKey)}</td>
                <td>{formatDate(request.receivedAt.slice(0, 10), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <LoadMore
        hasMore={queue.hasNextPage}
        loading={queue.isFetchingNextPage}
        onLoadMore={() => void queue.fetchNextPage()}
        shown={items.length}
      />
    </>
  );
}
