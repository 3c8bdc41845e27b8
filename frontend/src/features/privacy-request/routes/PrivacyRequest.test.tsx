import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { nodeFetchClasses } from '@/testing/node-fetch-classes';
import { renderApp } from '@/testing/test-utils';
import { STATUS_TOKEN_KEY } from '../api/status-token';

const RECEIPT = { status: 'AWAITING_VERIFICATION' };

const request = (overrides: Record<string, unknown> = {}) => ({
  id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  type: 'ACCESS',
  status: 'COMPLETED',
  details: null,
  receivedAt: '2026-11-28T10:00:00Z',
  dueAt: '2026-12-28T10:00:00Z',
  overdue: false,
  extensionMonths: 0,
  rejectionReason: null,
  closedAt: '2026-11-28T10:00:01Z',
  history: [{ occurredAt: '2026-11-28T10:00:00Z', event: 'CONFIRMED', status: 'RECEIVED', reason: null }],
  export: null,
  exportPassword: null,
  ...overrides,
});

beforeEach(() => window.sessionStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('PrivacyRequestPage', () => {
  it('sends address and type, and answers every address with the same message', async () => {
    const api = mockApi({ 'POST /api/v1/privacy-requests': () => jsonResponse(RECEIPT, 202) });
    const messages: string[] = [];
    for (const email of ['known@example.nl', 'nobody-we-know@example.org']) {
      const user = userEvent.setup();
      const { unmount } = renderApp({ route: '/privacy-request' });
      await user.type(screen.getByLabelText(/Je e-mailadres/), email);
      await user.click(screen.getByTestId('privacy-request-type-ERASURE'));
      await user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
      const sent = await screen.findByTestId('privacy-request-sent');
      expect(sent).not.toHaveTextContent(email);
      messages.push(sent.textContent ?? '');
      unmount();
    }
    expect(messages[0]).toContain('bevestigingslink');
    expect(messages[1]).toBe(messages[0]);
    const bodies = api
      .callsTo('POST', '/api/v1/privacy-requests')
      .map((call): unknown => JSON.parse(call.body ?? '{}'));
    expect(bodies).toEqual([
      { email: 'known@example.nl', type: 'ERASURE', details: null },
      { email: 'nobody-we-know@example.org', type: 'ERASURE', details: null },
    ]);
  });
});

describe('ConfirmPrivacyRequestPage', () => {
  it('sends the fragment token in the body only, strips it, shows the password once and keeps the status token', async () => {
    const api = mockApi({
      'POST /api/v1/privacy-requests/confirmation': () =>
        jsonResponse({ request: request({ exportPassword: 'Zq8-Lm3p-Xv7t-Kd2w' }), statusToken: 'status-abc' }),
      'GET /api/v1/privacy-requests/status': () => jsonResponse(request()),
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/privacy-request/confirm#token=confirm-xyz' });

    expect(await screen.findByTestId('privacy-request-password')).toHaveTextContent('Zq8-Lm3p-Xv7t-Kd2w');
    expect(screen.getByTestId('privacy-request-password-box')).toHaveTextContent(
      'We tonen het nooit meer en sturen het nooit per e-mail',
    );
    expect(screen.getByTestId('privacy-request-status')).toHaveTextContent('Afgerond');
    const calls = api.callsTo('POST', '/api/v1/privacy-requests/confirmation');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ token: 'confirm-xyz' });
    expect(api.calls.every((call) => !call.url.href.includes('confirm-xyz'))).toBe(true);
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(window.sessionStorage.getItem(STATUS_TOKEN_KEY)).toBe('status-abc');
    const stored = JSON.stringify({ ...window.sessionStorage }) + JSON.stringify({ ...window.localStorage });
    expect(stored).not.toContain('Zq8-Lm3p-Xv7t-Kd2w');

    // Leaving the page forgets the password: coming back shows neither it nor a second confirmation.
    await user.click(screen.getByTestId('privacy-request-status-link'));
    await screen.findByTestId('privacy-request-outcome');
    await act(() => router.navigate(-1));
    expect(await screen.findByTestId('privacy-request-link-invalid')).toBeInTheDocument();
    expect(screen.queryByTestId('privacy-request-password')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/privacy-requests/confirmation')).toHaveLength(1);
  });

  it('says the link is used or expired on 404, and asks nothing without a token', async () => {
    mockApi({
      'POST /api/v1/privacy-requests/confirmation': () => problemResponse({ title: 'Not Found', status: 404 }, 404),
    });
    const first = renderApp({ route: '/privacy-request/confirm#token=used' });
    expect(await screen.findByTestId('privacy-request-link-invalid')).toHaveTextContent('niet (meer) geldig');
    first.unmount();

    const api = mockApi({});
    renderApp({ route: '/privacy-request/confirm' });
    expect(screen.getByTestId('privacy-request-link-invalid')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});

describe('PrivacyRequestStatusPage', () => {
  it('opens the request with the status token of this session, in the Werkbank-Request-Token header', async () => {
    window.sessionStorage.setItem(STATUS_TOKEN_KEY, 'status-abc');
    const api = mockApi({
      'GET /api/v1/privacy-requests/status': () => jsonResponse(request({ type: 'ERASURE', status: 'IN_PROGRESS' })),
    });
    renderApp({ route: '/privacy-request/status' });
    expect(await screen.findByTestId('privacy-request-status')).toHaveTextContent('In behandeling');
    // Issue 16: the API sends the step's code; the SPA words it, in the je tone.
    expect(screen.getByTestId('privacy-request-outcome')).toHaveTextContent(
      'Je hebt je e-mailadres bevestigd; de termijn loopt vanaf nu.',
    );
    const [call] = api.callsTo('GET', '/api/v1/privacy-requests/status');
    expect(call?.headers.get('Werkbank-Request-Token')).toBe('status-abc');
    expect(call?.url.search).toBe('');
  });

  it('reads a token from the fragment, strips it, and without any token asks for the code', async () => {
    const api = mockApi({ 'GET /api/v1/privacy-requests/status': () => jsonResponse(request()) });
    const { router, unmount } = renderApp({ route: '/privacy-request/status#token=from-link' });
    await screen.findByTestId('privacy-request-outcome');
    expect(api.callsTo('GET', '/api/v1/privacy-requests/status')[0]?.headers.get('Werkbank-Request-Token')).toBe(
      'from-link',
    );
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    unmount();

    window.sessionStorage.clear();
    const user = userEvent.setup();
    renderApp({ route: '/privacy-request/status' });
    await user.type(screen.getByLabelText(/Statuscode/), 'typed-code');
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn verzoek' }));
    await screen.findByTestId('privacy-request-outcome');
    expect(api.callsTo('GET', '/api/v1/privacy-requests/status')[1]?.headers.get('Werkbank-Request-Token')).toBe(
      'typed-code',
    );
  });

  it('forgets a status token the API no longer knows', async () => {
    window.sessionStorage.setItem(STATUS_TOKEN_KEY, 'expired');
    mockApi({
      'GET /api/v1/privacy-requests/status': () => problemResponse({ title: 'Not Found', status: 404 }, 404),
    });
    renderApp({ route: '/privacy-request/status' });
    expect(await screen.findByTestId('privacy-request-status-invalid')).toBeInTheDocument();
    await waitFor(() => expect(window.sessionStorage.getItem(STATUS_TOKEN_KEY)).toBeNull());
  });
});

describe('PrivacyRequestExportPage', () => {
  it('downloads the archive with the download token in the header, never in the address', async () => {
    const api = mockApi({
      'GET /api/v1/privacy-requests/export': () =>
        new Response(new Uint8Array([80, 75, 3, 4]), {
          headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="werkbank.zip"' },
        }),
    });
    vi.stubGlobal('Blob', (await nodeFetchClasses()).Blob);
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = vi.fn(() => 'blob:zip');
        static override revokeObjectURL = vi.fn();
      },
    );
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/privacy-request/export#token=download-123' });
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    await user.click(screen.getByRole('button', { name: 'Download het archief' }));
    await waitFor(() => expect(downloads).toEqual(['werkbank.zip']));
    const [call] = api.callsTo('GET', '/api/v1/privacy-requests/export');
    expect(call?.headers.get('Werkbank-Request-Token')).toBe('download-123');
    expect(call?.url.href).not.toContain('download-123');
    expect(screen.getByTestId('privacy-request-export-saved')).toBeInTheDocument();
  });

  it('says the link is not valid on 404', async () => {
    mockApi({
      'GET /api/v1/privacy-requests/export': () => problemResponse({ title: 'Not Found', status: 404 }, 404),
    });
    const user = userEvent.setup();
    renderApp({ route: '/privacy-request/export#token=old' });
    await user.click(screen.getByRole('button', { name: 'Download het archief' }));
    expect(await screen.findByTestId('privacy-request-export-invalid')).toBeInTheDocument();
  });
});

describe('links to the public page', () => {
  it('a visitor finds it from the home page and the footer', async () => {
    mockApi({ 'GET /api/v1/assignments': { items: [] } });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/' });
    expect(screen.getByTestId('footer-privacy-request')).toHaveAttribute('href', '/privacy-request');
    await user.click(screen.getByTestId('home-privacy-request'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacyverzoek zonder account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/privacy-request');
  });
});
