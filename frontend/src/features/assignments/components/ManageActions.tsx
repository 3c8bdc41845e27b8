import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { TextAreaField } from '@/components/form';
import { fieldsByPath, maxLength, useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useArchiveAssignment } from '../api/archive-assignment';
import { useCloseAssignment } from '../api/close-assignment';
import type { ManagedAssignment } from '../api/get-managed-assignment';
import { useReportProgress, type ProcedureStatus } from '../api/report-progress';
import { useSubmitAssignment } from '../api/submit-assignment';
import { useUpdateManagedAssignment } from '../api/update-managed-assignment';
import { fromManagedAssignment, toAssignmentInput } from './assignment-form-model';
import { AssignmentForm } from './AssignmentForm';

const PROGRESS_MESSAGE_MAX = 2000;
const PROCEDURE_STATUSES: ProcedureStatus[] = ['OPEN', 'SELECTING', 'FILLED', 'CANCELLED'];

/**
 * What the poster can do in this status (A-3: transitions are explicit endpoints). The API
 * decides: a 409 (e.g. the status changed meanwhile) is shown right here.
 */
export function ManageActions({ assignment }: { assignment: ManagedAssignment }) {
  const { t } = useI18n();
  const submit = useSubmitAssignment(assignment.id);
  const close = useCloseAssignment(assignment.id);
  const archive = useArchiveAssignment(assignment.id);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const status = assignment.status;
  const actionError = submit.error ?? close.error ?? archive.error;

  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  const run = (
    mutation: { mutate: (v: void, o: { onSuccess: () => void }) => void; reset: () => void },
    message: MessageKey,
  ) => {
    submit.reset();
    close.reset();
    archive.reset();
    setDone('');
    mutation.mutate(undefined, { onSuccess: () => setDone(t(message)) });
  };

  const canReport = status === 'PUBLISHED' || status === 'CLOSED';
  const pending = submit.isPending || close.isPending || archive.isPending;

  return (
    <section aria-labelledby="manage-actions" className="section" data-testid="manage-actions">
      <h2 id="manage-actions">{t('manage.actions.title')}</h2>
      <p ref={statusRef} tabIndex={-1} role="status" data-testid="manage-action-done">
        {done}
      </p>
      {actionError && <ErrorMessage error={actionError} heading={t('manage.actions.failed')} />}
      <div className="button-row">
        {status === 'DRAFT' && (
          <>
            <button
              type="button"
              className="button"
              aria-expanded={editing}
              aria-controls="manage-edit"
              data-testid="manage-edit"
              onClick={() => setEditing((v) => !v)}
            >
              {t(editing ? 'manage.actions.stopEditing' : 'manage.actions.edit')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={pending}
              data-testid="manage-submit"
              onClick={() => run(submit, 'manage.actions.submitted')}
            >
              {t('manage.actions.submit')}
            </button>
          </>
        )}
        {status === 'PUBLISHED' && (
          <button
            type="button"
            className="button"
            disabled={pending}
            data-testid="manage-close"
            onClick={() => run(close, 'manage.actions.closed')}
          >
            {t('manage.actions.close')}
          </button>
        )}
        {status === 'CLOSED' && (
          <button
            type="button"
            className="button"
            disabled={pending}
            data-testid="manage-archive"
            onClick={() => run(archive, 'manage.actions.archived')}
          >
            {t('manage.actions.archive')}
          </button>
        )}
      </div>
      {!['DRAFT', 'PUBLISHED', 'CLOSED'].includes(status) && <p>{t('manage.actions.none')}</p>}
      {status === 'DRAFT' && editing && (
        <div id="manage-edit">
          <EditDraft
            assignment={assignment}

            onSaved={() => {
              setEditing(false);
              setDone(t('manage.actions.saved'));
            }}
          />
        </div>
      )}
      {canReport && <ReportProgressForm assignment={assignment} />}
    </section>
  );
}

function EditDraft({ assignment, onSaved }: { assignment: ManagedAssignment; onSaved: () => void }) {
  const { t } = useI18n();
  const update = useUpdateManagedAssignment(assignment.id);
  const [initial] = useState(() => fromManagedAssignment(assignment));
  const asOrganisation = !assignment.poster;
  return (
    <AssignmentForm
      initial={initial}
      withPoster={false}
      showNameOrganisation={asOrganisation}
      submitLabel={t('manage.actions.save')}
      testId="manage-edit-form"
      onValidSubmit={async (values) => {
        await update.mutateAsync(toAssignmentInput(values, { withNameOrganisation: asOrganisation }));
        onSaved();
      }}
    />
  );
}

function ReportProgressForm({ assignment }: { assignment: ManagedAssignment }) {
  const { t } = useI18n();
  const report = useReportProgress(assignment.id);
  const [status, setStatus] = useState<ProcedureStatus>(assignment.procedureStatus);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const form = useApiForm({
    fieldAt: fieldsByPath({
      status: { id: `progress-status-${status}`, label: t('manage.progress.status') },
      message: {
        id: 'progress-message',
        label: t('manage.progress.message'),
        messages: { 'too-long': maxLength(PROGRESS_MESSAGE_MAX) },
      },
    }),
    validate: (): ValidationErrors =>
      message.trim().length > PROGRESS_MESSAGE_MAX ? { message: maxLength(PROGRESS_MESSAGE_MAX) } : {},
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      setSent(false);
      await report.mutateAsync({ status, message: message.trim() || undefined });
      setMessage('');
      setSent(true);
    });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="progress-title" data-testid="progress-form">
      <h3 id="progress-title">{t('manage.progress.title')}</h3>
      <p className="field__hint">{t('manage.progress.hint')}</p>
      <FormErrors form={form} failedHeading={t('manage.progress.failed')} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('manage.progress.status')}</legend>
        {PROCEDURE_STATUSES.map((option) => (
          <div key={option} className="radio">
            <input
              id={`progress-status-${option}`}
              type="radio"
              name="procedure-status"
              value={option}
              checked={status === option}
              data-testid={`progress-${option}`}
              onChange={() => setStatus(option)}
            />
            <label htmlFor={`progress-status-${option}`} className="radio__label">
              {t(`assignment.procedure.${option}` as MessageKey)}
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id="progress-message"
        label={t('manage.progress.message')}
        hint={t('manage.progress.messageHint')}
        error={form.errorFor('message')}
        value={message}
        onValueChange={setMessage}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.submitting}
          data-testid="progress-submit"
        >
          {t('manage.progress.submit')}
        </button>
        <p role="status" className="form-actions__status">
          {sent ? t('manage.progress.sent') : ''}
        </p>
      </div>
    </form>
  );
}
