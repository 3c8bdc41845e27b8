import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import { useConsents, useDecideConsent, type PurposeConsent } from '../api/consents';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * C-3: asked once after each login when a consent was given under a notice older than its latest
 * material change. Decided, as the API does: the old consent stands until the person answers.
 * The purposes did not change under their ids, so what they agreed to is still what we do, and
 * "later" (or Escape) records nothing: the question comes back at the next login and stays on
 * the consents page. Keeping records a new grant under the current notice; withdrawing stops the
 * purpose at once.
 *
 * A modal dialog: labelled by its title, the rest of the page inert while it is open, Tab kept
 * inside, Escape closes it, and focus goes back to where it was.
 */
export function NoticeReconfirmDialog({ onClose }: { onClose: () => void }) {
  const consents = useConsents();
  const flagged = consents.data?.purposes.filter((purpose) => purpose.needsConfirmation) ?? [];
  const [answered, setAnswered] = useState(false);
  if (!consents.data || (!consents.data.confirmationNeeded && !answered)) return null;
  return (
    <Dialog
      purposes={flagged}
      version={consents.data.currentNoticeVersion}
      onAnswered={() => setAnswered(true)}
      onClose={onClose}
    />
  );
}

interface DialogProps {
  purposes: PurposeConsent[];
  version: number;
  onAnswered: () => void;
  onClose: () => void;
}

function Dialog({ purposes, version, onAnswered, onClose }: DialogProps) {
  const { t } = useI18n();
  const decide = useDecideConsent();
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const done = purposes.length === 0;

  useInertBackground(dialogRef);

  useEffect(() => {
    if (done) doneRef.current?.focus();
    else titleRef.current?.focus();
  }, [done, purposes.length]);

  const answer = (purpose: PurposeConsent, keep: boolean) =>
    decide.mutate(
      { purpose: purpose.purpose, decision: keep ? 'GRANT' : 'WITHDRAW', form: 'NOTICE_CONFIRMATION' },
      { onSuccess: onAnswered },
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop">
      {/* The keydown handler keeps Tab inside and closes on Escape; the dialog itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={dialogRef}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onKeyDown={onKeyDown}
        data-testid="notice-dialog"
      >
        <h2 id={titleId} ref={titleRef} tabIndex={-1}>
          {t('consents.reconfirm.title')}
        </h2>
        {done ? (
          <>
            <p id={textId} role="status" data-testid="notice-dialog-done">
              {t('consents.dialog.done')}
            </p>
            <button ref={doneRef} type="button" className="button button--primary" onClick={onClose}>
              {t('consents.dialog.close')}
            </button>
          </>
        ) : (
          <>
            <p id={textId}>{t('consents.reconfirm.text', { version })}</p>
            <p>
              <Link to="/privacy" onClick={onClose}>
                {t('consents.dialog.readNotice')}
              </Link>
            </p>
            <ul className="modal__purposes">
              {purposes.map((purpose) => (
                <li key={purpose.purpose} data-testid={`notice-dialog-${purpose.purpose}`}>
                  <h3>{purpose.name}</h3>
                  <p>{purpose.explanation}</p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={decide.isPending}
                      onClick={() => answer(purpose, true)}
                    >
                      {t('consents.reconfirm.keep', { name: purpose.name })}
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={decide.isPending}
                      onClick={() => answer(purpose, false)}
                    >
                      {t('consents.reconfirm.stop', { name: purpose.name })}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            {decide.isError && <ErrorMessage error={decide.error} heading={t('consents.failed')} />}
            <p className="field__hint">{t('consents.dialog.laterHint')}</p>
            <button type="button" className="button" onClick={onClose} data-testid="notice-dialog-later">
              {t('consents.dialog.later')}
            </button>
          </>
        )}
      </div>
    </div>,
    document.body,
  );
}

/**
 * While the dialog is open, everything else in <body> is inert (not focusable, not read), and
 * focus returns afterwards to the element that had it.
 */
function useInertBackground(dialogRef: RefObject<HTMLDivElement | null>) {
  const restore = useCallback((previous: Element | null) => {
    if (previous instanceof HTMLElement && previous !== document.body && previous.isConnected) previous.focus();
    else document.getElementById('main')?.focus();
  }, []);
  useEffect(() => {
    const previous = document.activeElement;
    const container = dialogRef.current?.parentElement;
    const others = Array.from(document.body.children).filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element !== container && !element.hasAttribute('inert'),
    );
    for (const element of others) element.setAttribute('inert', '');
    return () => {
      for (const element of others) element.removeAttribute('inert');
      restore(previous);
    };
  }, [dialogRef, restore]);
}
