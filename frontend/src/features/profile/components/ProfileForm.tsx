import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import {
  CheckboxField,
  ErrorSummary,
  RadioGroup,
  TextAreaField,
  TextField,
  type SummaryError,
} from '@/components/form';
import { ApiError } from '@/lib/api';
import { useFocusAfterRender } from '@/lib/focus';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useSaveMyProfile } from '../api/save-my-profile';
import {
  emptyEducation,
  emptyExperience,
  fieldId,
  formFieldOf,
  LIMITS,
  toProfileInput,
  validateProfileForm,
  VISIBILITIES,
  type EducationRow,
  type ExperienceRow,
  type ProfileFormValues,
  type ValidationErrors,
} from './profile-form-model';

const EXPERIENCE_FIELDS = ['role', 'clientName', 'startMonth', 'endMonth', 'tasks'] as const;
const EDUCATION_FIELDS = ['institution', 'qualification', 'year'] as const;

const STATIC_LABELS: Record<string, MessageKey> = {
  visibility: 'profile.visibility.legend',
  displayName: 'profile.displayName',
  headline: 'profile.headline',
  summary: 'profile.summary',
  freeTextPublic: 'profile.freeTextPublic',
  skills: 'profile.skills',
  experience: 'profile.experience.title',
  education: 'profile.education.title',
  region: 'profile.postcodeArea',
  availableFrom: 'profile.availableFrom',
  hoursPerWeek: 'profile.hoursPerWeek',
  rateMinCents: 'profile.rateMin',
  rateMaxCents: 'profile.rateMax',
  languages: 'profile.languages',
  'contact.email': 'profile.contact.email',
  'contact.phone': 'profile.contact.phone',
  'contact.callTimes': 'profile.contact.callTimes',
};

interface ProfileFormProps {
  initial: ProfileFormValues;
  isNew: boolean;
}

/**
 * The whole own profile in one form (PUT replaces it). Client-side checks mirror ProfileInput's
 * limits; the server's problem+json field errors are shown on the same inputs.
 */
