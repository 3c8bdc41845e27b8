import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { nodeFetchClasses } from '@/testing/node-fetch-classes';
import { renderApp } from '@/testing/test-utils';
import { requestIdOfExportUrl } from '../api/my-requests';

const REQUEST_ID = '5b0c1f4e-2a7d-4c1e-9d3f-8a6b2c4d1e0f';
const signedIn = () => createFakeAuth({ user: { accessToken: 'token-petra', sub: 'kc-petra' } });

const request = (overrides: Record<string, unknown>) => ({
  id: REQUEST_ID,
  type: 'ACCESS',
  status: 'COMPLETED',
  details: null,
  receivedAt: '2026-11-28T10:00:00Z',
  dueAt: '2026-12-28T10:00:00Z',
  overdue: false,
  extensionMonths: 0,
  rejectionReason: null,
  closedAt: '2026-11-28T10:00:01Z',
  history: [{ occurredAt: '2026-11-28T10:00:00Z', event: 'RECEIVED', status: 'RECEIVED', reason: null }],
  export: null,
  exportPassword: null,
  ...overrides,
});

afterEach(() => vi.unstubAllGlobals());

describe('MyDataPage', () => {
  it('shows the archive password once and downloads the file from export.url with the owner token', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/requests': { items: [] },
      'GET /api/v1/me/disclosures': { items: [] },
      'POST /api/v1/me/requests': () =>
        jsonResponse(
          request({
            exportPassword: 'kX9-vQ2m-Lp7w-Rt4z',
            export: { url: `/api/v1/me/requests/${REQUEST_ID}/export`, expiresAt: '2026-12-05T10:00:00Z' },
          }),
          202,
        ),
      [`GET /api/v1/me/requests/${REQUEST_ID}/export`]: () =>
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
    renderApp({ route: '/me/data', auth: signedIn() });

    await user.click(await screen.findByRole('button', { name: 'Maak mijn download klaar' }));
    const ready = await screen.findByTestId('export-ready');
    expect(within(ready).getByTestId('export-password')).toHaveTextContent('kX9-vQ2m-Lp7w-Rt4z');
    expect(ready).toHaveTextContent('we tonen het niet nog een keer');
    const [filed] = api.callsTo('POST', '/api/v1/me/requests');
    expect(JSON.parse(filed?.body ?? '{}')).toEqual({ type: 'ACCESS', details: null });
    expect(filed?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);

    await user.click(within(ready).getByRole('button', { name: 'Download het archief' }));
    await waitFor(() => expect(downloads).toEqual(['werkbank.zip']));
    const [download] = api.callsTo('GET', `/api/v1/me/requests/${REQUEST_ID}/export`);
    expect(download?.headers.get('Authorization')).toBe('Bearer token-petra');
  });

  it('files a rectification with its details and lists my requests with their status', async () => {
    let filed = false;
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/me/requests': () =>
        jsonResponse({
          items: filed
            ? [request({ type: 'RECTIFICATION', status: 'RECEIVED', closedAt: null, details: 'Naam is Smit' })]
            : [],
        }),
      'GET /api/v1/me/disclosures': {
        items: [
          {
            id: '00000000-0000-4000-8000-000000000009',
            recipient: { kind: 'organisation', name: 'Jansen BV' },
            recipientPerson: null,
            categories: ['name'],
            purpose: 'recruitment',
            disclosedAt: '2026-11-01T09:00:00Z',
          },
        ],
      },
      'POST /api/v1/me/requests': () => {
        filed = true;
        return jsonResponse(request({ type: 'RECTIFICATION', status: 'RECEIVED', closedAt: null }), 202);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/me/data', auth: signedIn() });

    expect(await screen.findByTestId('my-requests-empty')).toHaveTextContent('nog geen verzoeken');
    expect(await screen.findByTestId('recipients')).toHaveTextContent('Jansen BV');
    // A client has no disclosures page of its own: no link to it.
    expect(screen.queryByRole('link', { name: /Alle ontvangers/ })).not.toBeInTheDocument();

    await user.click(screen.getByTestId('request-type-RECTIFICATION'));
    await user.type(screen.getByLabelText('Toelichting'), '  Naam is Smit  ');
    await user.click(screen.getByRole('button', { name: 'Verzoek indienen' }));

    expect(await screen.findByTestId('request-filed')).toHaveTextContent(
      'Je verzoek (Corrigeren) is ontvangen. We handelen het uiterlijk 28 december 2026 af.',
    );
    expect(JSON.parse(api.callsTo('POST', '/api/v1/me/requests')[0]?.body ?? '{}')).toEqual({
      type: 'RECTIFICATION',
      details: 'Naam is Smit',
    });
    const item = await screen.findByTestId('my-request');
    expect(within(item).getByRole('heading')).toHaveTextContent('Corrigeren');
    expect(within(item).getByTestId('my-request-status')).toHaveTextContent('Ontvangen');
    expect(item).toHaveTextContent('uiterlijk 28 december 2026 afgehandeld');
  });

  it('offers every type of request', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/requests': { items: [] },
      'GET /api/v1/me/disclosures': { items: [] },
    });
    renderApp({ route: '/me/data', auth: signedIn(), language: 'en' });
    const types = within(await screen.findByRole('group', { name: 'What do you want?' }))
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value'));
    expect(types).toEqual([
      'ACCESS',
      'PORTABILITY',
      'RECTIFICATION',
      'RESTRICTION',
      'LIFT_RESTRICTION',
      'OBJECTION',
      'ERASURE',
    ]);
  });

  it('asks to log in when signed out', () => {
    mockApi({});
    renderApp({ route: '/me/data' });
    expect(screen.getByTestId('login-required')).toBeInTheDocument();
  });
});

describe('requestIdOfExportUrl', () => {
  it('accepts only the API export link of a request', () => {
    expect(requestIdOfExportUrl(`/api/v1/me/requests/${REQUEST_ID}/export`)).toBe(REQUEST_ID);
    expect(requestIdOfExportUrl(`http://api.test/api/v1/me/requests/${REQUEST_ID}/export`)).toBe(REQUEST_ID);
    expect(requestIdOfExportUrl('https://evil.example/steal')).toBeUndefined();
    expect(requestIdOfExportUrl(`/api/v1/me/requests/${REQUEST_ID}/../../profile`)).toBeUndefined();
  });
});
