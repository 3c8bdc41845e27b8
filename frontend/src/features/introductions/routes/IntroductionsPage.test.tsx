import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const professional = () => createFakeAuth({ user: { accessToken: 'token-anne', sub: 'kc-anne' } });
const introduction = (status: string) => ({
  id: '33333333-3333-4333-8333-333333333333',
  organisation: 'Jansen Consultancy BV',
  requester: 'Kees Jansen',
  message: 'Wij zoeken een projectleider.',
  status,
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2026-12-01T10:00:00Z',
});

describe('IntroductionsPage', () => {
  it('declines an introduction: only the decline endpoint is called', async () => {
    let status = 'OPEN';
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/introductions': () => jsonResponse({ items: [introduction(status)] }),
      'POST /api/v1/me/introductions/:id/decline': () => {
        status = 'DECLINED';
        return jsonResponse(introduction(status));
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/introductions', auth: professional() });

    expect(await screen.findByTestId('introduction')).toHaveTextContent('Jansen Consultancy BV');
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('Afgewezen')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/introductions/33333333-3333-4333-8333-333333333333/decline')).toHaveLength(
      1,
    );
    expect(api.calls.filter((call) => call.path.endsWith('/acceptance'))).toHaveLength(0);
  });
});
