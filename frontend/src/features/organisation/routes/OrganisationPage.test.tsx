import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { organisation } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const client = () => createFakeAuth({ user: { accessToken: 'token-kees', sub: 'kc-kees' } });

describe('OrganisationPage', () => {
  it('shows the organisation and a clear notice while it is not verified', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['client']), 'GET /api/v1/me/organisation': organisation() });
    renderApp({ route: '/organisation', auth: client() });

    expect(await screen.findByTestId('organisation-name')).toHaveTextContent('Jansen Consultancy BV');
    expect(screen.getByTestId('organisation-verified')).toHaveTextContent('Nog niet geverifieerd');
    const notice = screen.getByTestId('organisation-not-verified');
    expect(notice).toHaveTextContent('Je organisatie is nog niet geverifieerd');
    expect(notice).toHaveTextContent(
      'Contactgegevens en cv’s van professionals komen pas beschikbaar nadat Werkbank je organisatie heeft geverifieerd',
    );
  });

  it('has no notice once verified', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/me/organisation': organisation({ verified: true, verifiedAt: '2026-01-06T12:00:00Z' }),
    });
    renderApp({ route: '/organisation', auth: client(), language: 'en' });
    expect(await screen.findByTestId('organisation-verified')).toHaveTextContent('Verified on 6 January 2026');
    expect(screen.queryByTestId('organisation-not-verified')).not.toBeInTheDocument();
  });

  it('offers registration when there is none (404): checks the KvK number, posts, then shows the not-verified notice', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/me/organisation': () => problemResponse({ title: 'Not Found', status: 404 }, 404),
      'POST /api/v1/organisations': (call) => {
        const body = JSON.parse(call.body ?? '{}') as { name: string; kvkNumber: string };
        return jsonResponse(organisation({ name: body.name, kvkNumber: body.kvkNumber }), 201);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/organisation', auth: client() });

    const name = await screen.findByLabelText(/^Naam van de organisatie/);
    const kvk = screen.getByLabelText(/^KvK-nummer/);
    await user.type(name, 'Testbedrijf BV');
    await user.type(kvk, '1234567');
    await user.click(screen.getByRole('button', { name: 'Organisatie aanmelden' }));
    expect(kvk).toHaveAttribute('aria-invalid', 'true');
    expect(kvk).toHaveAccessibleDescription(expect.stringContaining('Een KvK-nummer bestaat uit precies 8 cijfers.'));
    expect(api.callsTo('POST', '/api/v1/organisations')).toHaveLength(0);

    await user.type(kvk, '8');
    await user.click(screen.getByRole('button', { name: 'Organisatie aanmelden' }));

    expect(await screen.findByTestId('organisation-not-verified')).toBeInTheDocument();
    expect(screen.getByTestId('organisation-name')).toHaveTextContent('Testbedrijf BV');
    expect(JSON.parse(api.callsTo('POST', '/api/v1/organisations')[0]?.body ?? '{}')).toEqual({
      name: 'Testbedrijf BV',
      kvkNumber: '12345678',
    });
  });
});
