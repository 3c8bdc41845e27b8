import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

type MyResponse = components['schemas']['MyResponse'];

const RESPONSE_ID = '9c8b7a65-4321-4fed-8cba-0987654321ff';
const ASSIGNMENT_ID = '5b0c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';

function myResponse(overrides: Partial<MyResponse> = {}): MyResponse {
  return {
    id: RESPONSE_ID,
    assignmentId: ASSIGNMENT_ID,
    assignmentTitle: 'Scrum master voor zaakgericht werken',
    status: 'SHORTLISTED',
    forwardedTo: { kind: 'assignment-poster', name: 'Scrum master voor zaakgericht werken' },
    forwardedAt: '2026-05-02T10:00:00Z',
    thisAssignmentOnly: true,
    answers: [{ questionId: 'a1b2c3d4-0000-4000-8000-000000000001', question: 'Heb je een VOG?', value: 'yes' }],
    motivation: 'Ik ken het domein goed.',
    procedureUpdates: [{ status: 'SELECTING', message: 'Gesprekken volgende week', createdAt: '2026-05-10T10:00:00Z' }],
    createdAt: '2026-05-02T10:00:00Z',
    ...overrides,
  };
}

const auth = () => createFakeAuth({ user: { accessToken: 'pro-token', sub: 'kc-pro' } });

describe('MyResponsesPage', { timeout: 20_000 }, () => {
  it('lists each response: title linking to the assignment, localized status, forwarded-to, R-4 note, updates, answers', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/responses': { items: [myResponse()] },
    });
    const user = userEvent.setup();
    renderApp({ route: '/responses', auth: auth() });

    const item = await screen.findByTestId('my-response');
    expect(within(item).getByRole('link', { name: 'Scrum master voor zaakgericht werken' })).toHaveAttribute(
      'href',
      `/assignments/${ASSIGNMENT_ID}`,
    );
    expect(within(item).getByTestId('my-response-status')).toHaveTextContent('Op de shortlist');
    expect(within(item).getByTestId('my-response-forwarded')).toHaveTextContent(
      'Doorgestuurd naar de opdrachtgever van “Scrum master voor zaakgericht werken” op 2 mei 2026',
    );
    expect(within(item).getByTestId('my-response-this-only')).toHaveTextContent('Alleen voor deze opdracht');
    const updates = within(item).getByTestId('my-response-updates');
    expect(updates).toHaveTextContent('Selectie loopt');
    expect(updates).toHaveTextContent('Gesprekken volgende week');
    // Answers and motivation are collapsed until asked for.
    const summary = within(item).getByText('Je antwoorden en motivatie');
    expect(within(item).getByTestId('response-answers')).not.toBeVisible();
    await user.click(summary);
    expect(within(item).getByTestId('response-answers')).toBeVisible();
    expect(within(item).getByTestId('response-answers')).toHaveTextContent('Heb je een VOG?Ja');
    expect(within(item).getByTestId('response-motivation')).toHaveTextContent('Ik ken het domein goed.');
  });

  it('withdraws after a confirmation (cancel returns focus; confirm posts and shows WITHDRAWN)', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/responses': { items: [myResponse({ status: 'RECEIVED', thisAssignmentOnly: false })] },
      [`POST /api/v1/me/responses/${RESPONSE_ID}/withdraw`]: () =>
        jsonResponse(myResponse({ status: 'WITHDRAWN', thisAssignmentOnly: false })),
    });
    const user = userEvent.setup();
    renderApp({ route: '/responses', auth: auth() });

    const item = await screen.findByTestId('my-response');
    expect(within(item).getByTestId('my-response-status')).toHaveTextContent('Ontvangen');
    expect(within(item).queryByTestId('my-response-this-only')).not.toBeInTheDocument();
    const withdraw = within(item).getByRole('button', {
      name: 'Reactie intrekken: Scrum master voor zaakgericht werken',
    });

    await user.click(withdraw);
    expect(within(item).getByTestId('my-response-confirm')).toHaveTextContent('Weet je zeker');
    expect(within(item).getByRole('button', { name: 'Ja, intrekken' })).toHaveFocus();
    await user.click(within(item).getByRole('button', { name: 'Nee, niet intrekken' }));
    expect(within(item).queryByTestId('my-response-confirm')).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: /^Reactie intrekken/ })).toHaveFocus();
    expect(api.callsTo('POST', `/api/v1/me/responses/${RESPONSE_ID}/withdraw`)).toHaveLength(0);

    await user.click(within(item).getByRole('button', { name: /^Reactie intrekken/ }));
    await user.click(within(item).getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() => expect(within(item).getByTestId('my-response-status')).toHaveTextContent('Ingetrokken'));
    expect(within(item).getByTestId('my-response-done')).toHaveTextContent('Je reactie is ingetrokken');
    expect(within(item).getByTestId('my-response-done')).toHaveFocus();
    expect(within(item).queryByRole('button', { name: /^Reactie intrekken/ })).not.toBeInTheDocument();
    const [call] = api.callsTo('POST', `/api/v1/me/responses/${RESPONSE_ID}/withdraw`);
    expect(call?.headers.get('Authorization')).toBe('Bearer pro-token');
  });

  it('shows a 409 on withdraw inline', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/responses': { items: [myResponse()] },
      [`POST /api/v1/me/responses/${RESPONSE_ID}/withdraw`]: () =>
        problemResponse({ title: 'Conflict', status: 409, detail: 'This response is already withdrawn.' }, 409),
    });
    const user = userEvent.setup();
    renderApp({ route: '/responses', auth: auth() });
    await user.click(await screen.findByRole('button', { name: /^Reactie intrekken/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This response is already withdrawn.');
  });

  it('says so when there are none, and in English too', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['professional']), 'GET /api/v1/me/responses': { items: [] } });
    renderApp({ route: '/responses', auth: auth(), language: 'en' });
    expect(await screen.findByTestId('my-responses-empty')).toHaveTextContent(
      'You have not responded to an assignment yet.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'My responses' })).toBeInTheDocument();
  });

  it('asks to log in when signed out', () => {
    mockApi({});
    renderApp({ route: '/responses' });
    expect(screen.getByTestId('login-required')).toBeInTheDocument();
  });
});
