import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import { useDownloadExport, useMyRequests } from '../api/my-requests';
import { RequestHistory } from '@/components/RequestHistory';

/** My requests with their status, deadline, steps and (while kept) the archive. */
export function MyRequestList() {
  const { t, language } = useI18n();
  const requests = useMyRequests();
  const download = useDownloadExport();
  if (requests.isPending) return <p role="status">{t('myData.requests.loading')}</p>;
  if (requests.isError && !requests.data) return <ErrorMessage error={requests.error} />;
  const items = requests.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p data-testid="my-requests-empty">{t('myData.requests.none')}</p>;
  return (
    <>
      <ul className="card-list" data-testid="my-requests">
        {items.map((request) => (
          <li key={request.id} className="card" data-testid="my-request">
            <h3 className="card__title">{t(`privacyRequest.type.${request.type}` as MessageKey)}</h3>
            <p className="card__meta">
              <span className="badge" data-testid="my-request-status">
                {t(`privacyRequest.status.${request.status}` as MessageKey)}
              </span>{' '}
              {t('myData.requests.received', { date: formatDate(request.receivedAt.slice(0, 10), language) })}
              {request.closedAt === null &&
                ` · ${t('myData.requests.due', { date: formatDate(request.dueAt.slice(0, 10), language) })}`}
            </p>
            {request.rejectionReason && (
              <p>
                {t('myData.requests.reason')} {request.rejectionReason}
              </p>
            )}
            {request.history.length > 0 && <RequestHistory steps={request.history} />}
            {request.export && (
              <button
                type="button"
                className="button"
                aria-label={t('myData.export.downloadFor', {
                  date: formatDate(request.receivedAt.slice(0, 10), language),
                })}
                disabled={download.isPending}
                onClick={() => request.export && download.mutate(request.export.url)}
              >
                {t('myData.export.downloadAgain')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {download.isError && <ErrorMessage error={download.error} />}
      <LoadMore
        hasMore={requests.hasNextPage}
        loading={requests.isFetchingNextPage}
        onLoadMore={() => void requests.fetchNextPage()}
        shown={items.length}
      />
    </>
  );
}
