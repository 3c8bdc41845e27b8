import { useId } from 'react';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { PurposeConsent } from '../api/consents';

const BASIS: Record<PurposeConsent['legalBasis'], MessageKey> = {
  CONSENT: 'consents.basis.CONSENT',
  SOFT_OPT_IN: 'consents.basis.SOFT_OPT_IN',
  CONTRACT: 'consents.basis.CONTRACT',
  LEGITIMATE_INTEREST: 'consents.basis.LEGITIMATE_INTEREST',
  LEGAL_OBLIGATION: 'consents.basis.LEGAL_OBLIGATION',
};

interface PurposeListProps {
  purposes: PurposeConsent[];
  busy: boolean;
  onChange: (purpose: PurposeConsent, on: boolean) => void;
}

/** C-1: every purpose with its basis in plain language; a switch for those the person may refuse. */
export function PurposeList({ purposes, busy, onChange }: PurposeListProps) {
  return (
    <ul className="purpose-list">
      {purposes.map((purpose) => (
        <PurposeItem key={purpose.purpose} purpose={purpose} busy={busy} onChange={onChange} />
      ))}
    </ul>
  );
}

function PurposeItem({
  purpose,
  busy,
  onChange,
}: { purpose: PurposeConsent; busy: boolean } & Pick<PurposeListProps, 'onChange'>) {
  const { t } = useI18n();
  const explanationId = useId();
  return (
    <li className="purpose" data-testid={`purpose-${purpose.purpose}`}>
      <h3>{purpose.name}</h3>
      <p id={explanationId}>{purpose.explanation}</p>
      <p className="purpose__basis">{t(BASIS[purpose.legalBasis])}</p>
      {purpose.refusable ? (
        <label className="purpose__switch">
          <input
            type="checkbox"
            role="switch"
            checked={purpose.active}
            disabled={busy}
            aria-describedby={explanationId}
            onChange={(event) => onChange(purpose, event.target.checked)}
          />{' '}
          {t(purpose.active ? 'consents.on' : 'consents.off', { name: purpose.name })}
        </label>
      ) : (
        <p className="purpose__fixed">{t('consents.notRefusable')}</p>
      )}
      {purpose.noticeVersion != null && (
        <p className="purpose__notice">{t('consents.underNotice', { version: purpose.noticeVersion })}</p>
      )}
    </li>
  );
}
