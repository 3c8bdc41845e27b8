import { Link } from '@/lib/router';
import { useDocumentTitle, useI18n } from '@/lib/i18n';

/** Where "Mijn gegevens" sends a person whose account was just erased (and who is signed out). */
export function AccountErasedPage() {
  const { t } = useI18n();
  useDocumentTitle(t('closure.erased.title'));
  return (
    <>
      <h1>{t('closure.erased.title')}</h1>
      <div className="notice notice--success" role="status" data-testid="account-erased">
        <p>{t('closure.erased.text')}</p>
        <p>{t('closure.erased.kept')}</p>
      </div>
      <p>
        <Link to="/">{t('closure.erased.home')}</Link>
      </p>
    </>
  );
}
