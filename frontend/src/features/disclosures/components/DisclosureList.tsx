import { disclosureRecipientText } from '@/components/DisclosureRecipient';
import { formatDateTime, useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import type { Disclosure } from '../api/list-disclosures';

type Purpose = Disclosure['purpose'];

// The API sends codes (issue 16); the words are here. Purposes are an enum in openapi.yaml, so the
// type refuses a missing one; a category code the SPA does not know yet is shown as sent.
const CATEGORY_KEYS: Partial<Record<string, MessageKey>> = {
  name: 'disclosures.category.name',
  'contact-details': 'disclosures.category.contact-details',
  cv: 'disclosures.category.cv',
  response: 'disclosures.category.response',
};
const PURPOSE_KEYS: Record<Purpose, MessageKey> = {
  recruitment: 'disclosures.purpose.recruitment',
  coaching: 'disclosures.purpose.coaching',
  application: 'disclosures.purpose.application',
};

function categoryText(code: string, t: Translate): string {
  const key = CATEGORY_KEYS[code];
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
            <span data-testid="disclosure-recipient">{disclosureRecipientText(item.recipient, t)}</span>
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
              <dd>{item.categories.map((code) => categoryText(code, t)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('disclosures.purpose')}</dt>
              <dd>{t(PURPOSE_KEYS[item.purpose])}</dd>
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
