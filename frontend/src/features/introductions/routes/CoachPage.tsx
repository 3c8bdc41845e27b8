import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ApiError } from '@/lib/api';
import { ROLES } from '@/lib/auth';
import { formatDateTime, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useAcceptContactRequest, useAcceptedContactRequests, useOpenContactRequests } from '../api/contact-requests';
import { AnonymisedRequest } from '../components/AnonymisedRequest';
import { topicKey } from '../components/topics';

/** /coach: open requests, anonymised (K-1); accept one to receive the candidate's details (K-2). */
export function CoachPage() {
  const { t } = useI18n();
  useDocumentTitle(t('coach.title'));
  return (
    <>
      <h1>{t('coach.title')}</h1>
      <RequireRole roles={[ROLES.coach]}>
        <p className="lead">{t('coach.intro')}</p>
        <OpenRequests />
        <AcceptedRequests />
      </RequireRole>
    </>
  );
}

function OpenRequests() {
  const { t, language } = useI18n();
  const requests = useOpenContactRequests();
  const accept = useAcceptContactRequest();
  const [outcome, setOutcome] = useState<'accepted' | 'taken' | null>(null);
  if (requests.isPending) return <p role="status">{t('coach.loading')}</p>;
  if (requests.isError) return <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />;
  const items = requests.data.pages.flatMap((page) => page.items);

  const onAccept = async (id: string) => {
    setOutcome(null);
    try {
      await accept.mutateAsync(id);
      setOutcome('accepted');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setOutcome('taken');
      else throw error;
    }
  };

  return (
    <section aria-labelledby="coach-open-title" className="section">
      <h2 id="coach-open-title">{t('coach.open.title')}</h2>
      <div aria-live="polite">
        {outcome && (
          <p
            className={`notice${outcome === 'taken' ? ' notice--error' : ' notice--success'}`}
            data-testid="coach-outcome"
          >
            {t(outcome === 'taken' ? 'coach.taken' : 'coach.accepted')}
          </p>
        )}
      </div>
      {accept.isError && !(accept.error instanceof ApiError && accept.error.status === 409) && (
        <ErrorMessage error={accept.error} />
      )}
      {items.length === 0 ? (
        <p className="notice" data-testid="coach-open-empty">
          {t('coach.open.empty')}
        </p>
      ) : (
        <ol className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card" data-testid="coach-open-request">
              <p className="card__title">
                {t('coach.open.since', { date: item.createdAt ? formatDateTime(item.createdAt, language) : '' })}
              </p>
              <AnonymisedRequest request={item} />
              <button
                type="button"
                className="button button--primary"
                data-testid="coach-accept"
                disabled={accept.isPending}
                onClick={() => item.id && void onAccept(item.id)}
              >
                {t('coach.accept')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {items.length > 0 && (
        <LoadMore
          hasMore={requests.hasNextPage}
          loading={requests.isFetchingNextPage}
          onLoadMore={() => void requests.fetchNextPage()}
          shown={items.length}
        />
      )}
    </section>
  );
}

function AcceptedRequests() {
  const { t, language } = useI18n();
  const accepted = useAcceptedContactRequests();
  if (accepted.isPending) return <p role="status">{t('coach.loading')}</p>;
  if (accepted.isError) return <ErrorMessage error={accepted.error} onRetry={() => void accepted.refetch()} />;
  const items = accepted.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="coach-accepted-title" className="section">
      <h2 id="coach-accepted-title">{t('coach.accepted.title')}</h2>
      <p>{t('coach.accepted.intro')}</p>
      {items.length === 0 ? (
        <p className="notice">{t('coach.accepted.empty')}</p>
      ) : (
        <ol className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card" data-testid="coach-accepted-request">
              <p className="card__title" data-testid="coach-accepted-name">
                {item.contact.name}
              </p>
              <dl className="details details--compact">
                <div>
                  <dt>{t('contactRequests.email')}</dt>
                  <dd>
                    <a href={`mailto:${item.contact.email}`}>{item.contact.email}</a>
                  </dd>
                </div>
                {item.contact.phone && (
                  <div>
                    <dt>{t('contactRequests.phone')}</dt>
                    <dd>{item.contact.phone}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('contactRequests.topics')}</dt>
                  <dd>{item.topics.map((topic) => t(topicKey(topic))).join(', ')}</dd>
                </div>
                {item.motivation && (
                  <div>
                    <dt>{t('contactRequests.motivation')}</dt>
                    <dd>{item.motivation}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('coach.acceptedAt')}</dt>
                  <dd>
                    <time dateTime={item.acceptedAt}>{formatDateTime(item.acceptedAt, language)}</time>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
