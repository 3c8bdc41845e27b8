import { Link, useParams } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { formatDate, formatDateTime, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useRequestQueue } from '../api/privacy-office';
import { RequestActions } from '../components/RequestActions';
import { RequestHistory } from '@/components/RequestHistory';

/**
 * /privacy-officer/requests/:id: one open request with its history and the actions the API
 * offers. The API has no single-request read for staff; the request is taken from the queue.
 */
export function RequestDetailPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacyOffice.request.title'));
  return (
    <>
      <h1>{t('privacyOffice.request.title')}</h1>
      <RequireRole roles={[ROLES.privacyOfficer]}>
        <RequestDetail />
      </RequireRole>
      <p>
        <Link to="/privacy-officer/requests">{t('privacyOffice.request.back')}</Link>
      </p>
    </>
  );
}

function RequestDetail() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const queue = useRequestQueue();
  if (queue.isPending) return <p role="status">{t('privacyOffice.loading')}</p>;
  if (queue.isError && !queue.data) return <ErrorMessage error={queue.error} />;
  const queued = queue.data.pages.flatMap((page) => page.items).find(({ request }) => request.id === id);
  if (!queued) {
    return (
      <div className="notice" data-testid="request-not-open">
        <p>{t('privacyOffice.request.notOpen')}</p>
        {queue.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={queue.isFetchingNextPage}
            onClick={() => void queue.fetchNextPage()}
          >
            {t('privacyOffice.request.searchFurther')}
          </button>
        )}
      </div>
    );
  }
  const { request } = queued;
  return (
    <>
      <dl className="details" data-testid="request-detail">
        <div>
          <dt>{t('privacyOffice.queue.type')}</dt>
          <dd>{t(`privacyRequest.type.${request.type}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('privacyOffice.queue.status')}</dt>
          <dd>{t(`privacyRequest.status.${request.status}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('privacyOffice.request.subject')}</dt>
          <dd>
            <code>{queued.subjectId}</code>
          </dd>
        </div>
        <div>
          <dt>{t('privacyOffice.queue.received')}</dt>
          <dd>{formatDateTime(request.receivedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('privacyOffice.queue.due')}</dt>
          <dd>
            {formatDate(request.dueAt.slice(0, 10), language)}
            {request.overdue && <strong className="badge badge--danger"> {t('privacyRequest.overdue')}</strong>}
            {request.extensionMonths > 0 &&
              ` (${t('privacyOffice.request.extended', { count: request.extensionMonths })})`}
          </dd>
        </div>
        <div>
          <dt>{t('privacyOffice.request.details')}</dt>
          <dd>{request.details ?? <em>{t('privacyOffice.request.noDetails')}</em>}</dd>
        </div>
      </dl>
      {request.history.length > 0 && (
        <>
          <h2>{t('privacyOffice.request.history')}</h2>
          <RequestHistory steps={request.history} />
        </>
      )}
      <RequestActions queued={queued} />
    </>
  );
}
