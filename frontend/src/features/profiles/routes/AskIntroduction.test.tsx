import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { PROFILE_ID, publicProfile } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const client = () => createFakeAuth({ user: { accessToken: 'token-kees', sub: 'kc-kees' } });
const path = `/api/v1/profiles/${PROFILE_ID}`;

describe('asking for an introduction (K-3)', () => {
  it('a client asks on an anonymous profile and is sent to follow the outcome', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client'], 'Kees Jansen'),
      [`GET ${path}`]: publicProfile(),
      [`POST ${path}/introductions`]: () =>
        jsonResponse(
          {
            id: '44444444-4444-4444-8444-444444444444',
            profileId: PROFILE_ID,
            status: 'OPEN',
            createdAt: '2026-11-01T10:00:00Z',
            expiresAt: '2026-12-01T10:00:00Z',
          },
          201,
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client() });

    await user.type(await screen.findByLabelText(/^Je bericht/), 'Wij zoeken een projectleider.');
    await user.click(screen.getByRole('button', { name: 'Introductie vragen' }));

    expect(await screen.findByTestId('introduction-asked')).toHaveTextContent('De professional beslist');
    expect(screen.getByRole('link', { name: 'Volg je gevraagde introducties' })).toHaveAttribute(
      'href',
      '/organisation/introductions',
    );
    expect(JSON.parse(api.callsTo('POST', `${path}/introductions`)[0]?.body ?? '{}')).toEqual({
      message: 'Wij zoeken een projectleider.',
    });
  });

  it('shows the refusal of an unverified organisation', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client'], 'Kees Jansen'),
      [`GET ${path}`]: publicProfile(),
      [`POST ${path}/introductions`]: () =>
        problemResponse({ title: 'Forbidden', status: 403, detail: 'Your organisation is not verified yet.' }, 403),
    });
    const user = userEvent.setup();
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client(), language: 'en' });
    await user.type(await screen.findByLabelText(/^Your message/), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Ask for an introduction' }));
    expect(await screen.findByText(/not verified/)).toBeInTheDocument();
  });

  it('is not offered to a visitor', async () => {
    mockApi({ [`GET ${path}`]: publicProfile() });
    renderApp({ route: `/profiles/${PROFILE_ID}` });
    expect(await screen.findByTestId('contact-unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Introductie vragen' })).not.toBeInTheDocument();
  });
});
