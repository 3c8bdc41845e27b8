import type { MessageKey, Translate } from '@/lib/i18n';
import type { RetentionAction } from '../api/retention';

const CATEGORY: Record<string, MessageKey> = {
  'inactive-profile': 'retention.category.inactive-profile',
  'closed-account': 'retention.category.closed-account',
  'response-this-assignment-only': 'retention.category.response-this-assignment-only',
  response: 'retention.category.response',
  'response-kept': 'retention.category.response-kept',
  'anonymous-poster': 'retention.category.anonymous-poster',
  'security-log': 'retention.category.security-log',
  'privacy-request-audit': 'retention.category.privacy-request-audit',
  'financial-record': 'retention.category.financial-record',
  'unverified-submission': 'retention.category.unverified-submission',
  'export-archive': 'retention.category.export-archive',
  'sent-mail': 'retention.category.sent-mail',
};

/** A category's name in plain language; a category this SPA does not know yet shows its id. */
export function categoryName(category: string, t: Translate): string {
  const key = Object.hasOwn(CATEGORY, category) ? CATEGORY[category] : undefined;
  return key ? t(key) : category;
}

export const ACTION: Record<RetentionAction, MessageKey> = {
  DELETE: 'retention.action.DELETE',
  ANONYMISE: 'retention.action.ANONYMISE',
};

/** ISO-8601 periods as java.time.Period writes them: years, months, weeks, days (each optional). */
const PERIOD = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function isPeriod(value: string): boolean {
  return value !== 'P' && PERIOD.test(value);
}

const UNITS: readonly [one: MessageKey, many: MessageKey][] = [
  ['retention.period.year', 'retention.period.years'],
  ['retention.period.month', 'retention.period.months'],
  ['retention.period.week', 'retention.period.weeks'],
  ['retention.period.day', 'retention.period.days'],
];

/** "P2Y6M" → "2 jaar, 6 maanden"; a value that is no period is shown as it is. */
export function describePeriod(period: string, t: Translate): string {
  const match = isPeriod(period) ? PERIOD.exec(period) : null;
  if (!match) return period;
  const parts = UNITS.flatMap(([one, many], index) => {
    const count = Number(match[index + 1] ?? 0);
    if (count === 0) return [];
    return [count === 1 ? t(one) : t(many, { count })];
  });
  return parts.length === 0 ? t('retention.period.zero') : parts.join(', ');
}
