import { useId, useState } from 'react';
import { useI18n } from '@/lib/i18n';

/** Where the choice is kept; keeping it is itself strictly necessary storage. */
export const STORAGE_CONSENT_KEY = 'werkbank.storage-consent';
/** C-7: a choice is asked again after at most 60 days. */
export const STORAGE_CONSENT_DAYS = 60;

export interface StorageChoice {
  analytics: boolean;
  personalisation: boolean;
  decidedAt: string;
}

/** The visitor's current choice; none when never made, unreadable or older than 60 days. */
export function currentStorageChoice(now: Date = new Date()): StorageChoice | undefined {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_CONSENT_KEY) ?? 'null') as StorageChoice | null;
    if (!stored || typeof stored.decidedAt !== 'string') return undefined;
    const age = now.getTime() - new Date(stored.decidedAt).getTime();
    return age >= 0 && age < STORAGE_CONSENT_DAYS * 24 * 60 * 60 * 1000 ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * C-7: until the visitor chooses, nothing but strictly necessary storage is used; analytics and
 * personalisation are off by default and the choice expires after 60 days. The categories fold
 * away so that on a phone the banner leaves the page's first screen to the page.
 */
export function StorageConsentBanner() {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState(() => currentStorageChoice());
  const [analytics, setAnalytics] = useState(false);
  const [personalisation, setPersonalisation] = useState(false);
  if (choice) return null;

  const save = (next: Omit<StorageChoice, 'decidedAt'>) => {
    const stored = { ...next, decidedAt: new Date().toISOString() };
    try {
      window.localStorage.setItem(STORAGE_CONSENT_KEY, JSON.stringify(stored));
    } catch {
      // Without storage the banner asks again on the next visit; the choice holds for this page.
    }
    setChoice(stored);
  };
  return (
    <section
      className="notice notice--banner storage-consent"
      aria-labelledby={`${id}-title`}
      data-testid="storage-consent"
    >
      <h2 id={`${id}-title`}>{t('storage.title')}</h2>
      <p>{t('storage.text')}</p>
      <details className="storage-consent__choices">
        <summary>{t('storage.choose')}</summary>
        <fieldset>
          <legend>{t('storage.categories')}</legend>
          <label>
            <input type="checkbox" checked disabled /> {t('storage.necessary')}
          </label>
          <label>
            <input type="checkbox" checked={analytics} onChange={(e) => setAnalytics(e.target.checked)} />{' '}
            {t('storage.analytics')}
          </label>
          <label>
            <input type="checkbox" checked={personalisation} onChange={(e) => setPersonalisation(e.target.checked)} />{' '}
            {t('storage.personalisation')}
          </label>
        </fieldset>
      </details>
      <button type="button" className="button" onClick={() => save({ analytics: false, personalisation: false })}>
        {t('storage.onlyNecessary')}
      </button>{' '}
      <button type="button" className="button" onClick={() => save({ analytics, personalisation })}>
        {t('storage.save')}
      </button>
    </section>
  );
}
