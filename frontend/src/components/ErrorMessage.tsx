import { describeError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';

interface ErrorMessageProps {
  error: unknown;
  heading?: string;
  onRetry?: () => void;
}

/** Shows an API or network error in the current language (problem+json title/detail when sent). */
export function ErrorMessage({ error, heading, onRetry }: ErrorMessageProps) {
  const { t } = useI18n();
  const { title, detail, fieldErrors } = describeError(error, t);
  return (
    <div className="notice notice--error" role="alert" data-testid="error-message">
      {heading && <p className="notice__heading">{heading}</p>}
      <p data-testid="error-title">{title}</p>
      {detail && <p data-testid="error-detail">{detail}</p>}
      {fieldErrors.length > 0 && (
        <>
          <p>{t('errors.fields')}</p>
          <ul>
            {fieldErrors.map((fieldError, index) => (
              <li key={`${fieldError.field ?? ''}-${index}`}>
                {fieldError.field ? <strong>{fieldError.field}: </strong> : null}
                {fieldError.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('me.retry')}
        </button>
      )}
    </div>
  );
}
