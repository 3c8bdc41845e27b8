import { useRef, useState, type ReactNode, type FormEvent } from 'react';
import { Link } from '@/lib/router';
import { FormErrors } from '@/components/FormErrors';
import { CheckboxField, FieldErrorText, TextAreaField, TextField } from '@/components/form';
import { CV_INPUT_ACCEPT, CV_MAX_MB } from '@/lib/cv-file';
import { useApiForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import type { CvInfo } from '../api/get-respondent-profile';
import type { ResponseInput } from '../api/respond-to-assignment';
import {
  answerPath,
  controlId,
  emptyRespondForm,
  formPathOf,
  RESPONSE_LIMITS,
  toResponseInput,
  validateRespondForm,
  type Question,
  type RespondentValues,
  type RespondFormValues,
} from './respond-form-model';
import { respondFieldAt } from './respond-fields';

interface RespondFormProps {
  questions: Question[];
  /** Without an account the respondent's name, e-mail address and phone are part of the form. */
  withRespondent: boolean;
  /** The CV of the signed-in professional's profile, offered when no file is chosen. */
  profileCv: CvInfo | null;
  /** A professional's name and contact details as the API will send them, shown before sending. */
  sender?: { name: string; email: string | null; phone: string | null };
  /** Called with a body that passed the checks; a rejected ApiError is shown on the fields. */
  onValidSubmit: (input: ResponseInput, cv: File | null) => Promise<unknown>;
}

/**
 * The response form (R-1), generated from the assignment's requirement questions: TEXT → a text
 * area, YES_NO → yes/no radio buttons, NUMBER → a decimal input, CHOICE → radio buttons of its
 * options. Checks mirror ResponseInput and the question rules; the server decides.
 */
export function RespondForm({ questions, withRespondent, profileCv, sender, onValidSubmit }: RespondFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<RespondFormValues>(emptyRespondForm);
  const fileRef = useRef<HTMLInputElement>(null);
  // The ids of the answers sent, in order: the server's `answers[i]` errors refer to them.
  const [answeredIds, setAnsweredIds] = useState<string[]>([]);
  const form = useApiForm({
    fieldAt: (path) => respondFieldAt(path, questions, t),
    pathOf: (error) => formPathOf(error.field, error.message, answeredIds, questions),
    validate: () => validateRespondForm(values, questions, { withRespondent }),
  });
  const errorFor = form.errorFor;

  function setAnswer(questionId: string, value: string) {
    setValues((current) => ({ ...current, answers: { ...current.answers, [questionId]: value } }));
  }

  function setRespondent(key: keyof RespondentValues, value: string) {
    setValues((current) => ({ ...current, respondent: { ...current.respondent, [key]: value } }));
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () => {
      const { input, answeredIds: sent } = toResponseInput(values, questions, {
        withRespondent,
        profileCvOffered: profileCv !== null,
      });
      setAnsweredIds(sent);
      return onValidSubmit(input, values.cv);
    });

  const field = (path: string) => ({ id: controlId(path, questions), error: errorFor(path) });
  const cvError = errorFor('cv');
  const cvId = controlId('cv', questions);
  const offerProfileCv = !withRespondent && profileCv !== null && values.cv === null;

  return (
    <form className="form" noValidate onSubmit={onSubmit} data-testid="respond-form" aria-busy={form.submitting}>
      <p className="field__hint">{t('form.requiredExplained')}</p>
      <FormErrors form={form} failedHeading={t('respond.failed')} failedTestId="respond-error" />

      {questions.length > 0 && <h2>{t('respond.questions')}</h2>}
      {questions.map((question, index) => {
        const path = answerPath(question.id);
        const value = values.answers[question.id] ?? '';
        const id = controlId(path, questions);
        if (question.kind === 'TEXT') {
          return (
            <TextAreaField
              key={question.id}
              id={id}
              label={question.text}
              required={question.required}
              hint={t('respond.answer.textHint', { max: RESPONSE_LIMITS.answer })}
              error={errorFor(path)}
              value={value}
              onValueChange={(v) => setAnswer(question.id, v)}
            />
          );
        }
        if (question.kind === 'NUMBER') {
          return (
            <TextField
              key={question.id}
              id={id}
              label={question.text}
              required={question.required}
              hint={t('respond.answer.numberHint')}
              error={errorFor(path)}
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onValueChange={(v) => setAnswer(question.id, v)}
            />
          );
        }
        const options =
          question.kind === 'YES_NO'
            ? [
                { value: 'yes', label: t('response.answer.yes') },
                { value: 'no', label: t('response.answer.no') },
              ]
            : question.options.map((option) => ({ value: option, label: option }));
        return (
          <AnswerChoices
            key={question.id}
            id={id}
            name={`respond-answer-${index}`}
            legend={question.text}
            required={question.required}
            options={options}
            value={value}
            error={errorFor(path)}
            onValueChange={(v) => setAnswer(question.id, v)}
          />
        );
      })}

      <h2>{t('respond.yourResponse')}</h2>
      <TextAreaField
        {...field('motivation')}
        label={t('respond.motivation')}
        hint={t('respond.motivationHint', { max: RESPONSE_LIMITS.motivation })}
        required
        rows={8}
        value={values.motivation}
        onValueChange={(v) => setValues((current) => ({ ...current, motivation: v }))}
      />

      <div className={`field${cvError ? ' field--error' : ''}`}>
        <label htmlFor={cvId} className="field__label">
          {t('respond.cv.label')}
        </label>
        <p id={`${cvId}-hint`} className="field__hint">
          {t('respond.cv.hint', { max: CV_MAX_MB })}
        </p>
        <FieldErrorText id={cvId} error={cvError} />
        <input
          ref={fileRef}
          id={cvId}
          data-testid="respond-cv"
          type="file"
          accept={CV_INPUT_ACCEPT}
          className="field__control"
          aria-invalid={cvError ? true : undefined}
          aria-describedby={`${cvId}-hint${cvError ? ` ${cvId}-error` : ''}`}
          onChange={(event) => {
            const file = event.target.files?.[0] ?? null;
            setValues((current) => ({ ...current, cv: file }));
          }}
        />
        {values.cv && (
          <p className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setValues((current) => ({ ...current, cv: null }));
                if (fileRef.current) {
                  fileRef.current.value = '';
                  fileRef.current.focus();
                }
              }}
            >
              {t('respond.cv.clear', { name: values.cv.name })}
            </button>
          </p>
        )}
      </div>
      {offerProfileCv && profileCv && (
        <CheckboxField
          id="respond-useProfileCv"
          label={t('respond.useProfileCv', { name: profileCv.fileName })}
          hint={t('respond.useProfileCvHint')}
          checked={values.useProfileCv}
          onCheckedChange={(v) => setValues((current) => ({ ...current, useProfileCv: v }))}
        />
      )}

      <CheckboxField
        id="respond-thisAssignmentOnly"
        label={t('respond.thisAssignmentOnly')}
        hint={t('respond.thisAssignmentOnlyHint')}
        checked={values.thisAssignmentOnly}
        onCheckedChange={(v) => setValues((current) => ({ ...current, thisAssignmentOnly: v }))}
      />

      {withRespondent && (
        <fieldset className="fieldset" aria-describedby="respond-privacy">
          <legend className="fieldset__legend">{t('respond.respondent.legend')}</legend>
          <p id="respond-privacy" className="notice" data-testid="respond-privacy">
            {t('respond.respondent.privacy')}
          </p>
          <TextField
            {...field('respondent.name')}
            label={t('respond.respondent.name')}
            required
            autoComplete="name"
            value={values.respondent.name}
            onValueChange={(v) => setRespondent('name', v)}
          />
          <TextField
            {...field('respondent.email')}
            type="email"
            label={t('respond.respondent.email')}
            hint={t('respond.respondent.emailHint')}
            required
            autoComplete="email"
            value={values.respondent.email}
            onValueChange={(v) => setRespondent('email', v)}
          />
          <TextField
            {...field('respondent.phone')}
            type="tel"
            label={t('respond.respondent.phone')}
            autoComplete="tel"
            value={values.respondent.phone}
            onValueChange={(v) => setRespondent('phone', v)}
          />
        </fieldset>
      )}

      {sender && (
        <SentWithResponse
          sender={sender}
          cv={
            values.cv
              ? t('respond.sent.cvChosen', { name: values.cv.name })
              : offerProfileCv && profileCv && values.useProfileCv
                ? t('respond.sent.cvProfile', { name: profileCv.fileName })
                : t('respond.sent.noCv')
          }
        />
      )}

      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.submitting}
          aria-disabled={form.submitting}
          data-testid="respond-submit"
        >
          {t('respond.submit')}
        </button>
        {form.submitting && (
          <p role="status" className="form-actions__status">
            {t('respond.sending')}
          </p>
        )}
      </div>
    </form>
  );
}

