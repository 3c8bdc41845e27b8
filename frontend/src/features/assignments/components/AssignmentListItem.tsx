import { Link } from '@/lib/router';
import { useRateLabel, useRegionLabel } from '@/components/AssignmentFacts';
import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import type { AssignmentSummary } from '../api/list-assignments';

/** One published assignment in the list; the title links to its page. */
export function AssignmentListItem({ assignment }: { assignment: AssignmentSummary }) {
  const { t, language } = useI18n();
  const regionLabel = useRegionLabel();
  const rateLabel = useRateLabel();
  const rate = rateLabel(assignment.rateMinCents, assignment.rateMaxCents);
  const meta = [
    regionLabel(assignment.region, assignment.province),
    t(`assignment.facts.remote.${assignment.remote}` as MessageKey),
    assignment.hoursPerWeek != null
      ? t('assignment.facts.hoursPerWeek', { count: assignment.hoursPerWeek })
      : undefined,
    rate ? t('assignment.facts.perHour', { rate }) : undefined,
    assignment.startDate
      ? t('assignments.list.starts', { date: formatDate(assignment.startDate, language) })
      : undefined,
  ].filter(Boolean);
  return (
    <li className="card" data-testid="assignment-item">
      <h3 className="card__title">
        <Link to={`/assignments/${assignment.id}`}>{assignment.title}</Link>
      </h3>
      {assignment.hiringOrganization && <p className="card__subtitle">{assignment.hiringOrganization}</p>}
      <p className="card__meta">{meta.join(' · ')}</p>
      {assignment.skills.length > 0 && (
        <ul className="tag-list" aria-label={t('assignment.facts.skills')}>
          {assignment.skills.map((skill) => (
            <li key={skill} className="tag">
              {skill}
            </li>
          ))}
        </ul>
      )}
      <p className="card__meta">
        {t('assignments.list.validThrough', { date: formatDate(assignment.validThrough, language) })}
      </p>
    </li>
  );
}
