import { ErrorMessage } from '@/components/ErrorMessage';
import { ResponseAnswers, ResponseStatusBadge } from '@/components/ResponseDetails';
import { formatDateTime, useI18n } from '@/lib/i18n';
import { useDownloadResponseCv } from '../api/download-response-cv';
import { useReceivedResponses, type ReceivedResponse } from '../api/list-received-responses';
import { usePlacements } from '../api/list-placements';
import { FeeSchedule } from './FeeSchedule';
import { PlacementForm } from './PlacementForm';
import { StatusForm } from './StatusForm';

/**
 * The responses the poster received on /manage/:id: the respondent's details, answers and
 * motivation, the R-4 request to destroy the copy, the CV; move a response on (the respondent is
 * told), record a placement and see its fee schedule.
 */
export function ReceivedResponses({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const responses = useReceivedResponses(assignmentId);
  const placements = usePlacements(assignmentId);

  let content;
  if (responses.isPending) {
    content = <p role="status">{t('received.loading')}</p>;
  } else if (responses.isError) {
    content = <ErrorMessage error={responses.error} onRetry={() => void responses.refetch()} />;
  } else if (responses.data.items.length === 0) {
    content = <p data-testid="received-none">{t('received.none')}</p>;
  } else {
    const placed = new Set((placements.data?.items ?? []).map((placement) => placement.responseId));
    content = (
      <ol className="card-list">
        {responses.data.items.map((response) => (
          <ReceivedResponseItem
            key={response.id}
            assignmentId={assignmentId}

            response={response}
            placed={placed.has(response.id)}
          />
        ))}
      </ol>
    );
  }

  const names = new Map((responses.data?.items ?? []).map((response) => [response.id, response.name]));
  return (
    <section aria-labelledby="manage-responses" className="section" data-testid="received-responses">
      <h2 id="manage-responses">{t('received.title')}</h2>
      <p className="field__hint">{t('received.intro')}</p>
      {content}
      <section aria-labelledby="manage-placements" className="section" data-testid="placements">
        <h2 id="manage-placements">{t('placements.title')}</h2>
        <p className="field__hint" data-testid="placements-fee-rule">
          {t('placements.feeRule')}
        </p>
        {placements.isPending ? (
          <p role="status">{t('placements.loading')}</p>
        ) : placements.isError ? (
          <ErrorMessage error={placements.error} onRetry={() => void placements.refetch()} />
        ) : placements.data.items.length === 0 ? (
          <p>{t('placements.none')}</p>
        ) : (
          placements.data.items.map((placement) => (
            <FeeSchedule key={placement.id} placement={placement} name={names.get(placement.responseId)} />
          ))
        )}
      </section>
    </section>
  );
}

function ReceivedResponseItem({
  assignmentId,
  response,
  placed,
}: {
  assignmentId: string;
  response: ReceivedResponse;
  placed: boolean;
}) {
  const { t, language } = useI18n();
  const download = useDownloadResponseCv(assignmentId, response.id);
  const headingId = `received-${response.id}`;
  const active = response.status !== 'WITHDRAWN';
  const canMove = active && response.status !== 'PLACED';
  const canPlace = active && !placed && response.status !== 'PLACED';

  return (
    <li className="card" data-testid="received-response" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {response.name}
      </h3>
      <p>
        {t('received.status')}: <ResponseStatusBadge status={response.status} testId="received-response-status" />
      </p>
      <dl className="details details--compact">
        <div>
          <dt>{t('received.email')}</dt>
          <dd>
            <a href={`mailto:${response.email}`}>{response.email}</a>
          </dd>
        </div>
        {response.phone && (
          <div>
            <dt>{t('received.phone')}</dt>
            <dd>{response.phone}</dd>
          </div>
        )}
        <div>
          <dt>{t('received.receivedAt')}</dt>
          <dd>{formatDateTime(response.receivedAt, language)}</dd>
        </div>
      </dl>
      {response.thisAssignmentOnly && (
        <div className="notice" data-testid="received-this-assignment-only">
          <p className="notice__heading">{t('received.thisAssignmentOnlyTitle')}</p>
          <p>{t('received.thisAssignmentOnly')}</p>
        </div>
      )}
      <ResponseAnswers answers={response.answers} motivation={response.motivation} />
      {response.hasCv && (
        <p className="button-row">
          <button
            type="button"
            className="button"
            disabled={download.isPending}
            data-testid="received-cv"
            onClick={() => download.mutate()}
          >
            {t('received.downloadCv', { name: response.name })}
          </button>
        </p>
      )}
      {download.isError && <ErrorMessage error={download.error} heading={t('received.downloadFailed')} />}
      {canMove && <StatusForm assignmentId={assignmentId} response={response} />}
      {canPlace && <PlacementForm assignmentId={assignmentId} response={response} />}
    </li>
  );
}
