import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useOrganisations } from '../api/list-organisations';
import { OrganisationTable } from '../components/OrganisationTable';

/** /admin/organisations: staff verify organisations (O-1). */
export function AdminOrganisationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.organisations.title'));
  return (
    <>
      <h1>{t('admin.organisations.title')}</h1>
      <RequireRole roles={[ROLES.admin]}>
        <AdminOrganisationsContent />
      </RequireRole>
    </>
  );
}

function AdminOrganisationsContent() {
  const { t } = useI18n();
  const organisations = useOrganisations();
  if (organisations.isPending) return <p role="status">{t('admin.organisations.loading')}</p>;
  if (organisations.isError && !organisations.data) {
    return <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />;
  }
  const items = organisations.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p className="lead">{t('admin.organisations.intro')}</p>
      {items.length === 0 ? (
        <p className="notice">{t('admin.organisations.empty')}</p>
      ) : (
        <OrganisationTable organisations={items} />
      )}
      {organisations.isFetchNextPageError && <ErrorMessage error={organisations.error} />}
      {items.length > 0 && (
        <LoadMore
          hasMore={organisations.hasNextPage}
          loading={organisations.isFetchingNextPage}
          onLoadMore={() => void organisations.fetchNextPage()}
          shown={items.length}
        />
      )}
    </>
  );
}
