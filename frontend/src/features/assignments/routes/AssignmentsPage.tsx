import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useAssignmentList, type AssignmentSearchCriteria } from '../api/list-assignments';
import { AssignmentListItem } from '../components/AssignmentListItem';
import { AssignmentSearchForm } from '../components/AssignmentSearchForm';
import { criteriaFromParams, paramsFromCriteria } from '../components/search-criteria';

/** /assignments: everyone can list and search the published assignments. */
export function AssignmentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('assignments.list.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const criteria = useMemo(() => criteriaFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const list = useAssignmentList(criteria);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <h1>{t('assignments.list.title')}</h1>
      <p className="lead">{t('assignments.list.intro')}</p>
      <p>
        <Link to="/assignments/new" className="button">
          {t('assignments.list.post')}
        </Link>
      </p>
      <AssignmentSearchForm
        criteria={criteria}
        onSearch={(next: AssignmentSearchCriteria) => setSearchParams(paramsFromCriteria(next))}
      />
      <section aria-labelledby="assignments-results" className="section">
        <h2 id="assignments-results">{t('assignments.list.results')}</h2>
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
