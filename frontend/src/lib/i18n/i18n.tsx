import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type MessageKey, type Messages } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/**
 * Dutch is in the first chunk; English is fetched when someone chooses it (issue 16: the first
 * page a visitor opens carries one language's strings, not two).
 */
const dictionaryLoaders: Record<Language, () => Promise<Messages>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('./en').then((module) => module.en),
};

export const dictionaries: Partial<Record<Language, Messages>> = { nl };

export function isLanguageLoaded(language: Language): boolean {
  return dictionaries[language] !== undefined;
}

/** Fetches a language's strings once; translate() uses them from then on. */
export function loadLanguage(language: Language): Promise<void> {
  if (isLanguageLoaded(language)) return Promise.resolve();
  return dictionaryLoaders[language]().then((messages) => {
    dictionaries[language] = messages;
  });
}

/**
 * The language choice lives in sessionStorage only (no cookie, no localStorage): it is a
 * setting the user asked for, kept for the browser session, so no consent banner is needed.
 */
export const LANGUAGE_STORAGE_KEY = 'werkbank.language';

export type TranslationParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslationParams) => string;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Looks a key up in a language's dictionary and fills in `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, params?: TranslationParams): string {
  const template = dictionaries[language]?.[key] ?? nl[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota): the choice then lasts until reload.
  }
}

export interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nContextValue | undefined>(undefined);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? readStoredLanguage() ?? DEFAULT_LANGUAGE,
  );
  const [ready, setReady] = useState(() => isLanguageLoaded(language));

  // A session that starts in a language whose strings are not here yet waits for them (once);
  // if they cannot be fetched, the page is shown in Dutch.
  useEffect(() => {
    if (ready) return undefined;
    let current = true;
    loadLanguage(language).then(
      () => current && setReady(true),
      () => {
        if (!current) return;
        setLanguageState(DEFAULT_LANGUAGE);
        setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [language, ready]);

  // The document's language follows the chosen language (WCAG 3.1.1).
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The switch happens when the strings are there, so no page is ever shown half translated.
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    if (isLanguageLoaded(next)) {
      setLanguageState(next);
      return;
    }
    loadLanguage(next).then(
      () => setLanguageState(next),
      () => undefined,
    );
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

/** Sets document.title to "<page> · Werkbank" in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
