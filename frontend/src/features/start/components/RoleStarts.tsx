import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api';
import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import {
  useLatestResponses,
  useManagedAssignments,
  useMatchingAssignments,
  useNewResponseCounts,
  useOrganisationsToVerify,
  useOwnProfile,
  usePrivacyQueue,
  useReviewQueue,
} from '../api/start-queries';
import { profileCompleteness } from './profile-completeness';

function Loading() {
  const { t } = useI18n();
  return <p role="status">{t('start.loading')}</p>;
}

/** Professional: profile completeness, new assignments that fit, the status of my responses. */
export function ProfessionalStart() {
  const { t } = useI18n();
  const profile = useOwnProfile(true);
  const responses = useLatestResponses(true);
  const matching = useMatchingAssignments(profile.isSuccess ? (profile.data?.skills ?? []) : undefined);
  const completeness = profileCompleteness(profile.data ?? null);
  return (
    <div className="start-grid">
      <section className="start-block" aria-labelledby="start-profile" data-testid="start-profile">
        <h2 id="start-profile">{t('start.profile.title')}</h2>
        {profile.isPending ? (
          <Loading />
        ) : profile.isError ? (
          <ErrorMessage error={profile.error} />
        ) : (
          <>
            <p>
              <label htmlFor="start-profile-meter">
                {t('start.profile.complete', { percent: completeness.percent })}
              </label>
            </p>
            <progress id="start-profile-meter" max={100} value={completeness.percent}>
              {completeness.percent}%
            </progress>
            {completeness.missing.length > 0 && (
              <p>
                {t('start.profile.missing')} {completeness.missing.map((key) => t(key)).join(', ')}
              </p>
            )}
            <Link to="/profile">{t(profile.data ? 'start.profile.edit' : 'start.profile.create')}</Link>
          </>
        )}
      </section>

      <section className="start-block" aria-labelledby="start-matching" data-testid="start-matching">
        <h2 id="start-matching">{t('start.matching.title')}</h2>
        {matching.isPending ? (
          <Loading />
        ) : matching.isError ? (
          <ErrorMessage error={matching.error} />
        ) : matching.data.length === 0 ? (
          <p>{t('start.matching.none')}</p>
        ) : (
          <ul className="link-list">
            {matching.data.map((assignment) => (
              <li key={assignment.id}>
                <Link to={`/assignments/${assignment.id}`}>{assignment.title}</Link>
              </li>
            ))}
          </ul>
        )}
        <Link to="/assignments">{t('start.matching.all')}</Link>
      </section>

      <section className="start-block" aria-labelledby="start-responses" data-testid="start-responses">
        <h2 id="start-responses">{t('start.responses.title')}</h2>
        {responses.isPending ? (
          <Loading />
        ) : responses.isError ? (
          <ErrorMessage error={responses.error} />
        ) : responses.data.length === 0 ? (
          <p>{t('start.responses.none')}</p>
        ) : (
          <ul className="link-list">
            {responses.data.map((response) => (
              <li key={response.id}>
                {response.assignmentTitle}: <strong>{t(`response.status.${response.status}` as MessageKey)}</strong>
              </li>
            ))}
          </ul>
        )}
        <Link to="/responses">{t('start.responses.all')}</Link>
      </section>
    </div>
  );
}

/** Client: my assignments with how many responses are new. */
export function ClientStart() {
  const { t } = useI18n();
  const assignments = useManagedAssignments(true);
  const ids = assignments.data?.map((assignment) => assignment.id) ?? [];
  const counts = useNewResponseCounts(ids);
  return (
    <div className="start-grid">
      <section
        className="start-block start-block--wide"
        aria-labelledby="start-assignments"
        data-testid="start-assignments"
      >
        <h2 id="start-assignments">{t('start.client.title')}</h2>
        {assignments.isPending ? (
          <Loading />
        ) : assignments.error instanceof ApiError && assignments.error.status === 403 ? (
          // A client who has not registered their organisation yet has no assignments to manage.
          <p data-testid="start-no-organisation">
            {t('start.client.noOrganisation')} <Link to="/organisation">{t('start.client.registerOrganisation')}</Link>
          </p>
        ) : assignments.isError ? (
          <ErrorMessage error={assignments.error} />
        ) : assignments.data.length === 0 ? (
          <p>{t('start.client.none')}</p>
        ) : (
          <ul className="link-list">
            {assignments.data.map((assignment, index) => {
              const count = counts[index]?.data;
              return (
                <li key={assignment.id}>
                  <Link to={`/manage/${assignment.id}`}>{assignment.title}</Link>{' '}
                  <span className="badge">{t(`assignment.status.${assignment.status}` as MessageKey)}</span>{' '}
                  {count !== undefined && (
                    <span data-testid="start-new-responses">{t('start.client.newResponses', { count })}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p className="start-actions">
          <Link to="/organisation/assignments">{t('start.client.all')}</Link>
          <Link to="/assignments/new" className="button button--primary">
            {t('nav.postAssignment')}
          </Link>
        </p>
      </section>
    </div>
  );
}

/** Admin: what waits for review and for verification. */
export function AdminStart() {
  const { t } = useI18n();
  const review = useReviewQueue(true);
  const organisations = useOrganisationsToVerify(true);
  return (
    <div className="start-grid">
      <section className="start-block" aria-labelledby="start-review" data-testid="start-review">
        <h2 id="start-review">{t('start.admin.reviewTitle')}</h2>
        {review.isPending ? (
          <Loading />
        ) : review.isError ? (
          <ErrorMessage error={review.error} />
        ) : (
          <p>{t('start.admin.reviewCount', { count: review.data.length })}</p>
        )}
        <Link to="/admin/review">{t('start.admin.reviewLink')}</Link>
      </section>
      <section className="start-block" aria-labelledby="start-verify" data-testid="start-verify">
        <h2 id="start-verify">{t('start.admin.verifyTitle')}</h2>
        {organisations.isPending ? (
          <Loading />
        ) : organisations.isError ? (
          <ErrorMessage error={organisations.error} />
        ) : (
          <p>{t('start.admin.verifyCount', { count: organisations.data.length })}</p>
        )}
        <Link to="/admin/organisations">{t('start.admin.verifyLink')}</Link>
      </section>
    </div>
  );
}

/** Privacy officer: the first requests in the queue, overdue ones flagged. */
export function PrivacyOfficerStart() {
  const { t, language } = useI18n();
  const queue = usePrivacyQueue(true);
  return (
    <div className="start-grid">
      <section className="start-block start-block--wide" aria-labelledby="start-queue" data-testid="start-queue">
        <h2 id="start-queue">{t('start.privacy.title')}</h2>
        {queue.isPending ? (
          <Loading />
        ) : queue.isError ? (
          <ErrorMessage error={queue.error} />
        ) : queue.data.length === 0 ? (
          <p>{t('start.privacy.none')}</p>
        ) : (
          <ul className="link-list">
            {queue.data.map(({ request }) => (
              <li key={request.id}>
                <Link to={`/privacy-officer/requests/${request.id}`}>
                  {t(`privacyRequest.type.${request.type}` as MessageKey)}
                </Link>{' '}
                {t('start.privacy.due', { date: formatDate(request.dueAt.slice(0, 10), language) })}
                {request.overdue && <strong className="badge badge--danger"> {t('privacyRequest.overdue')}</strong>}
              </li>
            ))}
          </ul>
        )}
        <Link to="/privacy-officer/requests">{t('start.privacy.all')}</Link>
      </section>
    </div>
  );
}
