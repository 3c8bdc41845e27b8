import { useI18n } from '@/lib/i18n';
import { useKeepResponse, useResponseKeepLink } from '../api/keep';
import { KeepLinkConfirmation } from '../components/KeepLinkConfirmation';
import { useKeepLinkFromHash } from './link';

/**
 * /keep-response#k=… (R-4, T-1): the closing mail's question "may we keep your response for a
 * year?", logged out. Opening the page changes nothing; the button answers yes.
 */
export function KeepResponsePage() {
  const { t } = useI18n();
  const link = useKeepLinkFromHash();
  const checked = useResponseKeepLink(link);
  const keep = useKeepResponse();
  const answered = keep.isSuccess || checked.data?.kept;
  return (
    <KeepLinkConfirmation
      testId="keep-response"
      title={t('keepResponse.title')}
      link={link}
      checked={checked}
      keep={keep}
      done={
        answered ? t('keepResponse.done', { title: (keep.data ?? checked.data)?.assignmentTitle ?? '' }) : undefined
      }
      question={(response) => t('keepResponse.question', { title: response.assignmentTitle })}
      confirm={t('keepResponse.confirm')}
    />
  );
}
