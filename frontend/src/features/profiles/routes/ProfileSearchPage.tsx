import { useMemo } from 'react';
import { useSearchParams } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { ProfileShape } from '@/components/ProfileView';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useProfileSearch, type ProfileSearchCriteria } from '../api/search-profiles';
import { ProfileResult } from '../components/ProfileResult';
import { SearchForm } from '../components/SearchForm';
import { criteriaFromParams, paramsFromCriteria } from '../components/search-criteria';

/** /profiles: clients search profiles (P-4); every hit comes in the shape the API allows. */
export function ProfileSearchPage() {
  const { t } = useI18n();
  useDocumentTitle(t('search.title'));
  return (
    <>
      <h1>{t('search.title')}</h1>
      <RequireRole roles={[ROLES.client, ROLES.admin]}>
        <SearchContent />
      </RequireRole>
    </>
  );
}

function SearchContent() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const paramsKey = searchParams.toString();
  const criteria = useMemo(() => criteriaFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const search = useProfileSearch(criteria);
  const items = (search.data?.pages.flatMap((page) => page.items) ?? []) as ProfileShape[];

  return (
    <>
      <p className="lead">{t('search.intro')}</p>
      <SearchForm
        criteria={criteria}
        onSearch={(next: ProfileSearchCriteria) => setSearchParams(paramsFromCriteria(next))}
      />
      <section aria-labelledby="search-results-title" className="section">
        <h2 id="search-results-title">{t('search.results')}</h2>
        {search.isPending && <p role="status">{t('search.loading')}</p>}
        {search.isError && !search.isFetchNextPageError && (
          <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />
        )}
        {search.isSuccess && items.length === 0 && (
          <p className="notice" role="status" data-testid="search-empty">
            {t('search.empty')}
          </p>
        )}
        {items.length > 0 && (
          <>
            <ul className="card-list" aria-busy={search.isFetching && !search.isFetchingNextPage}>
              {items.map((profile) => (
                <ProfileResult key={profile.id} profile={profile} />
              ))}
            </ul>
            {search.isFetchNextPageError && <ErrorMessage error={search.error} />}
            <LoadMore
              hasMore={search.hasNextPage}
              loading={search.isFetchingNextPage}
              onLoadMore={() => void search.fetchNextPage()}
              shown={items.length}
            />
          </>
        )}
      </section>
    </>
  );
}
