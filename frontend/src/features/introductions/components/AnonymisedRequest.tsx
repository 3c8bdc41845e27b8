import { useI18n } from '@/lib/i18n';
import type { AnonymisedContactRequest } from '../api/contact-requests';
import { topicKey } from './topics';

/** What a coach sees of a request before accepting it: topics and, when shared, the motivation. */
export function AnonymisedRequest({ request }: { request: AnonymisedContactRequest }) {
  const { t } = useI18n();
  return (
    <dl className="details details--compact" data-testid="anonymised-request">
      <div>
        <dt>{t('contactRequests.topics')}</dt>
        <dd>{request.topics.map((topic) => t(topicKey(topic))).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('contactRequests.motivation')}</dt>
        <dd>{request.motivation ?? t('contactRequests.motivationNotShared')}</dd>
      </div>
    </dl>
  );
}
