import type { Language } from './i18n';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** "10 maart 2022, 17:15" / "10 March 2022 at 17:15" in the user's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD, no time zone) as "10 maart 2022" / "10 March 2022". */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A month (YYYY-MM) as "maart 2022" / "March 2022". */
export function formatMonth(isoMonth: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Integer euro cents as a currency amount: 8550 → "€ 85,50" / "€85.50". */
export function formatEuros(cents: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** An ISO 639-1 code as a language name in the UI language ("nl" → "Nederlands" / "Dutch"). */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** File sizes as "1,2 MB" / "1.2 MB". */
export function formatFileSize(bytes: number, language: Language): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}
