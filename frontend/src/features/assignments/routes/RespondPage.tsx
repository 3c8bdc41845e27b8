import { useEffect, useRef, useState } from 'react';
import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { Link, useParams } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoginButton } from '@/components/AuthButtons';
import { ApiError, useMe, type Me } from '@/lib/api';
import { formatDate, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useAssignment, type PublicAssignment } from '../api/get-assignment';
import { useMyResponsesTo, type MyResponse } from '../api/get-my-responses-to';
import { useRespondentProfile } from '../api/get-respondent-profile';
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
        <RespondContent assignment={assignment.data} asProfessional={asProfessional} me={me.data} />
      )}
      <p>
        <Link to={`/assignments/${assignment.data.id}`}>{t('respond.backToAssignment')}</Link>
      </p>
    </>
  );
}

function RespondContent({
  assignment,
  asProfessional,
  me,
}: {
  assignment: PublicAssignment;
  asProfessional: boolean;
  me: Me | undefined;
}) {
  const { t, language } = useI18n();
  const respond = useRespondToAssignment(assignment.id);
  const profile = useRespondentProfile(asProfessional);
  const earlier = useMyResponsesTo(assignment.id, asProfessional);
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

  if (asProfessional && (profile.isPending || earlier.isPending)) {
    return <p role="status">{t('respond.loadingProfile')}</p>;
  }
  if (asProfessional && (profile.isError || earlier.isError)) {
    return (
      <ErrorMessage
        error={profile.error ?? earlier.error}
        onRetry={() => void Promise.all([profile.refetch(), earlier.refetch()])}
      />
    );
  }
  const active = earlier.data?.find((response) => response.status !== 'WITHDRAWN');
  if (active) return <AlreadyResponded response={active} />;
  const withdrawn = earlier.data?.[0];
  // The API sends the profile's name and contact details, or without a profile the account's.
  const sender = asProfessional
    ? {
        name: profile.data?.name ?? me?.name ?? '',
        email: profile.data ? profile.data.email : (me?.email ?? null),
        phone: profile.data?.phone ?? null,
      }
    : undefined;

  return (
    <>
      <p className="lead">{t(asProfessional ? 'respond.introProfessional' : 'respond.introVisitor')}</p>
      {withdrawn && (
        <p className="notice" data-testid="respond-withdrawn-before">
          {t('respond.already.withdrawn', { date: formatDate(withdrawn.createdAt.slice(0, 10), language) })}
        </p>
      )}
      {!asProfessional && (
        <div className="notice" data-testid="respond-login-hint">
          <p>{t('respond.visitor.login')}</p>
          <p>
            <LoginButton className="button" testId="respond-login" />
          </p>
        </div>
      )}
      <RespondForm
        questions={assignment.questions}
        withRespondent={!asProfessional}
        sender={sender}
        profileCv={asProfessional ? (profile.data?.cv ?? null) : null}
        onValidSubmit={async (input, cv) => {
          const result = await respond.mutateAsync({ input, cv });
          setReceived(result);
        }}
      />
    </>
  );
}

/** one active response per assignment; instead of a second form, the first one's status. */
function AlreadyResponded({ response }: { response: MyResponse }) {
  const { t, language } = useI18n();
  return (
    <div className="notice" data-testid="respond-already" data-status={response.status}>
      <h2>{t('respond.already.title')}</h2>
      <p>
        {t('respond.already.body', {
          date: formatDate(response.createdAt.slice(0, 10), language),
          status: t(`response.status.${response.status}` as MessageKey),
        })}
      </p>
      <p>
        <Link to="/responses">{t('respond.already.toMyResponses')}</Link>
      </p>
    </div>
  );
}
