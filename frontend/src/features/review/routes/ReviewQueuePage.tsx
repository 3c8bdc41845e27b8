import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useReviewQueue } from '../api/list-review-queue';
import { ReviewItem } from '../components/ReviewItem';

/** /admin/review: staff approve or reject posted assignments, oldest first. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t('review.title'));
  return (
    <>
      <h1>{t('review.title')}</h1>
      <RequireRole roles={[ROLES.admin]}>
        <ReviewQueueContent />
      </RequireRole>
    </>
  );
}

function ReviewQueueContent() {
  const { t } = useI18n();
  const queue = useReviewQueue();
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The decided item leaves the list: focus goes to the announcement, not to nowhere.
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  return (
    <>
      <p className="lead">{t('review.intro')}</p>
      <p ref={statusRef} tabIndex={-1} role="status" data-testid="review-status">
        {message}
      </p>
      {queue.isPending && <p role="status">{t('review.loading')}</p>}
      {queue.isError && <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && queue.data.items.length === 0 && (
        <p className="notice" data-testid="review-empty">
          {t('review.empty')}
        </p>
      )}
      {queue.isSuccess && queue.data.items.length > 0 && (
        <ul className="card-list">
          {queue.data.items.map((assignment) => (
            <ReviewItem key={assignment.id} assignment={assignment} onDecided={setMessage} />
          ))}
        </ul>
      )}
    </>
  );
}
