import { useEffect, useRef, type FormEvent } from 'react';
import { AssignmentFacts, AssignmentQuestions } from '@/components/AssignmentFacts';
import { useI18n } from '@/lib/i18n';
import { toAssignmentInput, type AssignmentFormValues } from './assignment-form-model';

interface AssignmentPreviewProps {
  values: AssignmentFormValues;
  withPoster: boolean;
  submitLabel: string;
  sending: boolean;
  onBack: () => void;
  onSend: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * Issue 16: the assignment as professionals will see it, and the poster's own details, before it is
 * sent. Built from the same input the API receives, with the components of the public page.
 */
export function AssignmentPreview({
  values,
  withPoster,
  submitLabel,
  sending,
  onBack,
  onSend,
}: AssignmentPreviewProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const input = toAssignmentInput(values, { withNameOrganisation: false });
  const questions = input.questions.map((question, index) => ({
    id: values.questions[index]?.key ?? String(index),
    kind: question.kind,
    text: question.text,
    required: question.required ?? false,
    options: question.options ?? [],
  }));

  return (
    <section aria-labelledby="assignment-preview-title" data-testid="assignment-preview">
      <h2 id="assignment-preview-title" ref={headingRef} tabIndex={-1}>
        {t('assignments.preview.title')}
      </h2>
      <p>{t('assignments.preview.intro')}</p>
      <article className="preview-pane" aria-labelledby="assignment-preview-heading">
        <h3 id="assignment-preview-heading" className="preview-pane__title">
          {input.title}
        </h3>
        <AssignmentFacts assignment={input} />
        <h4>{t('assignments.detail.description')}</h4>
        <p className="preserve-lines">{input.description}</p>
        <AssignmentQuestions questions={questions} headingId="assignment-preview-questions" />
      </article>
      {withPoster && (
        <section aria-labelledby="assignment-preview-poster" className="section">
          <h3 id="assignment-preview-poster">{t('assignments.preview.poster')}</h3>
          <dl className="details details--compact" data-testid="assignment-preview-poster">
            <div>
              <dt>{t('assignments.poster.name')}</dt>
              <dd>{values.poster.name.trim()}</dd>
            </div>
            <div>
              <dt>{t('assignments.poster.organisation')}</dt>
              <dd>{values.poster.organisation.trim()}</dd>
            </div>
            <div>
              <dt>{t('assignments.poster.email')}</dt>
              <dd>{values.poster.email.trim()}</dd>
            </div>
            <div>
              <dt>{t('assignments.poster.phone')}</dt>
              <dd>{values.poster.phone.trim()}</dd>
            </div>
          </dl>
        </section>
      )}
      <form className="form-actions" noValidate onSubmit={onSend} aria-busy={sending}>
        <button
          type="button"
          className="button"
          onClick={onBack}
          disabled={sending}
          data-testid="assignment-preview-back"
        >
          {t('assignments.preview.back')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={sending}
          data-testid="assignment-form-submit"
        >
          {submitLabel}
        </button>
        {sending && (
          <p role="status" className="form-actions__status">
            {t('assignments.form.sending')}
          </p>
        )}
      </form>
    </section>
  );
}
