import { Link } from '@/lib/router';
import { useRateLabel, useRegionLabel } from '@/components/AssignmentFacts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDate, useI18n } from '@/lib/i18n';
import { useNewestAssignments } from '../api/list-newest';

/** The newest published assignments: title, who, where, rate, published when. */
export function NewestAssignments() {
  const { t, language } = useI18n();
  const newest = useNewestAssignments();
  const regionLabel = useRegionLabel();
  const rateLabel = useRateLabel();
  const perHour = (rate: string | undefined) => (rate ? t('assignment.facts.perHour', { rate }) : undefined);
  if (newest.isPending) return <p role="status">{t('home.newest.loading')}</p>;
  if (newest.isError) return <ErrorMessage error={newest.error} onRetry={() => void newest.refetch()} />;
  if (newest.data.length === 0) {
    return (
      <p className="notice" data-testid="home-newest-empty">
        {t('home.newest.empty')}
      </p>
    );
  }
  return (
    <ul className="card-list" data-testid="home-newest">
      {newest.data.map((assignment) => (
        <li key={assignment.id} className="card">
          <h3 className="card__title">
            <Link to={`/assignments/${assignment.id}`}>{assignment.title}</Link>
          </h3>
          <p className="card__meta">
            {[
              assignment.hiringOrganization,
              regionLabel(assignment.region, assignment.province),
              perHour(rateLabel(assignment.rateMinCents, assignment.rateMaxCents)),
              t('home.newest.published', { date: formatDate(assignment.publishedAt.slice(0, 10), language) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
