import type { components } from '@/lib/api';
import type { Translate } from '@/lib/i18n';

export type DisclosureRecipientCode = components['schemas']['DisclosureRecipient'];

/**
 * Who received someone's data, in the reader's language: the API sends a kind and a name, never a
 * sentence (issue 16), so "Wie heeft mijn gegevens ontvangen" is Dutch all through.
 */
export function disclosureRecipientText(recipient: DisclosureRecipientCode, t: Translate): string {
  switch (recipient.kind) {
    case 'organisation':
      return recipient.name ?? '';
    case 'assignment-poster':
      return t('disclosures.recipient.assignmentPoster', { title: recipient.name ?? '' });
    case 'coach-network':
      return t('disclosures.recipient.coachNetwork');
  }
}
