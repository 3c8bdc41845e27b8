import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const signedIn = () => createFakeAuth({ user: { accessToken: 'token-petra', sub: 'kc-petra' } });

const pageApi = (extra: Record<string, unknown>) =>
  mockApi({
    'GET /api/v1/me': meWithRoles(['professional']),
    'GET /api/v1/me/requests': { items: [] },
    'GET /api/v1/me/disclosures': { items: [] },
    ...extra,
  });

const erasure = (status: string) => ({
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  type: 'ERASURE',
  status,
  details: null,
  receivedAt: '2026-11-28T10:00:00Z',
  dueAt: '2026-12-28T10:00:00Z',
  overdue: false,
  extensionMonths: 0,
  rejectionReason: null,
  closedAt: status === 'COMPLETED' ? '2026-11-28T10:00:01Z' : null,
  history: [],
  export: null,
  exportPassword: null,
});

describe('Account sluiten of wissen', () => {
  it('says what goes, what stays for legal reasons and when', async () => {
    pageApi({});
    renderApp({ route: '/me/data', auth: signedIn() });
    const section = await screen.findByTestId('account-closure');
    expect(screen.getByRole('heading', { name: 'Account sluiten of wissen' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Wat verdwijnt');
    expect(section).toHaveTextContent('plaatsingen en facturen bewaren we 7 jaar');
    expect(section).toHaveTextContent('zonder je naam');
    expect(section).toHaveTextContent('bewijs dat je om wissen vroeg');
    expect(section).toHaveTextContent('na 30 dagen wissen we je account');
    expect(section).toHaveTextContent('meteen en definitief');
  });

  it('closes the account only after a confirmation, shows when it is erased, and reopens it', async () => {
    const api = pageApi({
      'POST /api/v1/me/closure': () =>
        jsonResponse({ closedAt: '2026-11-28T10:00:00Z', erasureDueAt: '2026-12-28T10:00:00Z' }),
      'DELETE /api/v1/me/closure': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderApp({ route: '/me/data', auth: signedIn() });

    await user.click(await screen.findByRole('button', { name: 'Account sluiten' }));
    const confirm = screen.getByTestId('closure-confirm-close');
    expect(api.callsTo('POST', '/api/v1/me/closure')).toHaveLength(0);
    await waitFor(() => expect(within(confirm).getByRole('heading')).toHaveFocus());
    await user.click(within(confirm).getByRole('button', { name: 'Ja, sluit mijn account' }));

    const closed = await screen.findByTestId('closure-closed');
    expect(closed).toHaveTextContent('28 december 2026');
    const [call] = api.callsTo('POST', '/api/v1/me/closure');
    expect(call?.headers.get('Authorization')).toBe('Bearer token-petra');

    await user.click(screen.getByRole('button', { name: 'Heropen mijn account' }));
    expect(await screen.findByTestId('closure-reopened')).toHaveTextContent('We wissen het niet');
    expect(api.callsTo('DELETE', '/api/v1/me/closure')).toHaveLength(1);
    expect(screen.queryByTestId('closure-closed')).not.toBeInTheDocument();
  });

  it('cancelling the closure sends nothing', async () => {
    const api = pageApi({});
    const user = userEvent.setup();
    renderApp({ route: '/me/data', auth: signedIn() });
    await user.click(await screen.findByRole('button', { name: 'Account sluiten' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByTestId('closure-confirm-close')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/closure')).toHaveLength(0);
  });

  it('erases only after the explicit confirmation, then signs the person out', async () => {
    const api = pageApi({ 'POST /api/v1/me/requests': () => jsonResponse(erasure('COMPLETED'), 202) });
    const auth = signedIn();
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/me/data', auth });

    await user.click(await screen.findByRole('button', { name: 'Account wissen' }));
    const confirm = screen.getByTestId('closure-confirm-erase');
    const erase = within(confirm).getByRole('button', { name: 'Wis mijn account definitief' });
    expect(erase).toBeDisabled();
    await user.click(within(confirm).getByLabelText(/definitief worden gewist/));
    expect(erase).toBeEnabled();
    expect(api.callsTo('POST', '/api/v1/me/requests')).toHaveLength(0);
    await user.click(erase);

    expect(await screen.findByTestId('account-erased')).toHaveTextContent('kunt niet meer inloggen');
    expect(router.state.location.pathname).toBe('/me/data/erased');
    expect(auth.removeUser).toHaveBeenCalledTimes(1);
    const [filed] = api.callsTo('POST', '/api/v1/me/requests');
    expect(JSON.parse(filed?.body ?? '{}')).toEqual({ type: 'ERASURE', details: null });
  });

  it('an erasure that waits for the privacy officer keeps the person signed in and says when', async () => {
    pageApi({ 'POST /api/v1/me/requests': () => jsonResponse(erasure('RECEIVED'), 202) });
    const auth = signedIn();
    const user = userEvent.setup();
    renderApp({ route: '/me/data', auth });
    await user.click(await screen.findByRole('button', { name: 'Account wissen' }));
    await user.click(screen.getByLabelText(/definitief worden gewist/));
    await user.click(screen.getByRole('button', { name: 'Wis mijn account definitief' }));
    expect(await screen.findByTestId('closure-erase-received')).toHaveTextContent('28 december 2026');
    expect(auth.removeUser).not.toHaveBeenCalled();
  });
});
