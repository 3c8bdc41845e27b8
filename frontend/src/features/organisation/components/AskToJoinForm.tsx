import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import { fieldsByPath, REQUIRED, useApiForm, type FormField, type ValidationErrors } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAskToJoin } from '../api/colleagues';
import { KVK_PATTERN } from './RegisterOrganisationForm';

const KVK: FormField['messages'] = {
  required: REQUIRED,
  pattern: { key: 'validation.kvk' },
  'unknown-reference': { key: 'colleagues.join.unknownKvk' },
};

/** O-2: a client whose organisation is already registered asks its members to let them join. */
export function AskToJoinForm() {
  const { t } = useI18n();
  const ask = useAskToJoin();
  const [kvkNumber, setKvkNumber] = useState('');
  const fields = {
    kvkNumber: { id: 'join-kvk-input', label: t('colleagues.join.kvk'), messages: KVK },
  } satisfies Record<string, FormField>;
  const form = useApiForm({
    fieldAt: fieldsByPath(fields),
    validate: (): ValidationErrors =>
      kvkNumber.trim() === ''
        ? { kvkNumber: REQUIRED }
        : KVK_PATTERN.test(kvkNumber.trim())
          ? {}
          : { kvkNumber: { key: 'validation.kvk' } },
  });
  if (ask.isSuccess) {
    return (
      <p className="notice notice--success" role="status" data-testid="join-asked">
        {t('colleagues.join.asked', { organisation: ask.data.organisation })}
      </p>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => form.submit(event, () => ask.mutateAsync(kvkNumber.trim()));
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="join-title" data-testid="join-form">
      <h2 id="join-title">{t('colleagues.join.title')}</h2>
      <p>{t('colleagues.join.intro')}</p>
      <FormErrors form={form} failedHeading={t('colleagues.join.failed')} />
      <TextField
        id={fields.kvkNumber.id}
        label={t('colleagues.join.kvk')}
        required
        inputMode="numeric"
        autoComplete="off"
        value={kvkNumber}
        onValueChange={setKvkNumber}
        error={form.errorFor('kvkNumber')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting} data-testid="join-submit">
          {t('colleagues.join.submit')}
        </button>
      </div>
    </form>
  );
}
