import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { fieldsByPath, useApiForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { ReceivedResponse } from '../api/list-received-responses';
import { useSetResponseStatus, type PosterResponseStatus } from '../api/set-response-status';

const POSTER_STATUSES: PosterResponseStatus[] = ['IN_REVIEW', 'SHORTLISTED', 'REJECTED'];

/** Moves a received response on (in review, shortlisted, rejected); the respondent is told. */
export function StatusForm({ assignmentId, response }: { assignmentId: string; response: ReceivedResponse }) {
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
