import { useId, useState } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { FieldErrorText, RadioGroup, TextAreaField, TextField } from '@/components/form';
import { fieldsByPath, maxLength, REQUIRED, useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { usePlaceHold, type LegalHoldInput } from '../api/retention';
import { categoryName } from './labels';

type Kind = 'subject' | 'record';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASON_MAX = 1000;
const KEY_MAX = 200;

/** T-5: hold a person's data, or one record of a category, with a reason. */
export function HoldForm({ categories }: { categories: readonly string[] }) {
  const { t } = useI18n();
  const place = usePlaceHold();
  const [kind, setKind] = useState<Kind>('subject');
  const [subjectId, setSubjectId] = useState('');
  const [category, setCategory] = useState('');
  const [recordKey, setRecordKey] = useState('');
  const [reason, setReason] = useState('');
  const [placed, setPlaced] = useState(false);
  const statusId = useId();
  const form = useApiForm({
    fieldAt: fieldsByPath({
      subjectId: { id: 'hold-subject', label: t('retention.place.subjectId') },
      category: { id: 'hold-category', label: t('retention.place.category') },
      recordKey: { id: 'hold-record-key', label: t('retention.place.recordKey') },
      reason: { id: 'hold-reason', label: t('retention.place.reason') },
    }),
    validate: () => {
      const issues: ValidationErrors = {};
      if (kind === 'subject' && !UUID.test(subjectId.trim()))
        issues.subjectId = { key: 'retention.place.subjectIdInvalid' };
      if (kind === 'record' && !category) issues.category = REQUIRED;
      if (kind === 'record' && !recordKey.trim()) issues.recordKey = REQUIRED;
      if (!reason.trim()) issues.reason = REQUIRED;
      else if (reason.length > REASON_MAX) issues.reason = maxLength(REASON_MAX);
      return issues;
    },
  });

  const input = (): LegalHoldInput =>
    kind === 'subject'
      ? { subjectId: subjectId.trim(), reason: reason.trim() }
      : { category, recordKey: recordKey.trim(), reason: reason.trim() };

  return (
    <form
      className="form"
      noValidate
      data-testid="hold-form"
      onSubmit={(event) => {
        setPlaced(false);
        form.submit(event, () =>
          place.mutateAsync(input()).then(() => {
            setPlaced(true);
            setSubjectId('');
            setRecordKey('');
            setReason('');
          }),
        );
      }}
    >
      <FormErrors form={form} failedHeading={t('retention.place.failed')} />
      <RadioGroup<Kind>
        id="hold-kind"
        name="hold-kind"
        legend={t('retention.place.kind')}
        value={kind}
        onValueChange={setKind}
        options={[
          {
            value: 'subject',
            label: t('retention.place.kind.subject'),
            description: t('retention.place.kind.subjectHint'),
            testId: 'hold-kind-subject',
          },
          {
            value: 'record',
            label: t('retention.place.kind.record'),
            description: t('retention.place.kind.recordHint'),
            testId: 'hold-kind-record',
          },
        ]}
      />
      {kind === 'subject' ? (
        <TextField
          id="hold-subject"
          label={t('retention.place.subjectId')}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={36}
          value={subjectId}
          error={form.errorFor('subjectId')}
          onValueChange={setSubjectId}
        />
      ) : (
        <>
          <div className={`field${form.errorFor('category') ? ' field--error' : ''}`}>
            <label htmlFor="hold-category" className="field__label">
              {t('retention.place.category')}
              <span className="field__required"> ({t('form.required')})</span>
            </label>
            <FieldErrorText id="hold-category" error={form.errorFor('category')} />
            <select
              id="hold-category"
              className="field__control"
              required
              value={category}
              aria-invalid={form.errorFor('category') ? true : undefined}
              aria-describedby={form.errorFor('category') ? 'hold-category-error' : undefined}
              onChange={(event) => setCategory(event.target.value)}
            >
              <option value="">{t('retention.place.chooseCategory')}</option>
              {categories.map((id) => (
                <option key={id} value={id}>
                  {categoryName(id, t)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id="hold-record-key"
            label={t('retention.place.recordKey')}
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={KEY_MAX}
            value={recordKey}
            error={form.errorFor('recordKey')}
            onValueChange={setRecordKey}
          />
        </>
      )}
      <TextAreaField
        id="hold-reason"
        label={t('retention.place.reason')}
        hint={t('retention.place.reasonHint')}
        required
        maxLength={REASON_MAX}
        rows={3}
        value={reason}
        error={form.errorFor('reason')}
        onValueChange={setReason}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('retention.place.submit')}
        </button>
        <p id={statusId} role="status" className="form-actions__status" data-testid="hold-placed">
          {placed && t('retention.place.done')}
        </p>
      </div>
    </form>
  );
}
