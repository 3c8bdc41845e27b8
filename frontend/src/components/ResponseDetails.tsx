import type { components } from '@/lib/api';
import { useI18n, type MessageKey } from '@/lib/i18n';

type Schemas = components['schemas'];

/** A response's status as a badge-like text, in the UI language. */
export function ResponseStatusBadge({
  status,
  testId = 'response-status',
}: {
  status: Schemas['ResponseStatus'];
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <span className="tag" data-testid={testId} data-status={status}>
      {t(`response.status.${status}` as MessageKey)}
    </span>
  );
}

/** "yes"/"no" as the API stores a YES_NO answer → "Ja"/"Nee"; anything else as written. */
function useAnswerText() {
  const { t } = useI18n();
  return (value: string) =>
    value === 'yes' ? t('response.answer.yes') : value === 'no' ? t('response.answer.no') : value;
}

/**
 * The answers to the requirement questions and the motivation of a response, as plain text
 * (never parsed as HTML). Shared by the respondent's list and the poster's list.
 */
export function ResponseAnswers({ answers, motivation }: { answers: Schemas['Answer'][]; motivation: string }) {
  const { t } = useI18n();
  const answerText = useAnswerText();
  return (
    <div data-testid="response-answers">
      {answers.length > 0 && (
        <dl className="details">
          {answers.map((answer) => (
            <div key={answer.questionId}>
              <dt>{answer.question}</dt>
              <dd>{answerText(answer.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="entry-list__title">{t('response.motivation')}</p>
      <p style={{ whiteSpace: 'pre-wrap' }} data-testid="response-motivation">
        {motivation}
      </p>
    </div>
  );
}
