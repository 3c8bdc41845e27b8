import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { nl, type MessageKey, type Messages } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/**
 * Each language's strings come in two parts (issue 16, fast on a phone): those of the first page
 * a visitor opens (the Dutch ones are in the first chunk) and the rest, fetched with any other
 * page or once someone is signed in (see useAllStrings). English is fetched when chosen.
 */
const firstPageLoaders: Record<Language, () => Promise<Partial<Messages>>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('./en').then((module) => module.en),
};
const remainingLoaders: Record<Language, () => Promise<Partial<Messages>>> = {
  nl: () => import('./nl-more').then((module) => module.nlMore),
  en: () => import('./en-more').then((module) => module.enMore),
};

export const dictionaries: Partial<Record<Language, Partial<Messages>>> = { nl };
/** The languages whose every string is here. */
export const completeLanguages = new Set<Language>();

const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function loadPart(language: Language, part: 'first' | 'rest'): Promise<void> {
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    const loader = part === 'first' ? firstPageLoaders[language] : remainingLoaders[language];
    pending = loader().then(
      (messages) => {
        dictionaries[language] = { ...dictionaries[language], ...messages };
        if (part === 'rest') completeLanguages.add(language);
        listeners.forEach((listener) => listener());
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

function isLanguageLoaded(language: Language): boolean {
  return dictionaries[language] !== undefined;
}

/** Fetches a language's first-page strings once; translate() uses them from then on. */
function loadLanguage(language: Language): Promise<void> {
  if (isLanguageLoaded(language)) return Promise.resolve();
  return loadPart(language, 'first');
}

const allStrings = new Map<Language, Promise<void>>();

/** Fetches all of a language's strings once (the same promise each time, as React's use() wants). */
export function loadAllStrings(language: Language): Promise<void> {
  let pending = allStrings.get(language);
  if (!pending) {
    pending = Promise.all([loadLanguage(language), loadPart(language, 'rest')]).then(
      () => undefined,
      (error: unknown) => {
        allStrings.delete(language);
        throw error;
      },
    );
    allStrings.set(language, pending);
  }
  return pending;
}

function subscribeToStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
  return fillIn(dictionaries[language]?.[key] ?? key, params);
}

function fillIn(template: string, params: TranslationParams | undefined): string {
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

  // The switch happens when the strings are there, so no page is ever shown half translated: all
  // of them once this session has needed more than the first page's.
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    const load = completeLanguages.size > 0 ? loadAllStrings : loadLanguage;
    if (completeLanguages.has(next) || (load === loadLanguage && isLanguageLoaded(next))) {
      setLanguageState(next);
      return;
    }
    load(next).then(
      () => setLanguageState(next),
      () => undefined,
    );
  }, []);

  // A new t() when more strings arrive, so what was rendered before them renders again.
  const dictionary = useSyncExternalStore(subscribeToStrings, () => dictionaries[language]);
  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => fillIn(dictionary?.[key] ?? key, params),
    }),
    [language, setLanguage, dictionary],
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

/**
 * Suspends (the layout's <Suspense> shows a loading line) until all of the current language's
 * strings are here, when `needed`: every page but the first pages of a visitor (routes.tsx).
 */
export function useAllStrings(needed: boolean): void {
  const { language } = useI18n();
  if (needed && !completeLanguages.has(language)) use(loadAllStrings(language));
}
