import { useMemo } from 'react';
import { Link, useSearchParams } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useAssignmentList, type AssignmentSearchCriteria, type AssignmentSort } from '../api/list-assignments';
import { mayPost, useViewer } from '../components/assignment-actions';
import { AssignmentListItem } from '../components/AssignmentListItem';
import { AssignmentSearchForm } from '../components/AssignmentSearchForm';
import { criteriaFromParams, paramsFromCriteria, SORTS } from '../components/search-criteria';
import '../components/assignment-list.css';

/** /assignments: everyone can list, search and sort the published assignments, like a job board. */
export function AssignmentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('assignments.list.title'));
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const criteria = useMemo(() => criteriaFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const list = useAssignmentList(criteria);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total;
  const search = (next: AssignmentSearchCriteria) => setSearchParams(paramsFromCriteria(next));

  return (
    <>
      <div className="assignment-list-head">
        <div>
          <h1>{t('assignments.list.title')}</h1>
          <p className="lead">{t('assignments.list.intro')}</p>
        </div>
        {mayPost(viewer) && (
          <Link to="/assignments/new" className="button" data-testid="post-assignment-link">
            {t('assignments.list.post')}
          </Link>
        )}
      </div>
      <AssignmentSearchForm criteria={criteria} onSearch={search} />
      <section aria-labelledby="assignments-results">
        <div className="assignment-results__bar">
          <h2 id="assignments-results" aria-live="polite" data-testid="assignments-count">
            {total === undefined
              ? t('assignments.list.results')
              : total === 1
                ? t('assignments.list.count.one')
                : t('assignments.list.count.other', { count: total })}
          </h2>
          <div className="assignment-results__sort">
            <label htmlFor="assignments-sort" className="field__label">
              {t('assignments.list.sort')}
            </label>
            <select
              id="assignments-sort"
              className="field__control"
              data-testid="assignments-sort"
              value={criteria.sort ?? 'NEWEST'}
              onChange={(event) => search({ ...criteria, sort: event.target.value as AssignmentSort })}
            >
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`assignments.list.sort.${sort}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {list.isPending && <p role="status">{t('assignments.list.loading')}</p>}
        {list.isError && !list.isFetchNextPageError && (
          <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
        )}
        {list.isSuccess && items.length === 0 && (
          <p className="notice" role="status" data-testid="assignments-empty">
            {t('assignments.list.empty')}
          </p>
        )}
        {items.length > 0 && (
          <>
            <ul className="card-list" aria-busy={list.isFetching && !list.isFetchingNextPage}>
              {items.map((assignment) => (
                <AssignmentListItem key={assignment.id} assignment={assignment} />
              ))}
            </ul>
            {list.isFetchNextPageError && <ErrorMessage error={list.error} />}
            <LoadMore
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
              shown={items.length}
            />
          </>
        )}
      </section>
    </>
  );
}
