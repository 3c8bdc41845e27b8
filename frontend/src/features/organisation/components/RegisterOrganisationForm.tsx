import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import { fieldsByPath, maxLength, REQUIRED, useApiForm, type FormField, type ValidationErrors } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useRegisterOrganisation } from '../api/register-organisation';

export const KVK_PATTERN = /^[0-9]{8}$/;
const NAME_MAX = 200;
const KVK: FormField['messages'] = { required: REQUIRED, pattern: { key: 'validation.kvk' } };

export function validateOrganisation(name: string, kvkNumber: string): ValidationErrors {
  const errors: ValidationErrors = {};
  if (name.trim() === '') errors.name = REQUIRED;
  else if (name.trim().length > NAME_MAX) errors.name = maxLength(NAME_MAX);
  if (kvkNumber.trim() === '') errors.kvkNumber = REQUIRED;
  else if (!KVK_PATTERN.test(kvkNumber.trim())) errors.kvkNumber = { key: 'validation.kvk' };
  return errors;
}

export function RegisterOrganisationForm() {
  const { t } = useI18n();
  const register = useRegisterOrganisation();
  const [name, setName] = useState('');
  const [kvkNumber, setKvkNumber] = useState('');
  const fields = {
    name: {
      id: 'organisation-name-input',
      label: t('organisation.name'),
      messages: { required: REQUIRED, 'too-long': maxLength(NAME_MAX) },
    },
    kvkNumber: { id: 'organisation-kvk-input', label: t('organisation.kvk'), messages: KVK },
  } satisfies Record<string, FormField>;
  const form = useApiForm({ fieldAt: fieldsByPath(fields), validate: () => validateOrganisation(name, kvkNumber) });

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      await register.mutateAsync({ name: name.trim(), kvkNumber: kvkNumber.trim() });
      // The form is replaced by the details: move focus to their heading.
      setTimeout(() => document.getElementById('organisation-details-title')?.focus(), 0);
    });

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="organisation-register-title"
      data-testid="organisation-form"
    >
      <h2 id="organisation-register-title">{t('organisation.register.title')}</h2>
      <p>{t('organisation.register.intro')}</p>
      <FormErrors form={form} failedHeading={t('organisation.register.failed')} />
      <TextField
        id={fields.name.id}
        label={t('organisation.name')}
        required
        autoComplete="organization"
        value={name}
        onValueChange={setName}
        error={form.errorFor('name')}
      />
      <TextField
        id={fields.kvkNumber.id}
        label={t('organisation.kvk')}
        hint={t('organisation.kvk.hint')}
        required
        inputMode="numeric"
        autoComplete="off"
        value={kvkNumber}
        onValueChange={setKvkNumber}
        error={form.errorFor('kvkNumber')}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="organisation-register"
          disabled={form.submitting}
        >
          {t('organisation.register.submit')}
        </button>
      </div>
    </form>
  );
}
