import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { memberProfile, publicProfile } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const client = () => createFakeAuth({ user: { accessToken: 'token-kees', sub: 'kc-kees' } });

describe('ProfileSearchPage', () => {
  it('sends the criteria (repeated skill, cents) and renders each hit by its shape, with load more', async () => {
    const second = publicProfile({ id: '11111111-2222-4333-8444-555555555555', headline: 'Data-analist' });
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/profiles': (call) =>
        jsonResponse(
          call.url.searchParams.get('cursor') === 'next-1'
            ? { items: [second], nextCursor: null }
            : { items: [memberProfile()], nextCursor: 'next-1' },
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: '/profiles', auth: client() });

    await user.type(await screen.findByLabelText('Vaardigheden'), 'Java, Scrum');
    await user.click(screen.getByRole('radio', { name: 'Allemaal' }));
    await user.type(screen.getByLabelText('Regio (postcode)'), '35');
    await user.type(screen.getByLabelText('Minimaal aantal uren per week'), '24');
    await user.type(screen.getByLabelText('Maximaal uurtarief in euro'), '99,95');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const results = await screen.findAllByTestId('profile-result');
    const last = api.calls.filter((call) => call.path === '/api/v1/profiles').at(-1);
    expect(last?.url.searchParams.getAll('skill')).toEqual(['Java', 'Scrum']);
    expect(last?.url.searchParams.get('match')).toBe('all');
    expect(last?.url.searchParams.get('region')).toBe('35');
    expect(last?.url.searchParams.get('minHoursPerWeek')).toBe('24');
    expect(last?.url.searchParams.get('maxRateCents')).toBe('9995');

    expect(results).toHaveLength(1);
    expect(within(results[0] as HTMLElement).getByRole('link', { name: 'Petra de Vries' })).toHaveAttribute(
      'href',
      `/profiles/${memberProfile().id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    const all = await screen.findAllByTestId('profile-result');
    expect(all).toHaveLength(2);
    expect(
      within(all[1] as HTMLElement).getByRole('link', { name: 'Anonieme professional: Data-analist' }),
    ).toBeInTheDocument();
    expect(all[1]).not.toHaveTextContent('Petra');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });

  it('checks the region before searching', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['client']), 'GET /api/v1/profiles': { items: [] } });
    const user = userEvent.setup();
    renderApp({ route: '/profiles', auth: client(), language: 'en' });
    expect(await screen.findByTestId('search-empty')).toHaveTextContent('No profiles found');
    await user.type(screen.getByLabelText('Region (postcode)'), '0');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByLabelText('Region (postcode)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter 2 to 4 digits'),
    );
  });
});
