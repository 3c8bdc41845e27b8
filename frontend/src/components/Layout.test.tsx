import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('Layout', () => {
  it('has a skip link and the landmarks header, nav, main and footer', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/' });

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();

    // The skip link is the first thing keyboard users reach, and it moves focus to main.
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Direct naar de inhoud' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('switches language with labelled toggle buttons: text, aria-pressed, html lang and document title follow', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/' });

    const group = screen.getByRole('group', { name: 'Taal' });
    const nlButton = within(group).getByRole('button', { name: 'Nederlands' });
    const enButton = within(group).getByRole('button', { name: 'English' });
    expect(nlButton).toHaveAttribute('aria-pressed', 'true');
    expect(enButton).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welkom bij Werkbank');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe('Welkom bij Werkbank · Werkbank');

    await user.click(enButton);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Werkbank');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find an assignment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Welcome to Werkbank · Werkbank');
    expect(window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('can be operated with the keyboard: Space on a language button switches', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/' });
    screen.getByRole('button', { name: 'English' }).focus();
    await user.keyboard(' ');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows Login when signed out and starts the code flow, returning to the current page', async () => {
    const user = userEvent.setup();
    const auth = createFakeAuth();
    renderApp({ route: '/', auth });
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    await user.click(within(header).getByRole('button', { name: 'Inloggen' }));
    // From the home page a login leads to the role's start page, in the SPA's language.
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/start' }, ui_locales: 'nl' });
  });

  it('offers sign-up on the registration page of Keycloak (prompt=create), landing on the start page', async () => {
    const user = userEvent.setup();
    mockFetch(() => jsonResponse({ items: [] }));
    const auth = createFakeAuth();
    renderApp({ route: '/assignments', auth, language: 'en' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Create account' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/start' },
      prompt: 'create',
      ui_locales: 'en',
    });
  });

  it('shows Logout when signed in; logging out clears cached API data', async () => {
    mockFetch(() =>
      jsonResponse({
        subjectId: '6f1c2b9e-3c51-4f5e-9a38-2d0b8f2a7c11',
        name: 'Petra de Vries',
        roles: [],
        language: 'nl',
      }),
    );
    const user = userEvent.setup();
    const auth = createFakeAuth({ user: { accessToken: 't', sub: 'kc-sub-1' } });
    const { queryClient } = renderApp({ route: '/me', auth });
    await screen.findByTestId('me-name');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1);

    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('button', { name: 'Inloggen' })).not.toBeInTheDocument();
    // Logout sits in the account menu under the person's name.
    expect(within(header).queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    await user.click(within(header).getByRole('button', { name: 'Accountmenu: Petra de Vries' }));
    await user.click(within(header).getByRole('button', { name: 'Uitloggen' }));
    expect(auth.signoutRedirect).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('marks exactly one current item and moves focus to main after navigating', async () => {
    mockFetch(() => jsonResponse({ items: [] }));
    const user = userEvent.setup();
    renderApp({ route: '/' });
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Werkbank' })).toHaveAttribute('aria-current', 'page');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('link', { name: 'Opdracht plaatsen' }));
    expect(within(nav).getByRole('link', { name: 'Opdracht plaatsen' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Opdrachten' })).not.toHaveAttribute('aria-current');
    expect(header.querySelectorAll('[aria-current="page"]')).toHaveLength(1);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows a login redirect that failed as the login service being unreachable (S-3)', () => {
    const error = Object.assign(new Error('Failed to fetch'), { source: 'signinRedirect' as const, args: undefined });
    renderApp({ route: '/', auth: createFakeAuth({ error }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Inloggen lukt nu niet: de inlogdienst is niet bereikbaar.');
  });

  it('shows another error from the OIDC provider as an alert', () => {
    const error = Object.assign(new Error('Failed to fetch'), { source: 'signoutRedirect' as const, args: undefined });
    renderApp({ route: '/', auth: createFakeAuth({ error }) });
    expect(screen.getByTestId('auth-error')).toHaveTextContent('Inloggen of uitloggen is niet gelukt');
  });

  it('renders a 404 page for unknown paths', () => {
    renderApp({ route: '/bestaat-niet', language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/');
  });
});
