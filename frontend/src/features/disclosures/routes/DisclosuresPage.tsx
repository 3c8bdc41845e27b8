import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useDisclosures } from '../api/list-disclosures';
import { DisclosureList } from '../components/DisclosureList';

/** /privacy/disclosures: "who received my data" (D-8). */
export function DisclosuresPage() {
  const { t } = useI18n();
  useDocumentTitle(t('disclosures.title'));
  return (
    <>
      <h1>{t('disclosures.title')}</h1>
      <RequireRole roles={[ROLES.professional]}>
        <DisclosuresContent />
      </RequireRole>
    </>
  );
}

function DisclosuresContent() {
  const { t } = useI18n();
  const disclosures = useDisclosures();
  if (disclosures.isPending) {
    return <p role="status">{t('disclosures.loading')}</p>;
  }
  if (disclosures.isError && !disclosures.data) {
    return <ErrorMessage error={disclosures.error} onRetry={() => void disclosures.refetch()} />;
  }
  const items = disclosures.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p className="lead">{t('disclosures.intro')}</p>
      {items.length === 0 ? (
        <p className="notice" data-testid="disclosures-empty">
          {t('disclosures.empty')}
        </p>
      ) : (
        <DisclosureList items={items} />
      )}
      {disclosures.isFetchNextPageError && <ErrorMessage error={disclosures.error} />}
      {items.length > 0 && (
        <LoadMore
          hasMore={disclosures.hasNextPage}
          loading={disclosures.isFetchingNextPage}
          onLoadMore={() => void disclosures.fetchNextPage()}
          shown={items.length}
        />
      )}
    </>
  );
}
