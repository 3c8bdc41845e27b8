import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { formatDateTime, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useDecideIntroduction, useIncomingIntroductions } from '../api/introductions';

/** /introductions: organisations that ask to be introduced to a professional's anonymous profile (K-3). */
export function IntroductionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('introductions.title'));
  return (
    <>
      <h1>{t('introductions.title')}</h1>
      <RequireRole roles={[ROLES.professional]}>
        <p className="lead">{t('introductions.intro')}</p>
        <p>
          <Link to="/contact-requests">{t('introductions.toContactRequests')}</Link>
        </p>
        <IncomingIntroductions />
      </RequireRole>
    </>
  );
}

function IncomingIntroductions() {
  const { t, language } = useI18n();
  const introductions = useIncomingIntroductions();
  const decide = useDecideIntroduction();
  if (introductions.isPending) return <p role="status">{t('introductions.loading')}</p>;
  if (introductions.isError) {
    return <ErrorMessage error={introductions.error} onRetry={() => void introductions.refetch()} />;
  }
  const items = introductions.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <p className="notice" data-testid="introductions-empty">
        {t('introductions.empty')}
      </p>
    );
  }
  return (
    <>
      {decide.isError && <ErrorMessage error={decide.error} />}
      <ol className="card-list">
        {items.map((item) => (
          <li key={item.id} className="card" data-testid="introduction">
            <p className="card__title">{item.organisation}</p>
            <dl className="details details--compact">
              {item.requester && (
                <div>
                  <dt>{t('introductions.requester')}</dt>
                  <dd>{item.requester}</dd>
                </div>
              )}
              <div>
                <dt>{t('introductions.message')}</dt>
                <dd>{item.message}</dd>
              </div>
              <div>
                <dt>{t('introductions.status')}</dt>
                <dd data-testid="introduction-status">
                  {t(`introductions.status.${item.status}`, {
                    date: formatDateTime(item.expiresAt, language),
                  })}
                </dd>
              </div>
            </dl>
            {item.status === 'OPEN' && (
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="introduction-accept"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ id: item.id, accept: true })}
                >
                  {t('introductions.accept')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="introduction-decline"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ id: item.id, accept: false })}
                >
                  {t('introductions.decline')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <p className="field__hint">{t('introductions.acceptHint')}</p>
    </>
  );
}
