import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const coach = () => createFakeAuth({ user: { accessToken: 'token-cora', sub: 'kc-cora' } });
const open = {
  id: '22222222-2222-4222-8222-222222222222',
  topics: ['ACQUISITION'],
  motivation: null,
  createdAt: '2026-11-01T10:00:00Z',
};
const accepted = {
  id: open.id,
  topics: ['ACQUISITION'],
  motivation: null,
  contact: { name: 'Petra de Vries', email: 'petra@example.nl', phone: '+31 6 1234 5678' },
  acceptedAt: '2026-11-02T10:00:00Z',
};

describe('CoachPage', () => {
  it('accepts an open request and then shows the released details', async () => {
    let taken = false;
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['coach']),
      'GET /api/v1/contact-requests': () => jsonResponse({ items: taken ? [] : [open] }),
      'GET /api/v1/me/accepted-contact-requests': () => jsonResponse({ items: taken ? [accepted] : [] }),
      'POST /api/v1/contact-requests/:id/acceptance': () => {
        taken = true;
        return jsonResponse(accepted);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/coach', auth: coach() });

    const request = await screen.findByTestId('coach-open-request');
    expect(request).toHaveTextContent('Opdrachten vinden');
    expect(request).not.toHaveTextContent('Petra');
    await user.click(screen.getByRole('button', { name: 'Aannemen' }));

    expect(await screen.findByTestId('coach-outcome')).toHaveTextContent('Aangenomen');
    expect(await screen.findByTestId('coach-accepted-name')).toHaveTextContent('Petra de Vries');
    expect(api.callsTo('POST', `/api/v1/contact-requests/${open.id}/acceptance`)).toHaveLength(1);
  });

  it('says another coach was first on a 409, without details', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['coach']),
      'GET /api/v1/contact-requests': { items: [open] },
      'GET /api/v1/me/accepted-contact-requests': { items: [] },
      'POST /api/v1/contact-requests/:id/acceptance': () =>
        problemResponse(
          { title: 'Conflict', status: 409, detail: 'Another coach has already accepted this request.' },
          409,
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: '/coach', auth: coach(), language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByTestId('coach-outcome')).toHaveTextContent(
      'Another coach has already accepted this request.',
    );
    expect(screen.queryByTestId('coach-accepted-request')).not.toBeInTheDocument();
  });
});
