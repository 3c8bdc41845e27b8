import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import {
  fieldsByPath,
  REQUIRED,
  useApiForm,
  type CodeMessages,
  type FormField,
  type ValidationErrors,
} from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import type { ReceivedResponse } from '../api/list-received-responses';
import { usePlaceRespondent } from '../api/place-respondent';

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

/** Records that a respondent was placed: the first and last day; the fee schedule follows. */
export function PlacementForm({ assignmentId, response }: { assignmentId: string; response: ReceivedResponse }) {
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
