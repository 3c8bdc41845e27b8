import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';

interface KeepLinkConfirmationProps<Checked, Kept> {
  /** Prefix of the test ids: `-invalid`, `-done`, `-confirm`. */
  testId: string;
  title: string;
  link: string | undefined;
  checked: UseQueryResult<Checked>;
  keep: UseMutationResult<Kept, Error, string>;
  /** The confirmation, once the answer is given (now or before); undefined while it is still asked. */
  done: string | undefined;
  question: (checked: Checked) => string;
  confirm: string;
}

/**
 * A signed one-click link from a mail, opened logged out (T-3, R-4): opening it only checks the
 * link (mail scanners follow links); the button gives the answer.
 */
export function KeepLinkConfirmation<Checked, Kept>({
  testId,
  title,
  link,
  checked,
  keep,
  done,
  question,
  confirm,
}: KeepLinkConfirmationProps<Checked, Kept>) {
  const { t } = useI18n();
  useDocumentTitle(title);

  let content;
  if (!link || (checked.isError && isNotFound(checked.error))) {
    content = (
      <div className="notice notice--error" role="alert" data-testid={`${testId}-invalid`}>
        <p>{t('keep.invalid')}</p>
      </div>
    );
  } else if (done !== undefined) {
    content = (
      <div className="notice" role="status" data-testid={`${testId}-done`}>
        <p>{done}</p>
      </div>
    );
  } else if (checked.isError) {
    content = <ErrorMessage error={checked.error} />;
  } else if (checked.isPending) {
    content = <p role="status">{t('keep.loading')}</p>;
  } else {
    content = (
      <>
        <p>{question(checked.data)}</p>
        {keep.isError && <ErrorMessage error={keep.error} heading={t('keep.failed')} />}
        <button
          type="button"
          className="button"
          disabled={keep.isPending}
          onClick={() => keep.mutate(link)}
          data-testid={`${testId}-confirm`}
        >
          {confirm}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{title}</h1>
      {content}
    </>
  );
}
