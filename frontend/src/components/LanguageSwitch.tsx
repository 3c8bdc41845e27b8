import { useId } from 'react';
import { LANGUAGES, useI18n } from '@/lib/i18n';

/**
 * Toggle buttons (aria-pressed) in a labelled group; each name is in its own language. Compact
 * in the header: "NL" / "EN" shown, the full language name as the button's name.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { language, setLanguage, t } = useI18n();
  const labelId = useId();
  return (
    <div
      className={`language-switch${compact ? ' language-switch--compact' : ''}`}
      role="group"
      aria-labelledby={labelId}
    >
      <span id={labelId} className={compact ? 'visually-hidden' : 'language-switch__label'}>
        {t('language.label')}
      </span>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={language === option}
          data-testid={`language-${option}`}
          onClick={() => setLanguage(option)}
        >
          {compact ? (
            <>
              <span aria-hidden="true">{option.toUpperCase()}</span>
              <span className="visually-hidden">{t(`language.${option}`)}</span>
            </>
          ) : (
            t(`language.${option}`)
          )}
        </button>
      ))}
    </div>
  );
}
