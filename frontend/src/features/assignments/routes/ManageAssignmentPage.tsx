import { useEffect, useRef, useState } from 'react';
import { useAuth } from '@/lib/auth';
import { Link, useLocation, useNavigate, useParams } from '@/lib/router';
import { AssignmentFacts, AssignmentQuestions, AssignmentStatusBadge } from '@/components/AssignmentFacts';
import { LoginButton } from '@/components/AuthButtons';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound, ManageTokenProvider } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useManagedAssignment } from '../api/get-managed-assignment';
import { readManageToken, storeManageToken, tokenFromHash } from '../api/manage-token';
import { ManageActions } from '../components/ManageActions';
import { PosterDetails, ProcedureUpdates } from '../components/ManageDetails';
import { ReceivedResponses } from '../components/ReceivedResponses';

/**
 * /manage/:id: the poster's management page. The e-mail link carries the management token in
 * the fragment (`#token=…`): it is kept in sessionStorage, removed from the address bar and sent
 * as Werkbank-Manage-Token. A signed-in client of the owning organisation needs no token.
 */
export function ManageAssignmentPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => {
    const fromLink = tokenFromHash(location.hash);
    if (fromLink) storeManageToken(id, fromLink);
    return fromLink ?? readManageToken(id);
  });
  const stripped = useRef(false);

  useEffect(() => {
    if (stripped.current || !location.hash) return;
    stripped.current = true;
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return (
    <ManageTokenProvider key={id} token={token}>
      <ManagedAssignment id={id} />
    </ManageTokenProvider>
  );
}

/** The page's content: every request in here carries the management token (if there is one). */
function ManagedAssignment({ id }: { id: string }) {
  const { t } = useI18n();
  const auth = useAuth();
  const assignment = useManagedAssignment(id, !auth.isLoading);
  useDocumentTitle(assignment.data?.title ?? t('manage.title'));

  if (auth.isLoading || assignment.isPending) {
    return (
      <>
        <h1>{t('manage.title')}</h1>
        <p role="status">{t('manage.loading')}</p>
      </>
    );
  }
  if (assignment.isError) {
    return (
      <>
        <h1>{t('manage.title')}</h1>
        {isNotFound(assignment.error) ? (
          <div className="notice" data-testid="manage-not-found">
            <p>{t('manage.notFound')}</p>
            {!auth.isAuthenticated && <LoginButton testId="manage-login" />}
          </div>
        ) : (
          <ErrorMessage error={assignment.error} onRetry={() => void assignment.refetch()} />
        )}
      </>
    );
  }

  const data = assignment.data;
  const takesResponses = ['PUBLISHED', 'CLOSED', 'ARCHIVED'].includes(data.status);
  return (
    <article aria-labelledby="manage-title" data-testid="manage-assignment">
      <p className="card__meta">{t('manage.title')}</p>
      <h1 id="manage-title">{data.title}</h1>
      <p>
        {t('manage.status')}: <AssignmentStatusBadge status={data.status} />
      </p>
      <p className="field__hint" data-testid="manage-status-explain">
        {t(`manage.statusExplain.${data.status}`)}
      </p>
      {data.rejectionReason && (
        <div className="notice notice--error" data-testid="manage-rejection">
          <p className="notice__heading">{t('manage.rejectionReason')}</p>
          <p>{data.rejectionReason}</p>
        </div>
      )}
      {data.status === 'PUBLISHED' && (
        <p>
          <Link to={`/assignments/${data.id}`}>{t('manage.publicPage')}</Link>
        </p>
      )}

      {/* Issue 16: once responses can come in they are what the poster comes for, so they lead and
          the actions (closing among them) come last; before that, the actions are the next step. */}
      {!takesResponses && <ManageActions assignment={data} />}
      {takesResponses && <ReceivedResponses assignmentId={data.id} />}

      <PosterDetails assignment={data} />
      <section aria-labelledby="manage-facts" className="section">
        <h2 id="manage-facts">{t('manage.facts')}</h2>
        <AssignmentFacts assignment={data} />
        <h3>{t('assignments.detail.description')}</h3>
        <p style={{ whiteSpace: 'pre-wrap' }}>{data.description}</p>
      </section>
      <AssignmentQuestions questions={data.questions} headingId="manage-questions" />
      <ProcedureUpdates assignment={data} />
      {takesResponses && <ManageActions assignment={data} />}
    </article>
  );
}