export function ProfileForm({ initial, isNew }: ProfileFormProps) {
  const { t } = useI18n();
  const save = useSaveMyProfile();
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<{ title?: string; errors: SummaryError[] }>({ errors: [] });
  const [summaryVersion, setSummaryVersion] = useState(0);
  const [savedMessage, setSavedMessage] = useState('');
  const setFocusTarget = useFocusAfterRender();
  const summaryRef = useRef<HTMLDivElement>(null);
  const addExperienceRef = useRef<HTMLButtonElement>(null);
  const addEducationRef = useRef<HTMLButtonElement>(null);

  // After the first submit, field messages follow the input as it is corrected.
  const clientErrors: ValidationErrors = useMemo(
    () => (attempted ? validateProfileForm(values) : {}),
    [attempted, values],
  );

  useEffect(() => {
    if (summaryVersion > 0) summaryRef.current?.focus();
  }, [summaryVersion]);

  const knownPaths = useMemo(() => {
    const paths = new Set(Object.keys(STATIC_LABELS));
    values.experience.forEach((_, index) =>
      EXPERIENCE_FIELDS.forEach((field) => paths.add(`experience[${index}].${field}`)),
    );
    values.education.forEach((_, index) =>
      EDUCATION_FIELDS.forEach((field) => paths.add(`education[${index}].${field}`)),
    );
    return paths;
  }, [values.experience, values.education]);

  function labelOf(path: string): string | undefined {
    const staticKey = STATIC_LABELS[path];
    if (staticKey) return t(staticKey);
    const row = /^(experience|education)\[(\d+)\]\.(\w+)$/.exec(path);
    if (row) {
      const [, list, index, field] = row;
      const entry = t(list === 'experience' ? 'profile.experience.entry' : 'profile.education.entry', {
        n: Number(index) + 1,
      });
      return `${entry}, ${t(`profile.${list as 'experience' | 'education'}.${field}` as MessageKey)}`;
    }
    return undefined;
  }

  function errorFor(path: string): string | undefined {
    const issue = clientErrors[path];
    if (issue) return t(issue.key, issue.params);
    return serverErrors[path];
  }

  function update<K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setSavedMessage('');
  }

  function updateExperience(index: number, field: keyof Omit<ExperienceRow, 'key'>, value: string) {
    setValues((current) => ({
      ...current,
      experience: current.experience.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    setSavedMessage('');
  }

  function updateEducation(index: number, field: keyof Omit<EducationRow, 'key'>, value: string) {
    setValues((current) => ({
      ...current,
      education: current.education.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    setSavedMessage('');
  }

  function showSummary(errors: SummaryError[], title?: string) {
    setSummary({ errors, title });
    setSummaryVersion((version) => version + 1);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    setSavedMessage('');
    setServerErrors({});
    save.reset();
    const errors = validateProfileForm(values);
    const paths = Object.keys(errors);
    if (paths.length > 0) {
      showSummary(
        paths.map((path) => {
          const issue = errors[path];
          return { targetId: fieldId(path), label: labelOf(path), message: issue ? t(issue.key, issue.params) : '' };
        }),
      );
      return;
    }
    setSummary({ errors: [] });
    save.mutate(toProfileInput(values), {
      onSuccess: () => setSavedMessage(t('profile.saved')),
      onError: (error) => {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        if (fieldErrors.length === 0) return;
        const byField: Record<string, string> = {};
        const entries: SummaryError[] = [];
        for (const fieldError of fieldErrors) {
          const message = fieldError.message ?? '';
          const path = fieldError.field ? formFieldOf(fieldError.field) : undefined;
          if (path && knownPaths.has(path)) {
            byField[path] = byField[path] ? `${byField[path]}; ${message}` : message;
            entries.push({ targetId: fieldId(path), label: labelOf(path), message });
          } else {
            entries.push({ label: fieldError.field, message });
          }
        }
        setServerErrors(byField);
        showSummary(entries, error instanceof ApiError ? error.problem?.title : undefined);
      },
    });
  }

  const otherSaveError =
    save.isError && !(save.error instanceof ApiError && (save.error.problem?.errors?.length ?? 0) > 0)
      ? save.error
      : undefined;

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="profile-form-title"
      data-testid="profile-form"
    >
      <h2 id="profile-form-title">{t(isNew ? 'profile.form.titleNew' : 'profile.form.title')}</h2>
      {isNew && <p data-testid="profile-new">{t('profile.form.newIntro')}</p>}
      <p className="field__hint">{t('form.requiredExplained')}</p>

      <ErrorSummary ref={summaryRef} errors={summary.errors} title={summary.title} />
      {otherSaveError !== undefined && <ErrorMessage error={otherSaveError} heading={t('profile.saveFailed')} />}

      <RadioGroup
        id={fieldId('visibility')}
        name="visibility"
        legend={t('profile.visibility.legend')}
        value={values.visibility}
        onValueChange={(value) => update('visibility', value)}
        error={errorFor('visibility')}
        options={VISIBILITIES.map((visibility) => ({
          value: visibility,
          label: t(`profile.visibility.${visibility}` as MessageKey),
          description: t(`profile.visibility.${visibility}.explain` as MessageKey),
          testId: `visibility-${visibility}`,
        }))}
      />

      <h3>{t('profile.section.about')}</h3>
      <TextField
        id={fieldId('displayName')}
        label={t('profile.displayName')}
        hint={t('profile.displayName.hint')}
        required
        autoComplete="name"
        value={values.displayName}
        onValueChange={(value) => update('displayName', value)}
        error={errorFor('displayName')}
      />
      <TextField
        id={fieldId('headline')}
        label={t('profile.headline')}
        hint={t('profile.headline.hint')}
        required
        value={values.headline}
        onValueChange={(value) => update('headline', value)}
        error={errorFor('headline')}
      />
      <TextAreaField
        id={fieldId('summary')}
        label={t('profile.summary')}
        hint={t('profile.summary.hint', { max: LIMITS.summary })}
        rows={6}
        value={values.summary}
        onValueChange={(value) => update('summary', value)}
        error={errorFor('summary')}
      />
      <CheckboxField
        id={fieldId('freeTextPublic')}
        label={t('profile.freeTextPublic')}
        hint={t('profile.freeTextPublic.hint')}
        checked={values.freeTextPublic}
        onCheckedChange={(checked) => update('freeTextPublic', checked)}
      />
      <TextField
        id={fieldId('skills')}
        label={t('profile.skills')}
        hint={t('profile.skills.hint', { max: LIMITS.skills })}
        value={values.skills}
        onValueChange={(value) => update('skills', value)}
        error={errorFor('skills')}
      />

      <h3 id="profile-experience-title">{t('profile.experience.title')}</h3>
      {errorFor('experience') && (
        <p className="field__error" id={fieldId('experience')}>
          {errorFor('experience')}
        </p>
      )}
      {values.experience.length === 0 && <p>{t('profile.experience.none')}</p>}
      {values.experience.map((row, index) => {
        const n = index + 1;
        const path = (field: string) => `experience[${index}].${field}`;
        return (
          <fieldset key={row.key} className="fieldset fieldset--entry" data-testid="experience-entry">
            <legend className="fieldset__legend">{t('profile.experience.entry', { n })}</legend>
            <div className="form-grid">
              <TextField
                id={fieldId(path('role'))}
                label={t('profile.experience.role')}
                required
                value={row.role}
                onValueChange={(value) => updateExperience(index, 'role', value)}
                error={errorFor(path('role'))}
              />
              <TextField
                id={fieldId(path('clientName'))}
                label={t('profile.experience.clientName')}
                hint={t('profile.experience.clientName.hint')}
                value={row.clientName}
                onValueChange={(value) => updateExperience(index, 'clientName', value)}
                error={errorFor(path('clientName'))}
              />
              <TextField
                id={fieldId(path('startMonth'))}
                label={t('profile.experience.startMonth')}
                hint={t('profile.month.hint')}
                required
                inputMode="numeric"
                value={row.startMonth}
                onValueChange={(value) => updateExperience(index, 'startMonth', value)}
                error={errorFor(path('startMonth'))}
              />
              <TextField
                id={fieldId(path('endMonth'))}
                label={t('profile.experience.endMonth')}
                hint={t('profile.experience.endMonth.hint')}
                inputMode="numeric"
                value={row.endMonth}
                onValueChange={(value) => updateExperience(index, 'endMonth', value)}
                error={errorFor(path('endMonth'))}
              />
            </div>
            <TextAreaField
              id={fieldId(path('tasks'))}
              label={t('profile.experience.tasks')}
              rows={3}
              value={row.tasks}
              onValueChange={(value) => updateExperience(index, 'tasks', value)}
              error={errorFor(path('tasks'))}
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                update(
                  'experience',
                  values.experience.filter((_, i) => i !== index),
                );
                addExperienceRef.current?.focus();
              }}
            >
              {t('profile.experience.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          ref={addExperienceRef}
          type="button"
          className="button"
          data-testid="add-experience"
          disabled={values.experience.length >= LIMITS.experience}
          onClick={() => {
            update('experience', [...values.experience, emptyExperience()]);
            setFocusTarget(fieldId(`experience[${values.experience.length}].role`));
          }}
        >
          {t('profile.experience.add')}
        </button>
      </p>

      <h3>{t('profile.education.title')}</h3>
      {errorFor('education') && (
        <p className="field__error" id={fieldId('education')}>
          {errorFor('education')}
        </p>
      )}
      {values.education.length === 0 && <p>{t('profile.education.none')}</p>}
      {values.education.map((row, index) => {
        const n = index + 1;
        const path = (field: string) => `education[${index}].${field}`;
        return (
          <fieldset key={row.key} className="fieldset fieldset--entry" data-testid="education-entry">
            <legend className="fieldset__legend">{t('profile.education.entry', { n })}</legend>
            <div className="form-grid">
              <TextField
                id={fieldId(path('qualification'))}
                label={t('profile.education.qualification')}
                required
                value={row.qualification}
                onValueChange={(value) => updateEducation(index, 'qualification', value)}
                error={errorFor(path('qualification'))}
              />
              <TextField
                id={fieldId(path('institution'))}
                label={t('profile.education.institution')}
                hint={t('profile.education.institution.hint')}
                value={row.institution}
                onValueChange={(value) => updateEducation(index, 'institution', value)}
                error={errorFor(path('institution'))}
              />
              <TextField
                id={fieldId(path('year'))}
                label={t('profile.education.year')}
                inputMode="numeric"
                value={row.year}
                onValueChange={(value) => updateEducation(index, 'year', value)}
                error={errorFor(path('year'))}
              />
            </div>
            <button
              type="button"
              className="button"
              onClick={() => {
                update(
                  'education',
                  values.education.filter((_, i) => i !== index),
                );
                addEducationRef.current?.focus();
              }}
            >
              {t('profile.education.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          ref={addEducationRef}
          type="button"
          className="button"
          data-testid="add-education"
          disabled={values.education.length >= LIMITS.education}
          onClick={() => {
            update('education', [...values.education, emptyEducation()]);
            setFocusTarget(fieldId(`education[${values.education.length}].qualification`));
          }}
        >
          {t('profile.education.add')}
        </button>
      </p>

      <h3>{t('profile.section.availability')}</h3>
      <CheckboxField
        id="profile-abroad"
        label={t('profile.abroad')}
        checked={values.abroad}
        onCheckedChange={(checked) => update('abroad', checked)}
      />
      {!values.abroad && (
        <TextField
          id={fieldId('region')}
          label={t('profile.postcodeArea')}
          hint={t('profile.postcodeArea.hint')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={values.postcodeArea}
          onValueChange={(value) => update('postcodeArea', value)}
          error={errorFor('region')}
        />
      )}
      {values.abroad && errorFor('region') && (
        <p className="field__error" id={fieldId('region')}>
          {errorFor('region')}
        </p>
      )}
      <div className="form-grid">
        <TextField
          id={fieldId('availableFrom')}
          type="date"
          label={t('profile.availableFrom')}
          value={values.availableFrom}
          onValueChange={(value) => update('availableFrom', value)}
          error={errorFor('availableFrom')}
        />
        <TextField
          id={fieldId('hoursPerWeek')}
          label={t('profile.hoursPerWeek')}
          hint={t('profile.hoursPerWeek.hint', { min: LIMITS.hoursMin, max: LIMITS.hoursMax })}
          inputMode="numeric"
          value={values.hoursPerWeek}
          onValueChange={(value) => update('hoursPerWeek', value)}
          error={errorFor('hoursPerWeek')}
        />
        <TextField
          id={fieldId('rateMinCents')}
          label={t('profile.rateMin')}
          hint={t('profile.rate.hint')}
          inputMode="decimal"
          value={values.rateMin}
          onValueChange={(value) => update('rateMin', value)}
          error={errorFor('rateMinCents')}
        />
        <TextField
          id={fieldId('rateMaxCents')}
          label={t('profile.rateMax')}
          hint={t('profile.rate.hint')}
          inputMode="decimal"
          value={values.rateMax}
          onValueChange={(value) => update('rateMax', value)}
          error={errorFor('rateMaxCents')}
        />
      </div>
      <TextField
        id={fieldId('languages')}
        label={t('profile.languages')}
        hint={t('profile.languages.hint')}
        value={values.languages}
        onValueChange={(value) => update('languages', value)}
        error={errorFor('languages')}
      />

      <h3>{t('profile.section.contact')}</h3>
      <p className="field__hint">{t('profile.contact.explain')}</p>
      <div className="form-grid">
        <TextField
          id={fieldId('contact.email')}
          type="email"
          label={t('profile.contact.email')}
          autoComplete="email"
          value={values.email}
          onValueChange={(value) => update('email', value)}
          error={errorFor('contact.email')}
        />
        <TextField
          id={fieldId('contact.phone')}
          type="tel"
          label={t('profile.contact.phone')}
          autoComplete="tel"
          value={values.phone}
          onValueChange={(value) => update('phone', value)}
          error={errorFor('contact.phone')}
        />
      </div>
      <TextField
        id={fieldId('contact.callTimes')}
        label={t('profile.contact.callTimes')}
        hint={t('profile.contact.callTimes.hint')}
        value={values.callTimes}
        onValueChange={(value) => update('callTimes', value)}
        error={errorFor('contact.callTimes')}
      />

      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="profile-save" disabled={save.isPending}>
          {t(save.isPending ? 'profile.saving' : 'profile.save')}
        </button>
        <p role="status" className="form-actions__status" data-testid="profile-status">
          {savedMessage}
        </p>
      </div>
    </form>
  );
}
