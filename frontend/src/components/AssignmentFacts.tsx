import type { components } from '@/lib/api';
import { formatDate, formatEuros, useI18n, type MessageKey } from '@/lib/i18n';

type Schemas = components['schemas'];

/** The facts every shape of an assignment has (PublicAssignment, ManagedAssignment, AssignmentSummary). */
export type AssignmentFactsData = Pick<Schemas['ManagedAssignment'], 'region' | 'remote' | 'skills' | 'validThrough'> &
  Partial<
    Pick<Schemas['ManagedAssignment'], 'startDate' | 'durationWeeks' | 'hoursPerWeek' | 'rateMinCents' | 'rateMaxCents'>
  > &
  Partial<Pick<Schemas['PublicAssignment'], 'province'>>;

/** "Utrecht (postcode 3511)" when the API named the province, else "3511"; "Buitenland". */
export function useRegionLabel() {
  const { t } = useI18n();
  // The schema types `province` as string | null (a nullable enum); its values are the Province enum.
  return (region: string, province?: string | null) => {
    if (region === 'ABROAD') return t('assignment.facts.abroad');
    if (province) return t('assignment.facts.place', { province: t(`province.${province}` as MessageKey), region });
    return region;
  };
}

/** The rate range in euros: "€ 85 – € 110", "vanaf € 85", "tot € 110", or undefined. */
export function useRateLabel() {
  const { t, language } = useI18n();
  return (min: number | null | undefined, max: number | null | undefined): string | undefined => {
    if (min != null && max != null) {
      return min === max ? formatEuros(min, language) : `${formatEuros(min, language)} – ${formatEuros(max, language)}`;
    }
    if (min != null) return t('assignment.facts.rateFrom', { amount: formatEuros(min, language) });
    if (max != null) return t('assignment.facts.rateUpTo', { amount: formatEuros(max, language) });
    return undefined;
  };
}

/**
 * The facts of an assignment as a description list: what the API returned, formatted in the UI
 * language. Shared by the public page, the management page and the admin review.
 */
export function AssignmentFacts({
  assignment,
  compact = false,
}: {
  assignment: AssignmentFactsData;
  compact?: boolean;
}) {
  const { t, language } = useI18n();
  const regionLabel = useRegionLabel();
  const rateLabel = useRateLabel();
  const rate = rateLabel(assignment.rateMinCents, assignment.rateMaxCents);
  const rows: { label: string; value: string; testId: string }[] = [
    {
      label: t('assignment.facts.region'),
      value: regionLabel(assignment.region, assignment.province),
      testId: 'fact-region',
    },
    {
      label: t('assignment.facts.remote'),
      value: t(`assignment.facts.remote.${assignment.remote}` as MessageKey),
      testId: 'fact-remote',
    },
  ];
  if (assignment.startDate)
    rows.push({
      label: t('assignment.facts.startDate'),
      value: formatDate(assignment.startDate, language),
      testId: 'fact-start',
    });
  if (assignment.durationWeeks != null) {
    rows.push({
      label: t('assignment.facts.duration'),
      value: t('assignment.facts.weeks', { count: assignment.durationWeeks }),
      testId: 'fact-duration',
    });
  }
  if (assignment.hoursPerWeek != null) {
    rows.push({
      label: t('assignment.facts.hours'),
      value: t('assignment.facts.hoursPerWeek', { count: assignment.hoursPerWeek }),
      testId: 'fact-hours',
    });
  }
  if (rate) rows.push({ label: t('assignment.facts.rate'), value: rate, testId: 'fact-rate' });
  rows.push({
    label: t('assignment.facts.validThrough'),
    value: formatDate(assignment.validThrough, language),
    testId: 'fact-valid-through',
  });

  return (
    <dl className={`details${compact ? ' details--compact' : ''}`}>
      {rows.map((row) => (
        <div key={row.testId}>
          <dt>{row.label}</dt>
          <dd data-testid={row.testId}>{row.value}</dd>
        </div>
      ))}
      {assignment.skills.length > 0 && (
        <div>
          <dt>{t('assignment.facts.skills')}</dt>
          <dd>
            <ul className="tag-list" data-testid="fact-skills">
              {assignment.skills.map((skill) => (
                <li key={skill} className="tag">
                  {skill}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The requirement questions, read-only (responses to them come with the response form). */
export function AssignmentQuestions({ questions, headingId }: { questions: Schemas['Question'][]; headingId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('assignment.questions.title')}</h2>
      {questions.length === 0 ? (
        <p>{t('assignment.questions.none')}</p>
      ) : (
        <ol className="entry-list" data-testid="assignment-questions">
          {questions.map((question) => (
            <li key={question.id}>
              <p className="entry-list__title">{question.text}</p>
              <p className="entry-list__meta">
                {t(`assignment.questions.kind.${question.kind}` as MessageKey)} ·{' '}
                {t(question.required ? 'assignment.questions.required' : 'assignment.questions.optional')}
              </p>
              {question.kind === 'CHOICE' && question.options.length > 0 && (
                <ul className="tag-list" aria-label={t('assignment.questions.choices')}>
                  {question.options.map((option) => (
                    <li key={option} className="tag">
                      {option}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An assignment's status as a badge-like text. */
export function AssignmentStatusBadge({ status }: { status: Schemas['AssignmentStatus'] }) {
  const { t } = useI18n();
  return (
    <span className="tag" data-testid="assignment-status" data-status={status}>
      {t(`assignment.status.${status}` as MessageKey)}
    </span>
  );
}
