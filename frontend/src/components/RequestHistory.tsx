import type { components } from '@/lib/api';
import { formatDateTime, useI18n, type MessageKey } from '@/lib/i18n';

type RequestStep = components['schemas']['PrivacyRequestStep'];

/**
 * The steps of a privacy request, oldest first. The API sends each step's code, never a sentence
 * (issue 16), so the history reads in the chosen language.
 */
export function RequestHistory({ steps }: { steps: RequestStep[] }) {
  const { t, language } = useI18n();
  return (
    <ol className="steps">
      {steps.map((step, index) => (
        <li key={`${step.occurredAt}-${index}`}>
          <time dateTime={step.occurredAt}>{formatDateTime(step.occurredAt, language)}</time>:{' '}
          {t(`privacyRequest.event.${step.event}` as MessageKey)}
          {step.reason ? ` (${step.reason})` : ''}
        </li>
      ))}
    </ol>
  );
}
