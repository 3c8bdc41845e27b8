import type { MessageKey } from '@/lib/i18n';
import type { CoachingTopic } from '../api/contact-requests';

export function topicKey(topic: CoachingTopic): MessageKey {
  return `contactRequests.topic.${topic}`;
}
