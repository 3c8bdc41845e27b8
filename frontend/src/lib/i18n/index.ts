export {
  DEFAULT_LANGUAGE,
  I18nProvider,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  completeLanguages,
  dictionaries,
  isLanguage,
  loadAllStrings,
  translate,
  useAllStrings,
  useDocumentTitle,
  useI18n,
} from './i18n';
export type { I18nContextValue, Language, Translate, TranslationParams } from './i18n';
export { formatDate, formatDateTime, formatEuros, formatFileSize, formatMonth, languageName, localeOf } from './format';
export type { MessageKey, Messages } from './nl';
