import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import type { PrivacyRequest } from '../api/privacy-request';
import { RequestHistory } from '@/components/RequestHistory';

/** A request by e-mail as the API reports it: type, status, deadline, reason and every step. */
export function RequestOutcome({ request }: { request: PrivacyRequest }) {
  const { t, language } = useI18n();
  return (
    <div className="card" data-testid="privacy-request-outcome">
      <h2 className="card__title">{t(`privacyRequest.type.${request.type}` as MessageKey)}</h2>
      <p className="card__meta">
        <span className="badge" data-testid="privacy-request-status">
          {t(`privacyRequest.status.${request.status}` as MessageKey)}
        </span>{' '}
        {request.closedAt === null
          ? t('publicRequest.outcome.due', { date: formatDate(request.dueAt.slice(0, 10), language) })
          : t('publicRequest.outcome.closed', { date: formatDate(request.closedAt.slice(0, 10), language) })}
      </p>
      {request.rejectionReason && (
        <p>
          {t('publicRequest.outcome.reason')} {request.rejectionReason}
        </p>
      )}
      {request.history.length > 0 && (
        <>
          <h3>{t('publicRequest.outcome.history')}</h3>
          <RequestHistory steps={request.history} />
        </>
      )}
    </div>
  );
}
