import { Link } from '@/lib/router';
import { disclosureRecipientText } from '@/components/DisclosureRecipient';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDate, useI18n } from '@/lib/i18n';
import { useRecipients } from '../api/my-requests';

/** Who received my data (the latest ten), with the way to the full list. */
export function Recipients({ showFullListLink }: { showFullListLink: boolean }) {
  const { t, language } = useI18n();
  const recipients = useRecipients();
  if (recipients.isPending) return <p role="status">{t('myData.recipients.loading')}</p>;
  if (recipients.isError) return <ErrorMessage error={recipients.error} />;
  return (
    <>
      {recipients.data.length === 0 ? (
        <p data-testid="recipients-empty">{t('myData.recipients.none')}</p>
      ) : (
        <ul className="link-list" data-testid="recipients">
          {recipients.data.map((disclosure) => (
            <li key={disclosure.id}>
              {disclosureRecipientText(disclosure.recipient, t)}
              {disclosure.recipientPerson ? ` (${disclosure.recipientPerson})` : ''},{' '}
              <time dateTime={disclosure.disclosedAt}>{formatDate(disclosure.disclosedAt.slice(0, 10), language)}</time>
            </li>
          ))}
        </ul>
      )}
      {showFullListLink && (
        <p>
          <Link to="/privacy/disclosures">{t('myData.recipients.all')}</Link>
        </p>
      )}
    </>
  );
}
