import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { formatDateTime, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useOrganisationIntroductions } from '../api/introductions';

/** /organisation/introductions: the introductions a client's organisation asked for, and the outcome (K-3). */
export function OrganisationIntroductionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('orgIntroductions.title'));
  return (
    <>
      <h1>{t('orgIntroductions.title')}</h1>
      <RequireRole roles={[ROLES.client]}>
        <p className="lead">{t('orgIntroductions.intro')}</p>
        <Requested />
      </RequireRole>
    </>
  );
}

function Requested() {
  const { t, language } = useI18n();
  const introductions = useOrganisationIntroductions();
  if (introductions.isPending) return <p role="status">{t('introductions.loading')}</p>;
  if (introductions.isError) {
    return <ErrorMessage error={introductions.error} onRetry={() => void introductions.refetch()} />;
  }
  const items = introductions.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p className="notice">{t('orgIntroductions.empty')}</p>;
  return (
    <ol className="card-list">
      {items.map((item) => (
        <li key={item.id} className="card" data-testid="org-introduction">
          <p className="card__title">
            <Link to={`/profiles/${item.profileId}`}>{t('orgIntroductions.profile')}</Link>
          </p>
          <p data-testid="org-introduction-status">
            {t(`orgIntroductions.status.${item.status}`, { date: formatDateTime(item.expiresAt, language) })}
          </p>
          {item.contact && (
            <dl className="details details--compact" data-testid="org-introduction-contact">
              <div>
                <dt>{t('contactRequests.name')}</dt>
                <dd>{item.contact.name}</dd>
              </div>
              {item.contact.email && (
                <div>
                  <dt>{t('contactRequests.email')}</dt>
                  <dd>
                    <a href={`mailto:${item.contact.email}`}>{item.contact.email}</a>
                  </dd>
                </div>
              )}
              {item.contact.phone && (
                <div>
                  <dt>{t('contactRequests.phone')}</dt>
                  <dd>{item.contact.phone}</dd>
                </div>
              )}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
