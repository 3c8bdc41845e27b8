import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';
import { searchPath } from '../components/places';

describe('HomePage', () => {
  it('shows the newest assignments, the two actions and sign-up for visitors', async () => {
    const api = mockApi({
      'GET /api/v1/assignments': {
        items: [
          {
            id: 'a1',
            title: 'Scrum master',
            region: '1011',
            remote: 'HYBRID',
            startDate: null,
            hoursPerWeek: 32,
            rateMinCents: 8000,
            rateMaxCents: 9500,
            skills: [],
            validThrough: '2026-12-31',
            publishedAt: '2026-11-27T10:00:00Z',
            hiringOrganization: 'Gemeente Utrecht',
          },
        ],
      },
    });
    const auth = createFakeAuth();
    const user = userEvent.setup();
    renderApp({ route: '/', auth });
    const newest = await screen.findByTestId('home-newest');
    expect(within(newest).getByRole('link', { name: 'Scrum master' })).toHaveAttribute('href', '/assignments/a1');
    expect(newest).toHaveTextContent('Gemeente Utrecht');
    expect(newest).toHaveTextContent('geplaatst 27 november 2026');
    expect(api.callsTo('GET', '/api/v1/assignments')[0]?.url.searchParams.get('limit')).toBe('5');
    expect(screen.getByRole('link', { name: 'Vind een opdracht' })).toHaveAttribute('href', '/assignments');
    expect(screen.getByRole('link', { name: 'Plaats gratis een opdracht' })).toHaveAttribute(
      'href',
      '/assignments/new',
    );

    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Account aanmaken' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/start' },
      prompt: 'create',
      ui_locales: 'nl',
    });
  });

  it('does not offer posting to a professional', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['professional']), 'GET /api/v1/assignments': { items: [] } });
    renderApp({ route: '/', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-p' } }) });
    expect(await screen.findByTestId('home-start-link')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Mijn profiel' });
    expect(screen.queryByRole('link', { name: 'Plaats gratis een opdracht' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vind een opdracht' })).toBeInTheDocument();
  });

  it('searches by what and where in the assignment list', async () => {
    mockApi({ 'GET /api/v1/assignments': { items: [] } });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/' });
    await user.type(screen.getByLabelText('Wat'), 'Java');
    await user.selectOptions(screen.getByLabelText('Waar'), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(router.state.location.pathname).toBe('/assignments');
    expect(router.state.location.search).toBe('?q=Java&region=35');
  });
});

describe('searchPath', () => {
  it('turns what and where into the list criteria, ignoring unknown places', () => {
    expect(searchPath('  ', '')).toBe('/assignments');
    expect(searchPath('data', 'remote')).toBe('/assignments?q=data&remote=REMOTE');
    expect(searchPath('', '10')).toBe('/assignments?region=10');
    expect(searchPath('', '99x')).toBe('/assignments');
  });
});
