import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RadioGroup } from '@/components/form';
import { isLanguage, LANGUAGES, useI18n, type Language } from '@/lib/i18n';
import type { Me } from '../api/get-me';
import { useUpdateLanguage } from '../api/update-preferences';

/** The stored language preference (e-mails follow it); saving also switches the SPA. */
export function LanguagePreference({ me }: { me: Me }) {
  const { t, setLanguage } = useI18n();
  const update = useUpdateLanguage();
  const [choice, setChoice] = useState<Language>(isLanguage(me.language) ? me.language : 'nl');
  return (
    <form
      className="form"
      data-testid="language-preference"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(choice, { onSuccess: () => setLanguage(choice) });
      }}
    >
      <RadioGroup
        id="me-language-choice"
        name="language"
        legend={t('me.languagePreference')}
        hint={t('me.languagePreferenceHint')}
        value={choice}
        onValueChange={setChoice}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: <span lang={language}>{t(`language.${language}`)}</span>,
          testId: `me-language-${language}`,
        }))}
      />
      <button
        type="submit"
        className="button button--primary"
        disabled={update.isPending}
        data-testid="me-language-save"
      >
        {t('me.languageSave')}
      </button>
      {update.isSuccess && (
        <p role="status" data-testid="me-language-saved">
          {t('me.languageSaved')}
        </p>
      )}
      {update.isError && <ErrorMessage error={update.error} />}
    </form>
  );
}
