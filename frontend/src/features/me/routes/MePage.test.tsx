import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, mockApi, mockFetch, problemResponse } from '@/testing/fetch-mock';
import { renderApp, TEST_API_URL } from '@/testing/test-utils';

const signedIn = () =>
  createFakeAuth({ user: { accessToken: 'access-token-petra', sub: 'kc-sub-1', name: 'Name From Token' } });

const petra = {
  subjectId: '6f1c2b9e-3c51-4f5e-9a38-2d0b8f2a7c11',
  name: 'Petra de Vries',
  email: 'petra@example.nl',
  roles: ['professional'],
  language: 'nl',
};

describe('MePage', () => {
  it("shows the name the API returns (not the token's), with e-mail, roles and language", async () => {
    const { requests } = mockFetch(() => jsonResponse(petra));
    renderApp({ route: '/me', auth: signedIn() });

    expect(screen.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Je gegevens worden geladen…');

    expect(await screen.findByTestId('me-name')).toHaveTextContent('Petra de Vries');
    expect(screen.queryByText('Name From Token')).not.toBeInTheDocument();
    expect(screen.getByTestId('me-email')).toHaveTextContent('petra@example.nl');
    expect(
      within(screen.getByTestId('me-roles'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Professional']);
    expect(screen.getByTestId('me-language')).toHaveTextContent('Nederlands');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe(`${TEST_API_URL}/api/v1/me`);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer access-token-petra');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('nl');
  });

  it('renders a missing e-mail and no roles in the chosen language', async () => {
    mockFetch(() => jsonResponse({ ...petra, email: null, roles: [], language: 'en' }));
    renderApp({ route: '/me', auth: signedIn(), language: 'en' });

    expect(await screen.findByTestId('me-name')).toHaveTextContent('Petra de Vries');
    expect(screen.getByTestId('me-email')).toHaveTextContent('Not provided');
    expect(screen.getByTestId('me-roles')).toHaveTextContent('No roles');
    expect(screen.getByTestId('me-language')).toHaveTextContent('English');
  });

  it("shows the API's problem title and detail when the request fails", async () => {
    mockFetch(() =>
      problemResponse(
        { type: 'about:blank', title: 'Account gesloten', status: 403, detail: 'Dit account is op verzoek gesloten.' },
        403,
      ),
    );
    renderApp({ route: '/me', auth: signedIn() });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je gegevens konden niet worden geladen');
    expect(within(alert).getByTestId('error-title')).toHaveTextContent('Account gesloten');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent('Dit account is op verzoek gesloten.');
    expect(screen.queryByTestId('me-name')).not.toBeInTheDocument();
  });

  it('shows a translated message when the API sends no problem body, and can retry', async () => {
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1 ? new Response(null, { status: 401 }) : jsonResponse(petra);
    });
    const user = userEvent.setup();
    renderApp({ route: '/me', auth: signedIn(), language: 'en' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByTestId('error-title')).toHaveTextContent(
      'You are not (or no longer) logged in. Please log in again.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('me-name')).toHaveTextContent('Petra de Vries');
    expect(calls).toBe(2);
  });

  it('explains a network failure', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    renderApp({ route: '/me', auth: signedIn() });
    expect(await screen.findByTestId('error-title')).toHaveTextContent('De server is niet bereikbaar');
  });

  it('asks to log in when signed out, without calling the API', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse(petra));
    const auth = createFakeAuth();
    const user = userEvent.setup();
    renderApp({ route: '/me', auth });

    const notice = screen.getByTestId('me-login-required');
    expect(notice).toHaveTextContent('Log in om je accountgegevens te bekijken.');
    await user.click(within(notice).getByRole('button', { name: 'Inloggen' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/me' }, ui_locales: 'nl' });
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
    expect(screen.queryByTestId('me-name')).not.toBeInTheDocument();
  });

  it('shows a loading state while the session is being checked', () => {
    mockFetch(() => jsonResponse(petra));
    renderApp({ route: '/me', auth: createFakeAuth({ isLoading: true }) });
    expect(screen.getByRole('status')).toHaveTextContent('Je sessie wordt gecontroleerd…');
  });

  it('saves the language preference and switches the SPA to it', async () => {
    const api = mockApi({
      'GET /api/v1/me': petra,
      'PUT /api/v1/me/preferences': (call) => jsonResponse({ ...petra, ...JSON.parse(call.body ?? '{}') }),
    });
    const user = userEvent.setup();
    renderApp({ route: '/me', auth: signedIn() });
    await user.click(await screen.findByTestId('me-language-en'));
    await user.click(screen.getByRole('button', { name: 'Taal opslaan' }));
    expect(await screen.findByTestId('me-language-saved')).toHaveTextContent('Saved.');
    expect(document.documentElement.lang).toBe('en');
    expect(JSON.parse(api.callsTo('PUT', '/api/v1/me/preferences')[0]?.body ?? '{}')).toEqual({ language: 'en' });
    expect(screen.getByTestId('me-language')).toHaveTextContent('English');
    expect(screen.getByRole('link', { name: /My data/ })).toHaveAttribute('href', '/me/data');
  });
});
