import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '@/components/form';
import { useApiForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { assignmentFieldAt } from './assignment-fields';
import {
  fieldId,
  formFieldOf,
  LIMITS,
  REMOTE_OPTIONS,
  todayIso,
  type AssignmentFormValues,
  type PosterValues,
  validateAssignmentForm,
} from './assignment-form-model';
import { AssignmentPreview } from './AssignmentPreview';
import { QuestionBuilder } from './QuestionBuilder';

interface AssignmentFormProps {
  initial: AssignmentFormValues;
  /** Without a client account the poster's details (and the honeypot) are part of the form. */
  withPoster: boolean;
  /** Only a client's organisation can be named as the hiring organisation. */
  showNameOrganisation: boolean;
  submitLabel: string;
  /** Called with values that passed the checks; a rejected ApiError is shown on the fields. */
  onValidSubmit: (values: AssignmentFormValues) => Promise<unknown>;
  /** Issue 16: show the assignment as it will look, and send it from there (posting, not editing). */
  previewFirst?: boolean;
  testId?: string;
}

/**
 * The assignment (AssignmentInput) and, for posting without an account, the poster. Checks mirror
 * openapi.yaml's limits; the server's problem+json field errors land on the same inputs.
 */
export function AssignmentForm({
  initial,
  withPoster,
  showNameOrganisation,
  submitLabel,
  onValidSubmit,
  previewFirst = false,
  testId = 'assignment-form',
}: AssignmentFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [previewing, setPreviewing] = useState(false);
  const today = todayIso();
  const form = useApiForm({
    fieldAt: (path) => assignmentFieldAt(path, values, t),
    pathOf: (error) => formFieldOf(error.field),
    validate: () => validateAssignmentForm(values, { withPoster, newAssignment: previewFirst, today }),
  });
  const errorFor = form.errorFor;

  function update<K extends keyof AssignmentFormValues>(key: K, value: AssignmentFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function updatePoster(key: keyof PosterValues, value: string) {
    setValues((current) => ({ ...current, poster: { ...current.poster, [key]: value } }));
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, previewFirst ? () => setPreviewing(true) : () => onValidSubmit(values));
  // What the server refuses is shown on the form's fields, so a refusal goes back to the form.
  const onSendFromPreview = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () =>
      onValidSubmit(values).catch((error: unknown) => {
        setPreviewing(false);
        throw error;
      }),
    );
  const field = (path: string) => ({ id: fieldId(path), error: errorFor(path) });

  if (previewing) {
    return (
      <AssignmentPreview
        values={values}
        withPoster={withPoster}
        submitLabel={submitLabel}
        sending={form.submitting}
        onBack={() => setPreviewing(false)}
        onSend={onSendFromPreview}
      />
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} data-testid={testId} aria-busy={form.submitting}>
      <p className="field__hint">{t('form.requiredExplained')}</p>
      <FormErrors form={form} failedHeading={t('assignments.form.failed')} failedTestId="assignment-submit-error" />

      <h2>{t('assignments.form.sectionAssignment')}</h2>
      <TextField
        {...field('assignment.title')}
        label={t('assignments.field.title')}
        required
        value={values.title}
        onValueChange={(v) => update('title', v)}
      />
      <TextAreaField
        {...field('assignment.description')}
        label={t('assignments.field.description')}
        required
        rows={8}
        value={values.description}
        onValueChange={(v) => update('description', v)}
      />
      <div className="form-grid">
        <TextField
          {...field('assignment.region')}
          label={t('assignments.field.region')}
          hint={t('assignments.field.regionHint')}
          required={!values.abroad}
          disabled={values.abroad}
          inputMode="numeric"
          autoComplete="off"
          value={values.postcodeArea}
          onValueChange={(v) => update('postcodeArea', v)}
        />
        <CheckboxField
          id="assignment-abroad"
          label={t('assignments.field.abroad')}
          checked={values.abroad}
          onCheckedChange={(v) => update('abroad', v)}
        />
      </div>
      <RadioGroup
        id={fieldId('assignment.remote')}
        name="remote"
        legend={t('assignments.field.remote')}
        required
        value={values.remote}
        onValueChange={(v) => update('remote', v)}
        error={errorFor('assignment.remote')}
        options={REMOTE_OPTIONS.map((option) => ({
          value: option,
          label: t(`assignment.facts.remote.${option}` as MessageKey),
          testId: `remote-${option}`,
        }))}
      />
      <div className="form-grid">
        <TextField
          {...field('assignment.startDate')}
          type="date"
          min={previewFirst ? today : undefined}
          label={t('assignments.field.startDate')}
          value={values.startDate}
          onValueChange={(v) => update('startDate', v)}
        />
        <TextField
          {...field('assignment.durationWeeks')}
          label={t('assignments.field.durationWeeks')}
          hint={t('assignments.field.rangeHint', { min: LIMITS.durationMin, max: LIMITS.durationMax })}
          inputMode="numeric"
          value={values.durationWeeks}
          onValueChange={(v) => update('durationWeeks', v)}
        />
        <TextField
          {...field('assignment.hoursPerWeek')}
          label={t('assignments.field.hoursPerWeek')}
          hint={t('assignments.field.rangeHint', { min: LIMITS.hoursMin, max: LIMITS.hoursMax })}
          inputMode="numeric"
          value={values.hoursPerWeek}
          onValueChange={(v) => update('hoursPerWeek', v)}
        />
        <TextField
          {...field('assignment.rateMinCents')}
          label={t('assignments.field.rateMin')}
          hint={t('assignments.field.rateHint')}
          inputMode="decimal"
          value={values.rateMin}
          onValueChange={(v) => update('rateMin', v)}
        />
        <TextField
          {...field('assignment.rateMaxCents')}
          label={t('assignments.field.rateMax')}
          hint={t('assignments.field.rateHint')}
          inputMode="decimal"
          value={values.rateMax}
          onValueChange={(v) => update('rateMax', v)}
        />
      </div>
      <TextField
        {...field('assignment.skills')}
        label={t('assignments.field.skills')}
        hint={t('assignments.field.skillsHint', { max: LIMITS.skills })}
        value={values.skills}
        onValueChange={(v) => update('skills', v)}
      />
      <TextField
        {...field('assignment.validThrough')}
        type="date"
        min={today}
        required
        label={t('assignments.field.validThrough')}
        hint={t('assignments.field.validThroughHint')}
        value={values.validThrough}
        onValueChange={(v) => update('validThrough', v)}
      />
      {showNameOrganisation && (
        <CheckboxField
          id={fieldId('assignment.nameOrganisation')}
          label={t('assignments.field.nameOrganisation')}
          hint={t('assignments.field.nameOrganisationHint')}
          checked={values.nameOrganisation}
          onCheckedChange={(v) => update('nameOrganisation', v)}
        />
      )}

      <QuestionBuilder
        questions={values.questions}
        onChange={(questions) => update('questions', questions)}
        errorFor={errorFor}
      />

      {withPoster && (
        <fieldset className="fieldset" aria-describedby="poster-privacy">
          <legend className="fieldset__legend">{t('assignments.poster.legend')}</legend>
          <p id="poster-privacy" className="notice" data-testid="poster-privacy">
            {t('assignments.poster.privacy')}
          </p>
          <TextField
            {...field('poster.name')}
            label={t('assignments.poster.name')}
            required
            autoComplete="name"
            value={values.poster.name}
            onValueChange={(v) => updatePoster('name', v)}
          />
          <TextField
            {...field('poster.organisation')}
            label={t('assignments.poster.organisation')}
            required
            autoComplete="organization"
            value={values.poster.organisation}
            onValueChange={(v) => updatePoster('organisation', v)}
          />
          <TextField
            {...field('poster.email')}
            type="email"
            label={t('assignments.poster.email')}
            hint={t('assignments.poster.emailHint')}
            required
            autoComplete="email"
            value={values.poster.email}
            onValueChange={(v) => updatePoster('email', v)}
          />
          <TextField
            {...field('poster.phone')}
            type="tel"
            label={t('assignments.poster.phone')}
            required
            autoComplete="tel"
            value={values.poster.phone}
            onValueChange={(v) => updatePoster('phone', v)}
          />
          {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="assignment-website">{t('assignments.poster.honeypot')}</label>
            <input
              id="assignment-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(event) => update('website', event.target.value)}
            />
          </div>
        </fieldset>
      )}

      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.submitting}
          aria-disabled={form.submitting}
          data-testid={previewFirst ? `${testId}-preview` : `${testId}-submit`}
        >
          {previewFirst ? t('assignments.preview.show') : submitLabel}
        </button>
        {form.submitting && (
          <p role="status" className="form-actions__status">
            {t('assignments.form.sending')}
          </p>
        )}
      </div>
    </form>
  );
}
