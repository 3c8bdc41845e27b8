import { useEffect, useRef, useState } from 'react';
import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { Link, useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useMe } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { usePostAssignment } from '../api/post-assignment';
import { emptyAssignmentForm, toSubmission } from '../components/assignment-form-model';
import { AssignmentForm } from '../components/AssignmentForm';

/**
 * /assignments/new: anyone posts an assignment. Without an account the poster's details
 * come along and the e-mail address is confirmed by a link (202); a signed-in client posts a
 * draft for their organisation (201) and continues on its management page.
 */
export function NewAssignmentPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();
  useDocumentTitle(t('assignments.new.title'));

  let content;
  if (auth.isLoading || (auth.isAuthenticated && me.isPending)) {
    content = <p role="status">{t('auth.checking')}</p>;
  } else if (auth.isAuthenticated && me.isError) {
    content = <ErrorMessage error={me.error} heading={t('me.errorTitle')} onRetry={() => void me.refetch()} />;
  } else if (auth.isAuthenticated && !hasAnyRole(me.data?.roles, [ROLES.client])) {
    content = (
      <div className="notice" data-testid="post-not-allowed">
        <p>{t('assignments.new.clientsOnly')}</p>
      </div>
    );
  } else {
    content = <NewAssignmentContent asClient={auth.isAuthenticated} />;
  }

  return (
    <>
      <h1>{t('assignments.new.title')}</h1>
      {content}
    </>
  );
}

function NewAssignmentContent({ asClient }: { asClient: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const post = usePostAssignment();
  const [received, setReceived] = useState(false);
  const [initial] = useState(emptyAssignmentForm);
  const receivedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (received) receivedRef.current?.focus();
  }, [received]);

  if (received) {
    return (
      <div ref={receivedRef} tabIndex={-1} className="notice" role="status" data-testid="posting-received">
        <h2>{t('assignments.new.receivedTitle')}</h2>
        <p>{t('assignments.new.receivedBody')}</p>
        <p>
          <Link to="/assignments">{t('assignments.backToList')}</Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <p className="lead">{t(asClient ? 'assignments.new.introClient' : 'assignments.new.introAnonymous')}</p>
      <AssignmentForm
        initial={initial}
        withPoster={!asClient}
        showNameOrganisation={asClient}
        submitLabel={t('assignments.new.submit')}
        previewFirst
        onValidSubmit={async (values) => {
          const result = await post.mutateAsync(toSubmission(values, { asClient }));
          if (result.kind === 'draft') void navigate(`/manage/${result.assignment.id}`);
          else setReceived(true);
        }}
      />
    </>
  );
}
