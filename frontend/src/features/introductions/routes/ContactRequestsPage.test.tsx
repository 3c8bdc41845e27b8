import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const professional = () => createFakeAuth({ user: { accessToken: 'token-petra', sub: 'kc-petra' } });

const own = (overrides: object = {}) => ({
  id: '11111111-1111-4111-8111-111111111111',
  topics: ['RATES_AND_CONTRACTS'],
  motivation: 'Tarieven',
  shareMotivation: false,
  contact: { name: 'Petra de Vries', email: 'petra@example.nl' },
  status: 'OPEN',
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

describe('ContactRequestsPage', () => {
  it('shows exactly what coaches see before sending, then sends the same request', async () => {
    const api = mockApi({
      'GET /api/v1/me': { ...meWithRoles(['professional'], 'Petra de Vries'), email: 'petra@example.nl' },
      'GET /api/v1/me/contact-requests': { items: [] },
      'POST /api/v1/contact-requests/preview': (call) => {
        const body = JSON.parse(call.body ?? '{}') as {
          topics: string[];
          motivation: string;
          shareMotivation: boolean;
        };
        return jsonResponse({ topics: body.topics, motivation: body.shareMotivation ? body.motivation : null });
      },
      'POST /api/v1/contact-requests': () => jsonResponse(own(), 201),
    });
    const user = userEvent.setup();
    renderApp({ route: '/contact-requests', auth: professional() });

    await user.click(await screen.findByLabelText('Tarieven en contracten'));
    await user.type(screen.getByLabelText(/^Je motivatie/), 'Ik wil sparren over mijn tarief.');
    await user.click(screen.getByRole('button', { name: 'Bekijk wat coaches zien' }));

    const preview = await screen.findByTestId('contact-preview');
    expect(preview).toHaveTextContent('Tarieven en contracten');
    expect(preview).toHaveTextContent('Niet gedeeld: coaches zien alleen de onderwerpen.');
    expect(preview).not.toHaveTextContent('Petra');
    expect(preview).not.toHaveTextContent('sparren');
    expect(api.callsTo('POST', '/api/v1/contact-requests')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    expect(await screen.findByTestId('contact-sent')).toBeInTheDocument();
    expect(JSON.parse(api.callsTo('POST', '/api/v1/contact-requests')[0]?.body ?? '{}')).toEqual({
      topics: ['RATES_AND_CONTRACTS'],
      motivation: 'Ik wil sparren over mijn tarief.',
      shareMotivation: false,
      contact: { name: 'Petra de Vries', email: 'petra@example.nl' },
    });
  });

  it('tells the candidate which coach accepted', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/contact-requests': {
        items: [own({ status: 'ACCEPTED', acceptedBy: 'Cora Bakker', acceptedAt: '2026-11-02T10:00:00Z' })],
      },
    });
    renderApp({ route: '/contact-requests', auth: professional(), language: 'en' });
    expect(await screen.findByTestId('my-contact-request-status')).toHaveTextContent('Accepted by Cora Bakker');
  });
});
