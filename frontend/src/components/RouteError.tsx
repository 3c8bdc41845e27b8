import { Link, useLocation, useNavigate } from '@/lib/router';
import { useDocumentTitle, useI18n } from '@/lib/i18n';

/**
 * The router's error boundary: a page (or the layout) that failed to render shows this instead,
 * in the user's language, with a way to try again and a way back to the start page. No technical
 * details: they mean nothing to the user and may contain data.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  useDocumentTitle(t('errors.boundary.title'));

  const content = (
    <div className="notice notice--error" role="alert" data-testid="route-error">
      <h1>{t('errors.boundary.title')}</h1>
      <p>{t('errors.boundary.body')}</p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          data-testid="route-error-retry"
          // A new navigation to the same address clears the router's error and renders the page again.
          onClick={() => void navigate(`${location.pathname}${location.search}`, { replace: true })}
        >
          {t('errors.boundary.retry')}
        </button>
        <Link to="/" data-testid="route-error-home">
          {t('errors.boundary.home')}
        </Link>
      </p>
    </div>
  );
  return standalone ? (
    <main id="main" className="site-main">
      {content}
    </main>
  ) : (
    content
  );
}
