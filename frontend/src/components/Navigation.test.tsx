import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('navigation by role (GET /api/v1/me roles)', () => {
  it('offers a professional their profile, responses and disclosures only', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['professional']) });
    renderApp({ route: '/', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-p' } }) });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Mijn profiel' })).toHaveAttribute('href', '/profile');
    expect(within(nav).getByRole('link', { name: 'Wie heeft mijn gegevens' })).toHaveAttribute(
      'href',
      '/privacy/disclosures',
    );
    expect(within(nav).getByRole('link', { name: 'Mijn reacties' })).toHaveAttribute('href', '/responses');
    expect(within(nav).queryByRole('link', { name: 'Profielen zoeken' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Organisaties beheren' })).not.toBeInTheDocument();
  });

  it('offers a client their organisation and the search', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['client']) });
    renderApp({ route: '/', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-c' } }) });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Mijn organisatie' })).toHaveAttribute('href', '/organisation');
    expect(within(nav).getByRole('link', { name: 'Profielen zoeken' })).toHaveAttribute('href', '/profiles');
    expect(within(nav).queryByRole('link', { name: 'Mijn profiel' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Mijn reacties' })).not.toBeInTheDocument();
  });

  it('offers an admin organisation management and the search, not the client or professional pages', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['admin']) });
    renderApp({ route: '/', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-a' } }) });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Organisaties beheren' })).toHaveAttribute(
      'href',
      '/admin/organisations',
    );
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/',
      '/me',
      '/assignments',
      '/assignments/new',
      '/privacy',
      '/profiles',
      '/admin/organisations',
      '/admin/review',
    ]);
  });

  it('shows only the public links when signed out (and does not ask the API)', () => {
    const api = mockApi({});
    renderApp({ route: '/' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/', '/me', '/assignments', '/assignments/new', '/privacy']);
    expect(api.calls).toHaveLength(0);
  });
});
