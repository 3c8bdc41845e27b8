import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { organisation } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const client = () => createFakeAuth({ user: { accessToken: 'token-kees', sub: 'kc-kees' } });
const kees = {
  id: '55555555-5555-4555-8555-555555555555',
  name: 'Kees Jansen',
  joinedAt: '2026-01-01T10:00:00Z',
  you: true,
};
const carla = {
  id: '66666666-6666-4666-8666-666666666666',
  name: 'Carla Collega',
  joinedAt: '2026-02-01T10:00:00Z',
  you: false,
};

describe('colleagues (O-2)', () => {
  it('lists colleagues, invites by e-mail and approves a request to join', async () => {
    let members = [kees];
    let joinRequests = [
      {
        id: '77777777-7777-4777-8777-777777777777',
        name: 'Carla Collega',
        email: 'carla@example.nl',
        createdAt: '2026-02-01T09:00:00Z',
      },
    ];
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client'], 'Kees Jansen'),
      'GET /api/v1/me/organisation': organisation({ verified: true, verifiedAt: '2026-01-06T12:00:00Z' }),
      'GET /api/v1/me/organisation/members': () => jsonResponse({ items: members }),
      'GET /api/v1/me/organisation/invitations': { items: [] },
      'GET /api/v1/me/organisation/join-requests': () => jsonResponse({ items: joinRequests }),
      'POST /api/v1/me/organisation/invitations': (call) =>
        jsonResponse(
          {
            id: '88888888-8888-4888-8888-888888888888',
            email: (JSON.parse(call.body ?? '{}') as { email: string }).email,
            createdAt: '2026-03-01T10:00:00Z',
            expiresAt: '2026-03-08T10:00:00Z',
          },
          201,
        ),
      'POST /api/v1/me/organisation/join-requests/:id/approval': () => {
        members = [kees, carla];
        joinRequests = [];
        return jsonResponse(carla);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/organisation', auth: client() });

    expect(await screen.findByTestId('colleague-name')).toHaveTextContent('Kees Jansen (jij)');
    const request = await screen.findByTestId('join-request');
    await user.click(within(request).getByRole('button', { name: 'Toelaten' }));
    expect(await screen.findByText('Carla Collega', { selector: '[data-testid=colleague-name]' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^E-mailadres van je collega/), 'nieuw@example.nl');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await screen.findByTestId('invite-sent')).toHaveTextContent('nieuw@example.nl');
    expect(JSON.parse(api.callsTo('POST', '/api/v1/me/organisation/invitations')[0]?.body ?? '{}')).toEqual({
      email: 'nieuw@example.nl',
    });
  });
});
