import { useEffect, useRef, useState } from 'react';
import { Link } from '@/lib/router';
import { disclosureRecipientText } from '@/components/DisclosureRecipient';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ResponseAnswers, ResponseStatusBadge } from '@/components/ResponseDetails';
import { formatDateTime, useI18n, type MessageKey } from '@/lib/i18n';
import type { MyResponse } from '../api/list-my-responses';
import { useWithdrawMyResponse } from '../api/withdraw-my-response';

/**
 * One of the respondent's responses: to which assignment, its status, that it was forwarded
 * to the poster of that assignment (never who the poster is; the API's `forwardedTo` is a kind and
 * a name, worded here in the chosen language, issue 16), the procedure's progress, the answers and
 * motivation (collapsed), and withdrawing it after a confirmation.
 */
export function MyResponseItem({ response }: { response: MyResponse }) {
  const { t, language } = useI18n();
  const withdraw = useWithdrawMyResponse();
  const [confirming, setConfirming] = useState(false);
  const [withdrawn, setWithdrawn] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);
  const headingId = `my-response-${response.id}`;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [confirming]);

  useEffect(() => {
    if (withdrawn) statusRef.current?.focus();
  }, [withdrawn]);

  const canWithdraw = response.status !== 'WITHDRAWN';

  return (
    <li className="card" data-testid="my-response" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link to={`/assignments/${response.assignmentId}`}>{response.assignmentTitle}</Link>
      </h2>
      <p>
        {t('myResponses.status')}: <ResponseStatusBadge status={response.status} testId="my-response-status" />
      </p>
      <p data-testid="my-response-forwarded">
        {response.forwardedAt
          ? t('myResponses.forwardedAt', {
              recipient: disclosureRecipientText(response.forwardedTo, t),
              date: formatDateTime(response.forwardedAt, language),
            })
          : t('myResponses.notForwarded')}
      </p>
      <p className="card__meta">{t('myResponses.sentAt', { date: formatDateTime(response.createdAt, language) })}</p>
      {response.thisAssignmentOnly && (
        <p className="notice" data-testid="my-response-this-only">
          {t('myResponses.thisAssignmentOnly')}
        </p>
      )}

      <h3>{t('myResponses.procedure')}</h3>
      {response.procedureUpdates.length === 0 ? (
        <p>{t('myResponses.noUpdates')}</p>
      ) : (
        <ol className="entry-list" data-testid="my-response-updates">
          {response.procedureUpdates.map((update, index) => (
            <li key={`${update.createdAt}-${index}`}>
              <p className="entry-list__title">{t(`assignment.procedure.${update.status}` as MessageKey)}</p>
              <p className="entry-list__meta">{formatDateTime(update.createdAt, language)}</p>
              {update.message && <p>{update.message}</p>}
            </li>
          ))}
        </ol>
      )}

      <details className="section">
        <summary>{t('myResponses.showResponse')}</summary>
        <ResponseAnswers answers={response.answers} motivation={response.motivation} />
      </details>

      <p ref={statusRef} tabIndex={-1} role="status" data-testid="my-response-done">
        {withdrawn ? t('myResponses.withdrawn') : ''}
      </p>
      {withdraw.isError && <ErrorMessage error={withdraw.error} heading={t('myResponses.withdrawFailed')} />}
      {canWithdraw &&
        (confirming ? (
          <div
            className="notice"
            role="group"
            aria-labelledby={`${headingId}-confirm`}
            data-testid="my-response-confirm"
          >
            <p id={`${headingId}-confirm`}>{t('myResponses.confirmWithdraw', { title: response.assignmentTitle })}</p>
            <p className="button-row">
              <button
                ref={confirmRef}
                type="button"
                className="button button--primary"
                disabled={withdraw.isPending}
                data-testid="my-response-withdraw-confirm"
                onClick={() =>
                  withdraw.mutate(response.id, {
                    onSuccess: () => {
                      setConfirming(false);
                      setWithdrawn(true);
                    },
                  })
                }
              >
                {t('myResponses.withdrawYes')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  returnFocus.current = true;
                  setConfirming(false);
                }}
              >
                {t('myResponses.withdrawNo')}
              </button>
            </p>
          </div>
        ) : (
          <p className="button-row">
            <button
              ref={startRef}
              type="button"
              className="button"
              data-testid="my-response-withdraw"
              onClick={() => {
                withdraw.reset();
                setConfirming(true);
              }}
            >
              {t('myResponses.withdraw', { title: response.assignmentTitle })}
            </button>
          </p>
        ))}
    </li>
  );
}
