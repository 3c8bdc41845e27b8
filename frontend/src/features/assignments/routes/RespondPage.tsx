import { useEffect, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, useMe } from '@/lib/api';
import { hasAnyRole, ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useAssignment, type PublicAssignment } from '../api/get-assignment';
import { useOwnCv } from '../api/get-own-cv';
import { useRespondToAssignment, type ResponseReceived } from '../api/respond-to-assignment';
import { RespondForm } from '../components/RespondForm';

/**
 * /assignments/:id/respond: respond to a published assignment. A professional's
 * response goes to the poster at once (their profile's name and e-mail address); a visitor gives
 * their details and confirms by the link in the e-mail first. Other accounts cannot respond.
 */
export function RespondPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();
  const assignment = useAssignment(id);
  useDocumentTitle(assignment.data ? t('respond.documentTitle', { title: assignment.data.title }) : t('respond.title'));

  if (assignment.isPending || auth.isLoading || (auth.isAuthenticated && me.isPending)) {
    return (
      <>
        <h1>{t('respond.title')}</h1>
        <p role="status">{t('assignments.detail.loading')}</p>
      </>
    );
  }
  if (assignment.isError) {
    const status = assignment.error instanceof ApiError ? assignment.error.status : undefined;
    const body =
      status === 410
        ? 'assignments.closed.body'
        : status === 404 || status === 400
          ? 'assignments.notFound.body'
          : undefined;
    return (
      <>
        <h1>{t('respond.title')}</h1>
        {body ? (
          <div className="notice" data-testid="respond-unavailable">
            <p>{t(body)}</p>
            <p>
              <Link to="/assignments">{t('assignments.backToList')}</Link>
            </p>
          </div>
        ) : (
          <ErrorMessage error={assignment.error} onRetry={() => void assignment.refetch()} />
        )}
      </>
    );
  }
  if (auth.isAuthenticated && me.isError) {
    return (
      <>
        <h1>{t('respond.title')}</h1>
        <ErrorMessage error={me.error} heading={t('me.errorTitle')} onRetry={() => void me.refetch()} />
      </>
    );
  }
  const asProfessional = auth.isAuthenticated && hasAnyRole(me.data?.roles, [ROLES.professional]);
  return (
    <>
      <p className="card__meta">{t('respond.title')}</p>
      <h1>{assignment.data.title}</h1>
      {auth.isAuthenticated && !asProfessional ? (
        <div className="notice" data-testid="respond-not-allowed">
          <p>{t('respond.professionalsOnly')}</p>
        </div>
      ) : (
        <RespondContent assignment={assignment.data} asProfessional={asProfessional} />
      )}
      <p>
        <Link to={`/assignments/${assignment.data.id}`}>{t('respond.backToAssignment')}</Link>
      </p>
    </>
  );
}

function RespondContent({ assignment, asProfessional }: { assignment: PublicAssignment; asProfessional: boolean }) {
  const { t } = useI18n();
  const respond = useRespondToAssignment(assignment.id);
  const ownCv = useOwnCv(asProfessional);
  const [received, setReceived] = useState<ResponseReceived | null>(null);
  const receivedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (received) receivedRef.current?.focus();
  }, [received]);

  if (received) {
    const waiting = received.status === 'PENDING_VERIFICATION';
    return (
      <div
        ref={receivedRef}
        tabIndex={-1}
        className="notice"
        role="status"
        data-testid={waiting ? 'response-check-email' : 'response-sent'}
      >
        <h2>{t(waiting ? 'respond.checkEmailTitle' : 'respond.sentTitle')}</h2>
        <p>{waiting ? t('respond.checkEmailBody') : t('respond.sentBody', { title: assignment.title })}</p>
        {!waiting && (
          <p>
            <Link to="/responses">{t('respond.toMyResponses')}</Link>
          </p>
        )}
      </div>
    );
  }

  if (asProfessional && ownCv.isPending) return <p role="status">{t('respond.loadingProfile')}</p>;

  return (
    <>
      <p className="lead">{t(asProfessional ? 'respond.introProfessional' : 'respond.introVisitor')}</p>
      <RespondForm
        questions={assignment.questions}
        withRespondent={!asProfessional}
        profileCv={asProfessional ? (ownCv.data ?? null) : null}
        onValidSubmit={async (input, cv) => {
          const result = await respond.mutateAsync({ input, cv });
          setReceived(result);
        }}
      />
    </>
  );
}
