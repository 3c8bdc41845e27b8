import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ApiError } from '@/lib/api';
import { formatDateTime, useI18n } from '@/lib/i18n';
import { useRuns, useStartRun, type RetentionRun } from '../api/retention';
import { categoryName } from './labels';

function totals(run: RetentionRun) {
  const sum = { examined: 0, deleted: 0, anonymised: 0, held: 0, errors: 0 };
  for (const category of run.categories) {
    sum.examined += category.examined;
    sum.deleted += category.deleted;
    sum.anonymised += category.anonymised;
    sum.held += category.held;
    sum.errors += category.errors;
  }
  return sum;
}

/** T-4: start a sweep (after a confirmation) or a dry run, and the reports of past runs. */
export function RunsSection() {
  const { t } = useI18n();
  const start = useStartRun();
  const [confirming, setConfirming] = useState(false);
  const busy = start.error instanceof ApiError && start.error.status === 409;

  return (
    <>
      <p>{t('retention.runs.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={() => {
            setConfirming(false);
            start.mutate(true);
          }}
          data-testid="run-dry"
        >
          {t('retention.runs.dryRun')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={start.isPending}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
          data-testid="run-now"
        >
          {t('retention.runs.runNow')}
        </button>
      </div>
      {confirming && (
        <div className="notice" data-testid="run-confirmation">
          <p>{t('retention.runs.confirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={start.isPending}
              onClick={() => {
                setConfirming(false);
                start.mutate(false);
              }}
              data-testid="run-confirm"
            >
              {t('retention.runs.confirmRun')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('retention.runs.cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" data-testid="run-result">
        {start.isSuccess &&
          t(start.data.dryRun ? 'retention.runs.startedDry' : 'retention.runs.started', totals(start.data))}
      </div>
      {start.isError &&
        (busy ? (
          <div className="notice notice--error" role="alert" data-testid="run-busy">
            <p>{t('retention.runs.busy')}</p>
          </div>
        ) : (
          <ErrorMessage error={start.error} heading={t('retention.runs.failed')} />
        ))}
      <RunList />
    </>
  );
}

function RunList() {
  const { t } = useI18n();
  const runs = useRuns();
  if (runs.isPending) return <p role="status">{t('retention.loading')}</p>;
  if (runs.isError && !runs.data) return <ErrorMessage error={runs.error} onRetry={() => void runs.refetch()} />;
  const items = runs.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p data-testid="runs-empty">{t('retention.runs.empty')}</p>;
  return (
    <>
      <ol className="card-list" data-testid="runs">
        {items.map((run) => (
          <RunReport key={run.id} run={run} />
        ))}
      </ol>
      <LoadMore
        hasMore={runs.hasNextPage}
        loading={runs.isFetchingNextPage}
        onLoadMore={() => void runs.fetchNextPage()}
        shown={items.length}
        testId="runs-more"
      />
    </>
  );
}

function RunReport({ run }: { run: RetentionRun }) {
  const { t, language } = useI18n();
  const headingId = `run-${run.id}`;
  const caption = t('retention.runs.caption');
  return (
    <li className="card" data-testid="run">
      <h3 id={headingId} className="card__title">
        {t('retention.runs.heading', {
          kind: t(run.dryRun ? 'retention.runs.kind.dry' : 'retention.runs.kind.real'),
          startedAt: formatDateTime(run.startedAt, language),
        })}
      </h3>
      <p className="card__meta">
        {t(run.trigger === 'SCHEDULE' ? 'retention.runs.trigger.SCHEDULE' : 'retention.runs.trigger.MANUAL')},{' '}
        {run.finishedAt
          ? t('retention.runs.finished', { finishedAt: formatDateTime(run.finishedAt, language) })
          : t('retention.runs.running')}
      </p>
      <ScrollRegion label={`${caption}: ${formatDateTime(run.startedAt, language)}`}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.policies.category')}</th>
              <th scope="col">{t('retention.runs.examined')}</th>
              <th scope="col">{t('retention.runs.deleted')}</th>
              <th scope="col">{t('retention.runs.anonymised')}</th>
              <th scope="col">{t('retention.runs.held')}</th>
              <th scope="col">{t('retention.runs.errors')}</th>
              <th scope="col">{t('retention.runs.duration')}</th>
            </tr>
          </thead>
          <tbody>
            {run.categories.map((category) => (
              <tr key={category.category}>
                <th scope="row">{categoryName(category.category, t)}</th>
                <td>{category.examined}</td>
                <td>{category.deleted}</td>
                <td>{category.anonymised}</td>
                <td>{category.held}</td>
                <td>{category.errors > 0 ? <strong className="badge badge--danger">{category.errors}</strong> : 0}</td>
                <td>{category.durationMs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </li>
  );
}
