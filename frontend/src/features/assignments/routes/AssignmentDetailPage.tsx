import { useEffect } from 'react';
import { Link, useParams } from '@/lib/router';
import { AssignmentFacts, AssignmentQuestions } from '@/components/AssignmentFacts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api';
import { formatDate, useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { useAssignment, type PublicAssignment } from '../api/get-assignment';
import { AssignmentActions } from '../components/AssignmentActions';

/**
 * /assignments/:id: a published assignment, exactly as the API returns it, with the API's own
 * JobPosting as JSON-LD for search engines (F-3). 410 → closed, 404 → not found.
 */
export function AssignmentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const assignment = useAssignment(id);
  useDocumentTitle(assignment.data?.title ?? t('assignments.detail.title'));

  if (assignment.isPending) {
    return (
      <>
        <h1>{t('assignments.detail.title')}</h1>
        <p role="status">{t('assignments.detail.loading')}</p>
      </>
    );
  }
  if (assignment.isError) {
    const status = assignment.error instanceof ApiError ? assignment.error.status : undefined;
    if (status === 410) {
      return (
        <>
          <h1>{t('assignments.closed.title')}</h1>
          <div className="notice" data-testid="assignment-closed">
            <p>{t('assignments.closed.body')}</p>
            <p>
              <Link to="/assignments">{t('assignments.backToList')}</Link>
            </p>
          </div>
        </>
      );
    }
    if (status === 404 || status === 400) {
      return (
        <>
          <h1>{t('assignments.notFound.title')}</h1>
          <div className="notice" data-testid="assignment-not-found">
            <p>{t('assignments.notFound.body')}</p>
            <p>
              <Link to="/assignments">{t('assignments.backToList')}</Link>
            </p>
          </div>
        </>
      );
    }
    return (
      <>
        <h1>{t('assignments.detail.title')}</h1>
        <ErrorMessage error={assignment.error} onRetry={() => void assignment.refetch()} />
      </>
    );
  }
  return <AssignmentDetail assignment={assignment.data} />;
}

/** Puts the API's JobPosting into document.head while the page is shown (not built here). */
function useJobPostingJsonLd(jobPosting: PublicAssignment['jobPosting']) {
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.testid = 'job-posting-jsonld';
    // JSON.stringify escapes quotes; "<" is escaped too so no "</script>" can end the element early.
    script.textContent = JSON.stringify(jobPosting).replace(/</g, '\\u003c');
    document.head.appendChild(script);
    return () => script.remove();
  }, [jobPosting]);
}

/** Plain text with blank lines between paragraphs → the paragraphs (the text is never parsed as HTML). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function AssignmentDetail({ assignment }: { assignment: PublicAssignment }) {
  const { t, language } = useI18n();
  useJobPostingJsonLd(assignment.jobPosting);
  return (
    <article aria-labelledby="assignment-title" data-testid="assignment-detail">
      <h1 id="assignment-title">{assignment.title}</h1>
      {assignment.hiringOrganization && (
        <p className="lead" data-testid="assignment-hiring-organization">
          {t('assignments.detail.hiringOrganization', { name: assignment.hiringOrganization })}
        </p>
      )}
      <p className="card__meta">
        {t('assignments.detail.published', { date: formatDate(assignment.publishedAt.slice(0, 10), language) })} ·{' '}
        {t('assignments.detail.procedure', {
          status: t(`assignment.procedure.${assignment.procedureStatus}` as MessageKey),
        })}
      </p>
      <AssignmentFacts assignment={assignment} />
      <AssignmentActions id={assignment.id} title={assignment.title} placement="top" />
      <section aria-labelledby="assignment-description" className="section">
        <h2 id="assignment-description">{t('assignments.detail.description')}</h2>
        <div data-testid="assignment-description">
          {paragraphs(assignment.description).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>
      <AssignmentQuestions questions={assignment.questions} headingId="assignment-questions-title" />
      <p>
        <Link to="/assignments">{t('assignments.backToList')}</Link>
      </p>
      <AssignmentActions id={assignment.id} title={assignment.title} placement="bar" />
    </article>
  );
}
