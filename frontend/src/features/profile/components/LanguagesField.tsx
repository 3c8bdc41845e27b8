import { FieldErrorText } from '@/components/form';
import { languageName, useI18n } from '@/lib/i18n';
import { fieldId, splitList } from './profile-form-model';

/** The languages most asked for on the Dutch market, offered by name (issue 16: no codes to type). */
export const COMMON_LANGUAGES = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'ar', 'pt', 'zh', 'uk'] as const;

interface LanguagesFieldProps {
  /** The chosen ISO 639-1 codes, comma-separated, as the form keeps them. */
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}

/**
 * Checkboxes with language names in the reader's language. A code saved earlier that is not in the
 * common list keeps its own checkbox, so saving never drops it silently.
 */
export function LanguagesField({ value, onValueChange, error }: LanguagesFieldProps) {
  const { t, language } = useI18n();
  const chosen = splitList(value).map((code) => code.toLowerCase());
  const offered = [...new Set<string>([...COMMON_LANGUAGES, ...chosen])];
  const id = fieldId('languages');
  const toggle = (code: string, on: boolean) =>
    onValueChange(offered.filter((candidate) => (candidate === code ? on : chosen.includes(candidate))).join(', '));
  return (
    <fieldset
      id={id}
      className={`fieldset${error ? ' field--error' : ''}`}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className="fieldset__legend">{t('profile.languages')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('profile.languages.hint')}
      </p>
      <FieldErrorText id={id} error={error} />
      <div className="checkbox-columns">
        {offered.map((code) => (
          <div key={code} className="field field--checkbox">
            <input
              id={`${id}-${code}`}
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(event) => toggle(code, event.target.checked)}
            />
            <label htmlFor={`${id}-${code}`}>{languageName(code, language)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
