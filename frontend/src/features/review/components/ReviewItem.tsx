import { useState, type FormEvent } from 'react';
import { AssignmentFacts, AssignmentQuestions } from '@/components/AssignmentFacts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { TextAreaField } from '@/components/form';
import { fieldsByPath, maxLength, REQUIRED, useApiForm, type ValidationErrors } from '@/lib/forms';
import { formatDateTime, useI18n } from '@/lib/i18n';
import { useApproveAssignment } from '../api/approve-assignment';
import type { ManagedAssignment } from '../api/list-review-queue';
import { useRejectAssignment } from '../api/reject-assignment';

const REASON_MAX = 1000;

/**
 * One assignment waiting for review, with who posted it (staff only) and the two decisions. The
 * buttons' accessible names include the title, so a list of them stays distinguishable.
 */
export function ReviewItem({
  assignment,
  onDecided,
}: {
  assignment: ManagedAssignment;
  onDecided: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const approve = useApproveAssignment();
  const reject = useRejectAssignment();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const headingId = `review-${assignment.id}-title`;
  const reasonId = `review-${assignment.id}-reason`;
  const title = assignment.title;
  const rejectForm = useApiForm({
    fieldAt: fieldsByPath({
      reason: {
        id: reasonId,
        label: t('review.reason', { title }),
        messages: { required: REQUIRED, 'too-long': maxLength(REASON_MAX) },
      },
    }),
    validate: (): ValidationErrors => {
      const trimmed = reason.trim();
      if (!trimmed) return { reason: REQUIRED };
      return trimmed.length > REASON_MAX ? { reason: maxLength(REASON_MAX) } : {};
    },
  });

  const onReject = (event: FormEvent<HTMLFormElement>) =>
    rejectForm.submit(event, async () => {
      await reject.mutateAsync({ id: assignment.id, reason: reason.trim() });
      onDecided(t('review.rejected', { title }));
    });

  const poster = assignment.poster;
  return (
    <li className="card" data-testid="review-item">
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      <p className="card__meta">{t('review.received', { date: formatDateTime(assignment.updatedAt, language) })}</p>
      <h3>{t('review.postedBy')}</h3>
      {poster ? (
        <dl className="details details--compact" data-testid="review-poster">
          <div>
            <dt>{t('assignments.poster.name')}</dt>
            <dd>{poster.name}</dd>
          </div>
          <div>
            <dt>{t('assignments.poster.organisation')}</dt>
            <dd>{poster.organisation}</dd>
          </div>
          <div>
            <dt>{t('assignments.poster.email')}</dt>
            <dd>
              {poster.email} ({t(poster.emailVerified ? 'manage.poster.verified' : 'manage.poster.unverified')})
            </dd>
          </div>
          <div>
            <dt>{t('assignments.poster.phone')}</dt>
            <dd>{poster.phone}</dd>
          </div>
        </dl>
      ) : (
        <p data-testid="review-organisation">{assignment.organisation ?? '—'}</p>
      )}
      <h3>{t('review.assignment')}</h3>
      <AssignmentFacts assignment={assignment} compact />
      <p style={{ whiteSpace: 'pre-wrap' }}>{assignment.description}</p>
      <AssignmentQuestions questions={assignment.questions} headingId={`review-${assignment.id}-questions`} />

      {approve.isError && <ErrorMessage error={approve.error} heading={t('review.failed', { title })} />}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="review-approve"
          disabled={approve.isPending || reject.isPending}
          onClick={() => {
            reject.reset();
            approve.mutate(assignment.id, { onSuccess: () => onDecided(t('review.approved', { title })) });
          }}
        >
          {t('review.approve', { title })}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={rejecting}
          aria-controls={`review-${assignment.id}-reject`}
          data-testid="review-reject-toggle"
          onClick={() => setRejecting((value) => !value)}
        >
          {t('review.rejectStart', { title })}
        </button>
      </div>
      {rejecting && (
        <form
          id={`review-${assignment.id}-reject`}
          className="form"
          noValidate
          onSubmit={onReject}
          aria-label={t('review.rejectForm', { title })}
        >
          <FormErrors form={rejectForm} failedHeading={t('review.failed', { title })} />
          <TextAreaField
            id={reasonId}
            label={t('review.reason', { title })}
            hint={t('review.reasonHint')}
            required
            error={rejectForm.errorFor('reason')}
            value={reason}
            onValueChange={setReason}
          />
          <button type="submit" className="button" data-testid="review-reject" disabled={rejectForm.submitting}>
            {t('review.reject', { title })}
          </button>
        </form>
      )}
    </li>
  );
}
