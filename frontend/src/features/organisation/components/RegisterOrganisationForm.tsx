import { useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ErrorSummary, TextField, type SummaryError } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useRegisterOrganisation } from '../api/register-organisation';

export const KVK_PATTERN = /^[0-9]{8}$/;
const NAME_MAX = 200;

type Field = 'name' | 'kvkNumber';
const IDS: Record<Field, string> = { name: 'organisation-name-input', kvkNumber: 'organisation-kvk-input' };
const LABELS: Record<Field, MessageKey> = { name: 'organisation.name', kvkNumber: 'organisation.kvk' };

export function validateOrganisation(name: string, kvkNumber: string): Partial<Record<Field, MessageKey>> {
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (name.trim() === '') errors.name = 'validation.required';
  else if (name.trim().length > NAME_MAX) errors.name = 'validation.maxLength';
  if (kvkNumber.trim() === '') errors.kvkNumber = 'validation.required';
  else if (!KVK_PATTERN.test(kvkNumber.trim())) errors.kvkNumber = 'validation.kvk';
  return errors;
}

export function RegisterOrganisationForm() {
  const { t } = useI18n();
  const register = useRegisterOrganisation();
  const [name, setName] = useState('');
  const [kvkNumber, setKvkNumber] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  function show(next: Partial<Record<Field, string>>, extra: SummaryError[] = []) {
    setErrors(next);
    const entries: SummaryError[] = (Object.keys(next) as Field[]).map((field) => ({
      targetId: IDS[field],
      label: t(LABELS[field]),
      message: next[field] ?? '',
    }));
    setSummary([...entries, ...extra]);
    // Focus after React has rendered the summary.
    setTimeout(() => summaryRef.current?.focus(), 0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.reset();
    const issues = validateOrganisation(name, kvkNumber);
    if (Object.keys(issues).length > 0) {
      const messages: Partial<Record<Field, string>> = {};
      for (const field of Object.keys(issues) as Field[]) {
        const key = issues[field];
        if (key) messages[field] = t(key, { max: NAME_MAX });
      }
      show(messages);
      return;
    }
    setErrors({});
    setSummary([]);
    register.mutate(
      { name: name.trim(), kvkNumber: kvkNumber.trim() },
      {
        // The form is replaced by the details: move focus to their heading.
        onSuccess: () => setTimeout(() => document.getElementById('organisation-details-title')?.focus(), 0),
        onError: (error) => {
          const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
          if (fieldErrors.length === 0) return;
          const messages: Partial<Record<Field, string>> = {};
          const extra: SummaryError[] = [];
          for (const fieldError of fieldErrors) {
            if (fieldError.field === 'name' || fieldError.field === 'kvkNumber')
              messages[fieldError.field] = fieldError.message ?? '';
            else extra.push({ label: fieldError.field, message: fieldError.message ?? '' });
          }
          show(messages, extra);
        },
      },
    );
  }

  const otherError =
    register.isError && !(register.error instanceof ApiError && (register.error.problem?.errors?.length ?? 0) > 0)
      ? register.error
      : undefined;

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
      <ErrorSummary ref={summaryRef} errors={summary} />
      {otherError !== undefined && <ErrorMessage error={otherError} heading={t('organisation.register.failed')} />}
      <TextField
        id={IDS.name}
        label={t('organisation.name')}
        required
        autoComplete="organization"
        value={name}
        onValueChange={setName}
        error={errors.name}
      />
      <TextField
        id={IDS.kvkNumber}
        label={t('organisation.kvk')}
        hint={t('organisation.kvk.hint')}
        required
        inputMode="numeric"
        autoComplete="off"
        value={kvkNumber}
        onValueChange={setKvkNumber}
        error={errors.kvkNumber}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="organisation-register"
          disabled={register.isPending}
        >
          {t('organisation.register.submit')}
        </button>
      </div>
    </form>
  );
}
