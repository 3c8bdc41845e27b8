import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextAreaField } from '@/components/form';
import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import { useRequestAction, type QueuedPrivacyRequest } from '../api/privacy-office';

const REASON_MAX = 4000;

/** Complete, extend (1 or 2 months, at most 2 in all, with a reason) or reject (with a reason). */
export function RequestActions({ queued }: { queued: QueuedPrivacyRequest }) {
  const { t, language } = useI18n();
  const action = useRequestAction(queued.request.id);
  const [months, setMonths] = useState(1);
  const [extendReason, setExtendReason] = useState('');
  const [rejectReason, setRejectReason] = useState('');
  const monthsLeft = 2 - queued.request.extensionMonths;

  if (action.isSuccess) {
    const after = action.data.request;
    return (
      <p className="notice notice--success" role="status" data-testid="request-action-done">
        {t('privacyOffice.request.done', {
          status: t(`privacyRequest.status.${after.status}` as MessageKey),
          date: formatDate(after.dueAt.slice(0, 10), language),
        })}
      </p>
    );
  }
  return (
    <>
      {action.isError && <ErrorMessage error={action.error} />}
      <section aria-labelledby="action-complete" className="action-block">
        <h2 id="action-complete">{t('privacyOffice.request.completeTitle')}</h2>
        <p>{t('privacyOffice.request.completeExplain')}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="request-complete"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: 'complete' })}
        >
          {t('privacyOffice.request.complete')}
        </button>
      </section>

      {monthsLeft > 0 && (
        <section aria-labelledby="action-extend" className="action-block">
          <h2 id="action-extend">{t('privacyOffice.request.extendTitle')}</h2>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              action.mutate({ kind: 'extend', months, reason: extendReason });
            }}
          >
            <div className="field">
              <label htmlFor="extend-months" className="field__label">
                {t('privacyOffice.request.months')}
              </label>
              <select
                id="extend-months"
                className="field__control"
                value={months}
                onChange={(event) => setMonths(Number(event.target.value))}
              >
                {[1, 2].slice(0, monthsLeft).map((value) => (
                  <option key={value} value={value}>
                    {t('privacyOffice.request.monthsOption', { count: value })}
                  </option>
                ))}
              </select>
            </div>
            <TextAreaField
              id="extend-reason"
              label={t('privacyOffice.request.reasonToSubject')}
              required
              maxLength={REASON_MAX}
              value={extendReason}
              onValueChange={setExtendReason}
            />
            <button type="submit" className="button" disabled={action.isPending}>
              {t('privacyOffice.request.extend')}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="action-reject" className="action-block">
        <h2 id="action-reject">{t('privacyOffice.request.rejectTitle')}</h2>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate({ kind: 'reject', reason: rejectReason });
          }}
        >
          <TextAreaField
            id="reject-reason"
            label={t('privacyOffice.request.reasonToSubject')}
            required
            maxLength={REASON_MAX}
            value={rejectReason}
            onValueChange={setRejectReason}
          />
          <button type="submit" className="button" disabled={action.isPending}>
            {t('privacyOffice.request.reject')}
          </button>
        </form>
      </section>
    </>
  );
}
