import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { FieldErrorText } from '@/components/form';
import { fieldsByPath, useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { ReceivedResponse } from '../api/list-received-responses';

type ResponseStatus = ReceivedResponse['status'];
import { useSetResponseStatus, type PosterResponseStatus } from '../api/set-response-status';

const POSTER_STATUSES: PosterResponseStatus[] = ['IN_REVIEW', 'SHORTLISTED', 'REJECTED'];

/** Moves a received response on (in review, shortlisted, rejected); the respondent is told. */
export function StatusForm({ assignmentId, response }: { assignmentId: string; response: ReceivedResponse }) {
  const { t } = useI18n();
  const setStatus = useSetResponseStatus(assignmentId, response.id);
  // Issue 16: the list starts at the status the badge shows, in the same words; a status the poster
  // cannot choose (RECEIVED) is shown as the current one but cannot be sent.
  const current = response.status;
  const options: ResponseStatus[] = POSTER_STATUSES.includes(current as PosterResponseStatus)
    ? POSTER_STATUSES
    : [current, ...POSTER_STATUSES];
  const [status, setStatusValue] = useState<ResponseStatus>(current);
  const [done, setDone] = useState('');
  const selectId = `received-status-${response.id}`;

  const form = useApiForm({
    fieldAt: fieldsByPath({ status: { id: selectId, label: t('received.changeStatus', { name: response.name }) } }),
    validate: (): ValidationErrors => (status === current ? { status: { key: 'received.statusUnchanged' } } : {}),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      setDone('');
      const saved = await setStatus.mutateAsync(status as PosterResponseStatus);
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
        <FieldErrorText id={selectId} error={form.errorFor('status')} />
        <select
          id={selectId}
          className="field__control"
          value={status}
          aria-invalid={form.errorFor('status') ? true : undefined}
          aria-describedby={form.errorFor('status') ? `${selectId}-error` : undefined}
          data-testid="received-status-select"
          onChange={(event) => setStatusValue(event.target.value as ResponseStatus)}
        >
          {options.map((option) => (
            <option key={option} value={option} disabled={!POSTER_STATUSES.includes(option as PosterResponseStatus)}>
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
