import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const signedIn = (sub: string) => createFakeAuth({ user: { accessToken: 't', sub } });

/** The main items as (href, name), once the role's last item has arrived (the roles come from the API). */
async function mainItems(expectedLast: string) {
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  await within(nav).findByRole('link', { name: expectedLast });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.getAttribute('href'), link.textContent]);
}

/** Which page shows which main items, per role (issue 16: at most five, only what the role can use). */
describe('navigation by role (GET /api/v1/me roles)', () => {
  it('offers a professional their start page, assignments, responses, profile and coaching, but no posting', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['professional']), 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/', auth: signedIn('kc-p') });
    expect(await mainItems('Mijn profiel')).toEqual([
      ['/start', 'Overzicht'],
      ['/assignments', 'Opdrachten'],
      ['/responses', 'Mijn reacties'],
      ['/profile', 'Mijn profiel'],
      ['/contact-requests', 'Coaching en introducties'],
    ]);
  });

  it('offers a client their assignments, posting, the search and their organisation', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['client']), 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/', auth: signedIn('kc-c') });
    expect(await mainItems('Mijn organisatie')).toEqual([
      ['/start', 'Overzicht'],
      ['/organisation/assignments', 'Mijn opdrachten'],
      ['/assignments/new', 'Opdracht plaatsen'],
      ['/profiles', 'Zoek professionals'],
      ['/organisation', 'Mijn organisatie'],
    ]);
  });

  it('offers an admin review and verification, not the client or professional pages', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['admin']), 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/', auth: signedIn('kc-a') });
    expect(await mainItems('Organisaties')).toEqual([
      ['/start', 'Overzicht'],
      ['/assignments', 'Opdrachten'],
      ['/profiles', 'Zoek professionals'],
      ['/admin/review', 'Beoordelen'],
      ['/admin/organisations', 'Organisaties'],
    ]);
  });

  it('offers the privacy officer the request queue, the audit log, the breach register and retention', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['privacy-officer']), 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/', auth: signedIn('kc-po') });
    expect(await mainItems('Datalekken')).toEqual([
      ['/start', 'Overzicht'],
      ['/privacy-officer/requests', 'Verzoeken'],
      ['/privacy-officer/audit', 'Auditlog'],
      ['/privacy-officer/breaches', 'Datalekken'],
      ['/admin/retention', 'Bewaartermijnen'],
    ]);
  });

  it('shows a visitor finding and posting, login and sign-up, and does not ask GET /api/v1/me', async () => {
    const api = mockApi({ 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/' });
    expect(await mainItems('Opdrachten')).toEqual([
      ['/assignments', 'Opdrachten'],
      ['/assignments/new', 'Opdracht plaatsen'],
    ]);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Account aanmaken' })).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/me')).toHaveLength(0);
  });

  it("keeps the account pages in a menu under the person's name, marking the current one only", async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional'], 'Petra de Vries'),
      'GET /api/v1/me/requests': { items: [] },
      'GET /api/v1/me/disclosures': { items: [] },
    });
    const user = userEvent.setup();
    renderApp({ route: '/me/data', auth: signedIn('kc-p') });
    const header = screen.getByRole('banner');
    const menuButton = await within(header).findByRole('button', { name: 'Accountmenu: Petra de Vries' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(within(header).queryByRole('link', { name: 'Mijn gegevens' })).not.toBeInTheDocument();

    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(within(header).getByRole('link', { name: 'Mijn account' })).toHaveAttribute('href', '/me');
    expect(within(header).getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute('aria-current', 'page');
    expect(within(header).getByRole('link', { name: 'Wie heeft mijn gegevens' })).toHaveAttribute(
      'href',
      '/privacy/disclosures',
    );
    expect(header.querySelectorAll('[aria-current="page"]')).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
  });

  it('folds the items behind a menu button that says whether it is open', async () => {
    mockApi({ 'GET /api/v1/assignments': (call) => jsonResponse({ items: [], path: call.path }) });
    const user = userEvent.setup();
    renderApp({ route: '/' });
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).toHaveAttribute('data-open', 'false');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Sluiten' })).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-open', 'true');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Opdrachten' }),
    );
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Opdrachten' }),
    );
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a person with two roles one role at a time, switched in the account menu (issue 16)', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional', 'client'], 'Petra de Vries'),
      'GET /api/v1/assignments': { items: [] },
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/', auth: signedIn('kc-pc') });
    expect(await mainItems('Coaching en introducties')).toHaveLength(5);
    expect(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).queryByRole('link', { name: 'Opdracht plaatsen' }),
    ).not.toBeInTheDocument();

    const header = screen.getByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Accountmenu: Petra de Vries' }));
    const roles = within(header).getByRole('group', { name: 'Werken als' });
    expect(within(roles).getByRole('button', { name: 'Professional' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(roles).getByRole('button', { name: 'Opdrachtgever' }));

    expect(await mainItems('Mijn organisatie')).toEqual([
      ['/start', 'Overzicht'],
      ['/organisation/assignments', 'Mijn opdrachten'],
      ['/assignments/new', 'Opdracht plaatsen'],
      ['/profiles', 'Zoek professionals'],
      ['/organisation', 'Mijn organisatie'],
    ]);
    expect(router.state.location.pathname).toBe('/start');
    expect(window.sessionStorage.getItem('werkbank.role')).toBe('client');
  });

  it('offers no role switch to a person with one role', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['client'], 'Carla'), 'GET /api/v1/assignments': { items: [] } });
    const user = userEvent.setup();
    renderApp({ route: '/', auth: signedIn('kc-c') });
    await user.click(await within(screen.getByRole('banner')).findByRole('button', { name: 'Accountmenu: Carla' }));
    expect(within(screen.getByRole('banner')).queryByRole('group', { name: 'Werken als' })).not.toBeInTheDocument();
  });
});