/** Exactly what the poster receives besides the answers and motivation: name, contact details and CV. */
function SentWithResponse({
  sender,
  cv,
}: {
  sender: { name: string; email: string | null; phone: string | null };
  cv: string;
}) {
  const { t } = useI18n();
  return (
    <section className="notice" aria-labelledby="respond-sent-title" data-testid="respond-sent-details">
      <h2 id="respond-sent-title">{t('respond.sent.title')}</h2>
      <p>{t('respond.sent.intro')}</p>
      <dl className="details details--compact">
        <div>
          <dt>{t('respond.sent.name')}</dt>
          <dd data-testid="respond-sent-name">{sender.name}</dd>
        </div>
        <div>
          <dt>{t('respond.sent.email')}</dt>
          <dd data-testid="respond-sent-email">{sender.email ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('respond.sent.phone')}</dt>
          <dd data-testid="respond-sent-phone">{sender.phone ?? t('respond.sent.noPhone')}</dd>
        </div>
        <div>
          <dt>{t('respond.sent.cv')}</dt>
          <dd data-testid="respond-sent-cv" aria-live="polite">
            {cv}
          </dd>
        </div>
      </dl>
      <p>
        <Link to="/profile">{t('respond.sent.editProfile')}</Link>
      </p>
    </section>
  );
}

interface AnswerChoicesProps {
  id: string;
  name: string;
  legend: ReactNode;
  required: boolean;
  options: { value: string; label: string }[];
  value: string;
  error: string | undefined;
  onValueChange: (value: string) => void;
}

/** Radio buttons in a fieldset whose legend is the question; option ids by position (options are free text). */
function AnswerChoices({ id, name, legend, required, options, value, error, onValueChange }: AnswerChoicesProps) {
  const { t } = useI18n();
  return (
    <fieldset
      className={`fieldset${error ? ' field--error' : ''}`}
      id={id}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="fieldset__legend">
        {legend}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      <FieldErrorText id={id} error={error} />
      {options.map((option, index) => {
        const optionId = `${id}-option-${index}`;
        return (
          <div key={option.value} className="radio">
            <input
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              data-testid={`${id}-${index}`}
              onChange={() => onValueChange(option.value)}
            />
            <label htmlFor={optionId} className="radio__label">
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
