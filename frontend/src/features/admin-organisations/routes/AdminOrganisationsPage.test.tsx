import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { ORGANISATION_ID, organisation } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

describe('AdminOrganisationsPage', () => {
  it('verifies and unverifies with buttons named after the organisation', async () => {
    const other = organisation({ id: '99999999-0000-4000-8000-000000000009', name: 'Bakker BV', verified: true });
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['admin'], 'Anna de Boer'),
      'GET /api/v1/organisations': { items: [organisation(), other], nextCursor: null },
      'POST /api/v1/organisations/:id/verification': (_call, params) =>
        jsonResponse(organisation({ id: params.id, verified: true, verifiedAt: '2026-02-01T10:00:00Z' })),
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/organisations', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-anna' } }) });

    const verify = await screen.findByRole('button', { name: 'Verifiëren: Jansen Consultancy BV' });
    expect(screen.getByRole('button', { name: 'Verificatie intrekken: Bakker BV' })).toBeInTheDocument();
    await user.click(verify);

    expect(
      await screen.findByRole('button', { name: 'Verificatie intrekken: Jansen Consultancy BV' }),
    ).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Jansen Consultancy BV/ });
    expect(within(row).getByTestId('organisation-row-status')).toHaveTextContent('Geverifieerd');
    expect(screen.getByTestId('admin-status')).toHaveTextContent('Jansen Consultancy BV is geverifieerd.');
    expect(api.callsTo('POST', `/api/v1/organisations/${ORGANISATION_ID}/verification`)).toHaveLength(1);
  });

  it('is not offered to clients', async () => {
    const api = mockApi({ 'GET /api/v1/me': meWithRoles(['client']) });
    renderApp({ route: '/admin/organisations', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-kees' } }) });
    expect(await screen.findByTestId('role-required')).toHaveTextContent('niet beschikbaar voor jouw account');
    expect(api.callsTo('GET', '/api/v1/organisations')).toHaveLength(0);
  });
});
