import { formatDateTime, useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import type { Disclosure } from '../api/list-disclosures';

const CATEGORY_KEYS: Record<string, MessageKey> = {
  name: 'disclosures.category.name',
  'contact-details': 'disclosures.category.contact-details',
  cv: 'disclosures.category.cv',
};
const PURPOSE_KEYS: Record<string, MessageKey> = {
  recruitment: 'disclosures.purpose.recruitment',
  coaching: 'disclosures.purpose.coaching',
};

/** Known category and purpose codes in the UI language; unknown ones as the API sent them. */
function label(map: Record<string, MessageKey>, code: string, t: Translate): string {
  const key = map[code];
  return key ? t(key) : code;
}

export function DisclosureList({ items }: { items: Disclosure[] }) {
  const { t, language } = useI18n();
  return (
    <ol className="card-list" aria-label={t('disclosures.listLabel')}>
      {items.map((item) => (
        <li key={item.id} className="card" data-testid="disclosure-item">
          <p className="card__title">
            <span className="visually-hidden">{t('disclosures.recipient')}: </span>
            <span data-testid="disclosure-recipient">{item.recipient}</span>
          </p>
          <dl className="details details--compact">
            {item.recipientPerson && (
              <div>
                <dt>{t('disclosures.recipientPerson')}</dt>
                <dd>{item.recipientPerson}</dd>
              </div>
            )}
            <div>
              <dt>{t('disclosures.categories')}</dt>
              <dd>{item.categories.map((code) => label(CATEGORY_KEYS, code, t)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('disclosures.purpose')}</dt>
              <dd>{label(PURPOSE_KEYS, item.purpose, t)}</dd>
            </div>
            <div>
              <dt>{t('disclosures.when')}</dt>
              <dd>
                <time dateTime={item.disclosedAt}>{formatDateTime(item.disclosedAt, language)}</time>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
