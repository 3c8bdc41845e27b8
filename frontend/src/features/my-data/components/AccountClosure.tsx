import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAuth } from '@/lib/auth';
import { useNavigate } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckboxField } from '@/components/form';
import { useFocusAfterRender } from '@/lib/focus';
import { formatDate, formatDateTime, useI18n } from '@/lib/i18n';
import { useCloseAccount, useReopenAccount } from '../api/account-closure';
import { useFileRequest, type PrivacyRequest } from '../api/my-requests';

export const ERASED_PATH = '/me/data/erased';

type Step = 'choose' | 'confirm-close' | 'confirm-erase';

/**
 * "Account sluiten of wissen" (D-4): what goes, what the law makes us keep, and when. Closing
 * hides the profile at once and erases after 30 days (reopening possible until then); erasing
 * files an ERASURE request that is carried out at once, after which the login no longer exists
 * and the person is signed out here.
 */
export function AccountClosure() {
  const { t, language } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const close = useCloseAccount();
  const reopen = useReopenAccount();
  const erase = useFileRequest();
  const focusAfterRender = useFocusAfterRender();
  const [step, setStep] = useState<Step>('choose');
  const [understood, setUnderstood] = useState(false);
  const [pendingErasure, setPendingErasure] = useState<PrivacyRequest | null>(null);

  const goTo = (next: Step, focusId: string) => {
    setStep(next);
    focusAfterRender(focusId);
  };

  const signOutErased = async () => {
    // The account is gone at the identity provider too: forget this session's data and tokens here.
    queryClient.clear();
    await auth.removeUser();
    void navigate(ERASED_PATH, { replace: true });
  };

  return (
    <div data-testid="account-closure">
      <h3>{t('closure.goes.title')}</h3>
      <ul>
        <li>{t('closure.goes.account')}</li>
        <li>{t('closure.goes.profile')}</li>
        <li>{t('closure.goes.responses')}</li>
        <li>{t('closure.goes.mail')}</li>
      </ul>
      <h3>{t('closure.stays.title')}</h3>
      <ul>
        <li>{t('closure.stays.records')}</li>
        <li>{t('closure.stays.proof')}</li>
        <li>{t('closure.stays.recipients')}</li>
      </ul>
      <h3>{t('closure.when.title')}</h3>
      <ul>
        <li>{t('closure.when.close')}</li>
        <li>{t('closure.when.erase')}</li>
      </ul>

      {step === 'choose' && (
        <div className="home-actions">
          <button
            type="button"
            className="button"
            data-testid="closure-close"
            onClick={() => goTo('confirm-close', 'closure-confirm-close-title')}
          >
            {t('closure.close')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="closure-erase"
            onClick={() => {
              setUnderstood(false);
              goTo('confirm-erase', 'closure-confirm-erase-title');
            }}
          >
            {t('closure.erase')}
          </button>
        </div>
      )}

      {step === 'confirm-close' && (
        <div className="notice" data-testid="closure-confirm-close">
          <h3 id="closure-confirm-close-title" tabIndex={-1} className="notice__heading">
            {t('closure.confirmClose.title')}
          </h3>
          <p>{t('closure.confirmClose.text')}</p>
          <div className="home-actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="closure-close-confirm"
              disabled={close.isPending}
              onClick={() =>
                close.mutate(undefined, {
                  onSuccess: () => {
                    reopen.reset();
                    goTo('choose', 'closure-result');
                  },
                })
              }
            >
              {t('closure.confirmClose.yes')}
            </button>
            <button type="button" className="button" onClick={() => goTo('choose', 'closure-close')}>
              {t('closure.cancel')}
            </button>
          </div>
          {close.isError && <ErrorMessage error={close.error} />}
        </div>
      )}

      {step === 'confirm-erase' && (
        <form
          className="notice form"
          data-testid="closure-confirm-erase"
          onSubmit={(event) => {
            event.preventDefault();
            if (!understood) return;
            erase.mutate(
              { type: 'ERASURE' },
              {
                onSuccess: (request) => {
                  if (request.status === 'COMPLETED') void signOutErased();
                  else setPendingErasure(request);
                },
              },
            );
          }}
        >
          <h3 id="closure-confirm-erase-title" tabIndex={-1} className="notice__heading">
            {t('closure.confirmErase.title')}
          </h3>
          <p>{t('closure.confirmErase.text')}</p>
          <CheckboxField
            id="closure-erase-understood"
            label={t('closure.confirmErase.understood')}
            checked={understood}
            onCheckedChange={setUnderstood}
          />
          <div className="home-actions">
            <button
              type="submit"
              className="button button--primary"
              data-testid="closure-erase-confirm"
              disabled={!understood || erase.isPending}
            >
              {t('closure.confirmErase.yes')}
            </button>
            <button type="button" className="button" onClick={() => goTo('choose', 'closure-erase')}>
              {t('closure.cancel')}
            </button>
          </div>
          {erase.isPending && <p role="status">{t('closure.erasing')}</p>}
          {erase.isError && <ErrorMessage error={erase.error} />}
          {pendingErasure && (
            <p className="notice notice--success" role="status" data-testid="closure-erase-received">
              {t('closure.eraseReceived', { date: formatDate(pendingErasure.dueAt.slice(0, 10), language) })}
            </p>
          )}
        </form>
      )}

      <div id="closure-result" tabIndex={-1}>
        {close.isSuccess && !reopen.isSuccess && (
          <p className="notice notice--success" role="status" data-testid="closure-closed">
            {t('closure.closed', {
              closedAt: formatDateTime(close.data.closedAt, language),
              erasureDueAt: formatDate(close.data.erasureDueAt.slice(0, 10), language),
            })}
          </p>
        )}
        {reopen.isSuccess && (
          <p className="notice notice--success" role="status" data-testid="closure-reopened">
            {t('closure.reopened')}
          </p>
        )}
      </div>

      <h3>{t('closure.reopen.title')}</h3>
      <p>{t('closure.reopen.text')}</p>
      <button
        type="button"
        className="button"
        data-testid="closure-reopen"
        disabled={reopen.isPending}
        onClick={() => {
          close.reset();
          reopen.mutate(undefined, { onSuccess: () => focusAfterRender('closure-result') });
        }}
      >
        {t('closure.reopen.button')}
      </button>
      {reopen.isError && <ErrorMessage error={reopen.error} />}
    </div>
  );
}
