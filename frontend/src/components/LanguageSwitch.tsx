import { useId } from 'react';
import { LANGUAGES, useI18n } from '@/lib/i18n';

/** Toggle buttons (aria-pressed) in a labelled group; each name is in its own language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const labelId = useId();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch__label">
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
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
