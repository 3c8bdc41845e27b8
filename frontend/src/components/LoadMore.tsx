import { useI18n } from '@/lib/i18n';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** How many items are shown now: announced politely after each page. */
  shown: number;
  testId?: string;
}

/** "Load more" for keyset-paginated lists (the API's nextCursor), with a polite count. */
export function LoadMore({ hasMore, loading, onLoadMore, shown, testId = 'load-more' }: LoadMoreProps) {
  const { t } = useI18n();
  return (
    <div className="load-more">
      <p role="status" className="load-more__count">
        {loading ? t('list.loadingMore') : t('list.shown', { count: shown })}
      </p>
      {hasMore && (
        <button
          type="button"
          className="button"
          data-testid={testId}
          disabled={loading}
          aria-disabled={loading}
          onClick={onLoadMore}
        >
          {t('list.loadMore')}
        </button>
      )}
    </div>
  );
}
