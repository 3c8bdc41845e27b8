import { Link } from '@/lib/router';
import { AssignmentStatusBadge } from '@/components/AssignmentFacts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { formatDate, useDocumentTitle, useI18n } from '@/lib/i18n';
import { useOrganisationAssignments } from '../api/list-organisation-assignments';

/** /organisation/assignments: a client's view of all assignments of their organisation. */
export function OrganisationAssignmentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('orgAssignments.title'));
  return (
    <>
      <h1>{t('orgAssignments.title')}</h1>
      <RequireRole roles={[ROLES.client]}>
        <OrganisationAssignmentsContent />
      </RequireRole>
    </>
  );
}

function OrganisationAssignmentsContent() {
  const { t, language } = useI18n();
  const list = useOrganisationAssignments();
  return (
    <>
      <p>
        <Link to="/assignments/new" className="button button--primary" data-testid="org-new-assignment">
          {t('orgAssignments.new')}
        </Link>
      </p>
      {list.isPending && <p role="status">{t('orgAssignments.loading')}</p>}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.items.length === 0 && (
        <p className="notice" data-testid="org-assignments-empty">
          {t('orgAssignments.empty')}
        </p>
      )}
      {list.isSuccess && list.data.items.length > 0 && (
        <ul className="card-list">
          {list.data.items.map((assignment) => (
            <li key={assignment.id} className="card" data-testid="org-assignment">
              <h2 className="card__title">
                <Link to={`/manage/${assignment.id}`}>{assignment.title}</Link>
              </h2>
              <p className="card__meta">
                <AssignmentStatusBadge status={assignment.status} /> ·{' '}
                {t('orgAssignments.validThrough', { date: formatDate(assignment.validThrough, language) })}
              </p>
              {assignment.rejectionReason && (
                <p>
                  {t('manage.rejectionReason')}: {assignment.rejectionReason}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
