import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en as enFirstPage } from './en';
import { enMore } from './en-more';
import { I18nProvider, LANGUAGE_STORAGE_KEY, translate, useI18n } from './i18n';
import { nl as nlFirstPage, type MessageKey } from './nl';
import { nlMore } from './nl-more';

const nl: Record<MessageKey, string> = { ...nlFirstPage, ...nlMore };
const en: Record<MessageKey, string> = { ...enFirstPage, ...enMore };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('dictionaries', () => {
  it('have exactly the same keys in Dutch and English, in the same part', () => {
    expect(Object.keys(enFirstPage).sort()).toEqual(Object.keys(nlFirstPage).sort());
    expect(Object.keys(enMore).sort()).toEqual(Object.keys(nlMore).sort());
    expect(Object.keys(nlMore).filter((key) => key in nlFirstPage)).toEqual([]);
  });

  it('have no empty strings and the same placeholders per key', () => {
    for (const key of Object.keys(nl) as MessageKey[]) {
      expect(nl[key].trim(), `nl ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('are really translated (most strings differ between the languages)', () => {
    const keys = Object.keys(nl) as MessageKey[];
    const same = keys.filter((key) => nl[key] === en[key]);
    // Only proper names (provinces too), language names and words Dutch shares with English may be identical.
    expect(same.sort()).toEqual([
      'app.documentTitle',
      'app.name',
      'introductions.status',
      'language.en',
      'language.nl',
      'manage.status',
      'myResponses.status',
      'nav.menu',
      'privacyOffice.queue.status',
      'province.DRENTHE',
      'province.FLEVOLAND',
      'province.FRIESLAND',
      'province.GELDERLAND',
      'province.GRONINGEN',
      'province.LIMBURG',
      'province.OVERIJSSEL',
      'province.UTRECHT',
      'province.ZEELAND',
      'received.status',
      'retention.period.week',
      'role.coach',
      'role.professional',
    ]);
  });
});

describe('translate', () => {
  it('fills in placeholders and leaves unknown ones alone', () => {
    expect(translate('nl', 'auth.signedInAs', { name: 'Petra' })).toBe('Ingelogd als Petra');
    expect(translate('en', 'auth.signedInAs', { name: 'Petra' })).toBe('Signed in as Petra');
    expect(translate('en', 'auth.signedInAs')).toBe('Signed in as {name}');
  });
});

function Probe() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div>
      <p data-testid="text">{t('nav.me')}</p>
      <p data-testid="language">{language}</p>
      <button type="button" onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}>
        switch
      </button>
    </div>
  );
}

describe('I18nProvider', () => {
  it('defaults to Dutch and sets <html lang="nl">', () => {
    document.documentElement.lang = '';
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text')).toHaveTextContent('Mijn account');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switching changes the text and html lang, and remembers the choice for the session only', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByTestId('text')).toHaveTextContent('My account');
    expect(document.documentElement.lang).toBe('en');
    expect(window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    expect(document.cookie).toBe('');

    await user.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByTestId('text')).toHaveTextContent('Mijn account');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('starts in the language stored for this session, ignoring invalid values', () => {
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('language')).toHaveTextContent('en');
    expect(document.documentElement.lang).toBe('en');
    unmount();

    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('language')).toHaveTextContent('nl');
  });
});
