import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import { ResponseAnswers, ResponseStatusBadge } from '@/components/ResponseDetails';
import {
  fieldsByPath,
  REQUIRED,
  useApiForm,
  type CodeMessages,
  type FormField,
  type ValidationErrors,
} from '@/lib/forms';
import { formatDate, formatDateTime, formatEuros, useI18n, type MessageKey } from '@/lib/i18n';
import { useDownloadResponseCv } from '../api/download-response-cv';
import { useReceivedResponses, type ReceivedResponse } from '../api/list-received-responses';
import { usePlacements } from '../api/list-placements';
import { usePlaceRespondent, type Placement } from '../api/place-respondent';
import { useSetResponseStatus, type PosterResponseStatus } from '../api/set-response-status';

const POSTER_STATUSES: PosterResponseStatus[] = ['IN_REVIEW', 'SHORTLISTED', 'REJECTED'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const PLACEMENT_DATE: CodeMessages = { required: REQUIRED, format: { key: 'validation.date' } };

/** Both days required as dates, the last not before the first (the server checks the same). */
function validatePlacement(startDate: string, endDate: string): ValidationErrors {
  const errors: ValidationErrors = {};
  if (!DATE_PATTERN.test(startDate)) errors.startDate = startDate ? { key: 'validation.date' } : REQUIRED;
  if (!DATE_PATTERN.test(endDate)) errors.endDate = endDate ? { key: 'validation.date' } : REQUIRED;
  if (!errors.startDate && !errors.endDate && endDate < startDate) {
    errors.endDate = { key: 'placements.validation.endBeforeStart' };
  }
  return errors;
}

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

function StatusForm({ assignmentId, response }: { assignmentId: string; response: ReceivedResponse }) {
  const { t } = useI18n();
  const setStatus = useSetResponseStatus(assignmentId, response.id);
  const initial = POSTER_STATUSES.includes(response.status as PosterResponseStatus)
    ? (response.status as PosterResponseStatus)
    : 'IN_REVIEW';
  const [status, setStatusValue] = useState<PosterResponseStatus>(initial);
  const [done, setDone] = useState('');
  const selectId = `received-status-${response.id}`;

  const form = useApiForm({
    fieldAt: fieldsByPath({ status: { id: selectId, label: t('received.changeStatus', { name: response.name }) } }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      setDone('');
      const saved = await setStatus.mutateAsync(status);
      setDone(
        t('received.statusSaved', { name: saved.name, status: t(`response.status.${saved.status}` as MessageKey) }),
      );
    });

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit} data-testid="received-status-form">
      <FormErrors form={form} failedHeading={t('received.statusFailed')} />
      <div className="field">
        <label htmlFor={selectId} className="field__label">
          {t('received.changeStatus', { name: response.name })}
        </label>
        <select
          id={selectId}
          className="field__control"
          value={status}
          data-testid="received-status-select"
          onChange={(event) => setStatusValue(event.target.value as PosterResponseStatus)}
        >
          {POSTER_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`response.status.${option}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={form.submitting} data-testid="received-status-submit">
        {t('received.saveStatus')}
      </button>
      <p role="status" className="form-actions__status" data-testid="received-status-done">
        {done}
      </p>
    </form>
  );
}

function PlacementForm({ assignmentId, response }: { assignmentId: string; response: ReceivedResponse }) {
  const { t } = useI18n();
  const place = usePlaceRespondent(assignmentId, response.id);
  const [open, setOpen] = useState(false);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const formId = `placement-${response.id}`;
  const fields = {
    startDate: { id: `${formId}-start`, label: t('placements.startDate'), messages: PLACEMENT_DATE },
    endDate: {
      id: `${formId}-end`,
      label: t('placements.endDate'),
      messages: { ...PLACEMENT_DATE, range: { key: 'placements.validation.endBeforeStart' } },
    },
  } satisfies Record<string, FormField>;
  const form = useApiForm({ fieldAt: fieldsByPath(fields), validate: () => validatePlacement(startDate, endDate) });

  useEffect(() => {
    if (open) firstFieldRef.current?.focus();
  }, [open]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () => place.mutateAsync({ startDate, endDate }));

  if (!open) {
    return (
      <p className="button-row">
        <button
          type="button"
          className="button"
          aria-expanded={false}
          aria-controls={formId}
          data-testid="received-place"
          onClick={() => setOpen(true)}
        >
          {t('placements.start', { name: response.name })}
        </button>
      </p>
    );
  }
  return (
    <form
      id={formId}
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${formId}-title`}
      data-testid="placement-form"
    >
      <h4 id={`${formId}-title`}>{t('placements.formTitle', { name: response.name })}</h4>
      <p className="field__hint">{t('placements.formHint')}</p>
      <FormErrors form={form} failedHeading={t('placements.failed')} />
      <div className="form-grid">
        <TextField
          ref={firstFieldRef}
          id={fields.startDate.id}
          type="date"
          required
          label={t('placements.startDate')}
          error={form.errorFor('startDate')}
          value={startDate}
          onValueChange={setStartDate}
        />
        <TextField
          id={fields.endDate.id}
          type="date"
          required
          label={t('placements.endDate')}
          hint={t('placements.endDateHint')}
          error={form.errorFor('endDate')}
          value={endDate}
          onValueChange={setEndDate}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.submitting}
          data-testid="placement-submit"
        >
          {t('placements.submit')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('placements.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A placement's invoices: period, amount excl. VAT, issue date, and the total. */
function FeeSchedule({ placement, name }: { placement: Placement; name: string | undefined }) {
  const { t, language } = useI18n();
  const period = `${formatDate(placement.startDate, language)} – ${formatDate(placement.endDate, language)}`;
  return (
    <div className="table-wrap" data-testid="placement">
      <table className="table">
        <caption>{t('placements.caption', { name: name ?? t('placements.unknownName'), period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('placements.period')}</th>
            <th scope="col">{t('placements.amount')}</th>
            <th scope="col">{t('placements.issuedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {placement.invoices.map((invoice) => (
            <tr key={invoice.periodStart} data-testid="placement-invoice">
              <td>
                {formatDate(invoice.periodStart, language)} – {formatDate(invoice.periodEnd, language)}
              </td>
              <td data-testid="placement-invoice-amount">{formatEuros(invoice.amountCents, language)}</td>
              <td>{formatDate(invoice.issuedOn, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('placements.total')}</th>
            <td data-testid="placement-total">{formatEuros(placement.totalCents, language)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
