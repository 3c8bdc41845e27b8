import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { config } from '@/lib/config';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';
import { AuthRoot } from './AuthRoot';
import { pageRoutes } from './routes';

/** The real sign-in root, as the app router uses it, around the pages. */
const appRoutes = [{ element: <AuthRoot />, children: pageRoutes }];

/** Keycloak down: its discovery document cannot be fetched (connection refused), the API answers. */
function keycloakDown() {
  return mockFetch((request) => {
    if (request.url.startsWith(config.oidcAuthority)) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return Promise.resolve(jsonResponse({ items: [] }));
  });
}

describe('logging in while Keycloak is unreachable (S-3, issue 15)', () => {
  it.each([
    ['nl', 'Inloggen', 'Inloggen lukt nu niet: de inlogdienst is niet bereikbaar.'],
    ['en', 'Log in', 'Logging in is not possible right now: the login service cannot be reached.'],
  ] as const)('says so in %s instead of a button that does nothing', async (language, login, message) => {
    const { requests } = keycloakDown();
    const user = userEvent.setup();
    renderApp({ route: '/', language, routes: appRoutes });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: login }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(requests.map((request) => request.url)).toContain(
      `${config.oidcAuthority}/.well-known/openid-configuration`,
    );
    // The page itself still works: the visitor can go on browsing.
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('clears the message when a new attempt starts', async () => {
    keycloakDown();
    const user = userEvent.setup();
    renderApp({ route: '/', language: 'en', routes: appRoutes });
    const header = screen.getByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the login service cannot be reached');
  });
});
