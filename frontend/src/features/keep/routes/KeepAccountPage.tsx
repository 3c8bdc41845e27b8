import { useI18n } from '@/lib/i18n';
import { useKeepAccount, useKeepAccountLink } from '../api/keep';
import { KeepLinkConfirmation } from '../components/KeepLinkConfirmation';
import { useKeepLinkFromHash } from './link';

/**
 * /keep-account#k=… (T-3): the link of the inactivity warning, logged out. Opening the page changes
 * nothing (mail scanners follow links); the button keeps the account.
 */
export function KeepAccountPage() {
  const { t } = useI18n();
  const link = useKeepLinkFromHash();
  const checked = useKeepAccountLink(link);
  const keep = useKeepAccount();
  return (
    <KeepLinkConfirmation
      testId="keep-account"
      title={t('keepAccount.title')}
      link={link}
      checked={checked}
      keep={keep}
      done={keep.isSuccess ? t('keepAccount.done') : undefined}
      question={() => t('keepAccount.question')}
      confirm={t('keepAccount.confirm')}
    />
  );
}
