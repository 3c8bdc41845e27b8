import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('JobAlertsPage', () => {
  it('lets a visitor subscribe by e-mail and tells them to confirm first', async () => {
    const api = mockApi({ 'POST /api/v1/job-alerts': () => jsonResponse({ confirmationMailed: true }, 202) });
    const user = userEvent.setup();
    renderApp({ route: '/job-alerts', language: 'en' });

    await user.type(screen.getByLabelText('E-mail address'), 'vera@example.nl');
    await user.type(screen.getByLabelText('Skills'), 'Java, Scrum');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByTestId('job-alert-requested')).toHaveTextContent('vera@example.nl');
    expect(JSON.parse(api.callsTo('POST', '/api/v1/job-alerts')[0]?.body ?? '{}')).toEqual({
      email: 'vera@example.nl',
      criteria: { text: null, skills: ['Java', 'Scrum'], region: null, remote: null, minRateCents: null },
    });
  });

  it('lets an account holder switch alerts on and save the search', async () => {
    let consent: string | null = null;
    const alert = () => ({
      criteria: { text: null, skills: ['java'], region: '35', remote: null, minRateCents: 9000 },
      consent,
      email: 'petra@example.nl',
      active: consent === 'GRANTED',
    });
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/job-alerts': () => jsonResponse(alert()),
      'PUT /api/v1/me/job-alerts': () => jsonResponse(alert()),
      'POST /api/v1/me/consents': () => {
        consent = 'GRANTED';
        return jsonResponse({}, 201);
      },
    });
    const user = userEvent.setup();
    renderApp({
      route: '/job-alerts',
      auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-p' } }),
      language: 'en',
    });

    expect(await screen.findByTestId('job-alert-state')).toHaveTextContent('Alerts are off');
    expect(screen.getByLabelText('Skills')).toHaveValue('java');
    await user.click(screen.getByTestId('job-alerts-switch'));
    expect(await screen.findByText('Alerts are on and go to petra@example.nl.')).toBeInTheDocument();
    expect(JSON.parse(api.callsTo('POST', '/api/v1/me/consents')[0]?.body ?? '{}')).toEqual({
      purpose: 'job-alerts',
      decision: 'GRANT',
      form: 'JOB_ALERT_FORM',
    });

    await user.click(screen.getByRole('button', { name: 'Save search' }));
    expect(await screen.findByTestId('job-alert-saved')).toBeInTheDocument();
    expect(JSON.parse(api.callsTo('PUT', '/api/v1/me/job-alerts')[0]?.body ?? '{}')).toEqual({
      text: null,
      skills: ['java'],
      region: '35',
      remote: null,
      minRateCents: 9000,
    });
  });
});
