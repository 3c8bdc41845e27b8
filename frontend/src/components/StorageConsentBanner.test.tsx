import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';
import { STORAGE_CONSENT_KEY, currentStorageChoice } from './StorageConsentBanner';

describe('StorageConsentBanner (C-7)', () => {
  afterEach(() => window.localStorage.clear());

  it('asks until the visitor chooses, with analytics off by default, and keeps nothing else', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderApp({ route: '/', language: 'en' });

    const banner = screen.getByTestId('storage-consent');
    await user.click(screen.getByText('Choose per category'));
    expect(screen.getByRole('checkbox', { name: 'Strictly necessary (always on)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Analytics (never full IP addresses)' })).not.toBeChecked();
    expect(window.localStorage.getItem(STORAGE_CONSENT_KEY)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Only necessary' }));

    expect(banner).not.toBeInTheDocument();
    expect(currentStorageChoice()).toMatchObject({ analytics: false, personalisation: false });
  });

  it('asks again once the choice is 60 days old', () => {
    const decidedAt = new Date('2026-01-01T00:00:00Z');
    window.localStorage.setItem(
      STORAGE_CONSENT_KEY,
      JSON.stringify({ analytics: true, personalisation: false, decidedAt: decidedAt.toISOString() }),
    );
    expect(currentStorageChoice(new Date('2026-02-28T00:00:00Z'))).toMatchObject({ analytics: true });
    expect(currentStorageChoice(new Date('2026-03-02T00:00:00Z'))).toBeUndefined();
  });
});
