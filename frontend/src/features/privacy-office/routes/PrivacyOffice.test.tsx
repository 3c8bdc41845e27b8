import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const officer = () => createFakeAuth({ user: { accessToken: 'token-pim', sub: 'kc-pim' } });
const LATE = '11111111-1111-4111-8111-111111111111';
const SOON = '22222222-2222-4222-8222-222222222222';
const SUBJECT = '33333333-3333-4333-8333-333333333333';

const queued = (id: string, type: string, dueAt: string, overdue: boolean, extensionMonths = 0) => ({
  subjectId: SUBJECT,
  request: {
    id,
    type,
    status: 'RECEIVED',
    details: type === 'RECTIFICATION' ? 'Mijn naam is Smit' : null,
    receivedAt: '2026-10-01T08:00:00Z',
    dueAt,
    overdue,
    extensionMonths,
    rejectionReason: null,
    closedAt: null,
    history: [{ occurredAt: '2026-10-01T08:00:00Z', event: 'RECEIVED', status: 'RECEIVED', reason: null }],
    export: null,
    exportPassword: null,
  },
});

const QUEUE = {
  items: [
    queued(LATE, 'OBJECTION', '2026-11-01T08:00:00Z', true),
    queued(SOON, 'RECTIFICATION', '2026-12-01T08:00:00Z', false, 1),
  ],
};

describe('privacy officer pages', () => {
  it('lists the queue in the order of the API, earliest deadline first, with overdue flagged', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['privacy-officer']), 'GET /api/v1/admin/privacy-requests': QUEUE });
    renderApp({ route: '/privacy-officer/requests', auth: officer() });
    const rows = await screen.findAllByTestId('queue-row');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Bezwaar', 'Corrigeren']);
    expect(within(rows[0] as HTMLElement).getByTestId('overdue')).toHaveTextContent('Te laat');
    expect(within(rows[1] as HTMLElement).queryByTestId('overdue')).not.toBeInTheDocument();
    expect(screen.getByTestId('queue-summary')).toHaveTextContent('2 open verzoek(en), waarvan 1 te laat.');
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `/privacy-officer/requests/${LATE}`,
    );
  });

  it('tells other roles that the queue is not theirs, without asking the API for it', async () => {
    const api = mockApi({ 'GET /api/v1/me': meWithRoles(['professional']) });
    renderApp({ route: '/privacy-officer/requests', auth: officer() });
    expect(await screen.findByTestId('role-required')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/admin/privacy-requests')).toHaveLength(0);
  });

  it('shows a request with its details and extends it by the months still allowed, with a reason', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['privacy-officer']),
      'GET /api/v1/admin/privacy-requests': QUEUE,
      [`POST /api/v1/admin/privacy-requests/${SOON}/extension`]: () =>
        jsonResponse(queued(SOON, 'RECTIFICATION', '2027-01-01T08:00:00Z', false, 2)),
    });
    const user = userEvent.setup();
    renderApp({ route: `/privacy-officer/requests/${SOON}`, auth: officer() });
    const detail = await screen.findByTestId('request-detail');
    expect(detail).toHaveTextContent('Mijn naam is Smit');
    expect(detail).toHaveTextContent(SUBJECT);
    expect(detail).toHaveTextContent('1 maand(en) verlengd');
    // One month was used: only one more may be added.
    const months = screen.getByLabelText('Verlengen met');
    expect(
      within(months)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['1']);

    await user.type(screen.getByLabelText(/Reden/, { selector: '#extend-reason' }), 'Veel gegevens om na te lopen');
    await user.click(screen.getByRole('button', { name: 'Termijn verlengen' }));
    expect(await screen.findByTestId('request-action-done')).toHaveTextContent('termijn 1 januari 2027');
    expect(
      JSON.parse(api.callsTo('POST', `/api/v1/admin/privacy-requests/${SOON}/extension`)[0]?.body ?? '{}'),
    ).toEqual({ months: 1, reason: 'Veel gegevens om na te lopen' });
  });

  it("shows the API's refusal of an action", async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['privacy-officer']),
      'GET /api/v1/admin/privacy-requests': QUEUE,
      [`POST /api/v1/admin/privacy-requests/${LATE}/completion`]: () =>
        problemResponse({ type: 'about:blank', title: 'Al afgerond', status: 409 }, 409),
    });
    const user = userEvent.setup();
    renderApp({ route: `/privacy-officer/requests/${LATE}`, auth: officer() });
    await user.click(await screen.findByRole('button', { name: 'Verzoek afronden' }));
    expect(await screen.findByTestId('error-title')).toHaveTextContent('Al afgerond');
  });

  it('says so when a request is not (or no longer) open', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['privacy-officer']), 'GET /api/v1/admin/privacy-requests': QUEUE });
    renderApp({ route: '/privacy-officer/requests/44444444-4444-4444-8444-444444444444', auth: officer() });
    expect(await screen.findByTestId('request-not-open')).toBeInTheDocument();
  });

  it('searches the audit log with the filters from the address and verifies the chain', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['privacy-officer']),
      'GET /api/v1/admin/audit': {
        items: [
          {
            id: '55555555-5555-4555-8555-555555555555',
            sequence: 7,
            occurredAt: '2026-11-28T09:00:00Z',
            actor: `subject:${SUBJECT}`,
            action: 'PRIVACY_REQUEST_RECEIVED',
            subjectRef: SUBJECT,
            details: { type: 'ACCESS' },
            previousHash: '0'.repeat(64),
            hash: 'a'.repeat(64),
          },
        ],
      },
      'GET /api/v1/admin/audit/verification': { valid: false, entries: 7, firstBrokenEntry: 'entry-4' },
    });
    const user = userEvent.setup();
    renderApp({
      route: `/privacy-officer/audit?action=PRIVACY_REQUEST_RECEIVED&subject=${SUBJECT}&from=2026-11-01&bogus=1`,
      auth: officer(),
    });
    const table = await screen.findByTestId('audit-entries');
    expect(table).toHaveTextContent('PRIVACY_REQUEST_RECEIVED');
    expect(table).toHaveTextContent('type=ACCESS');
    const query = api.callsTo('GET', '/api/v1/admin/audit')[0]?.url.searchParams;
    expect(query?.get('action')).toBe('PRIVACY_REQUEST_RECEIVED');
    expect(query?.get('subject')).toBe(SUBJECT);
    expect(query?.get('from')).toBe('2026-11-01T00:00:00Z');
    expect(query?.has('bogus')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Controleer de hashketen' }));
    expect(await screen.findByTestId('audit-verification')).toHaveTextContent(
      'De keten is verbroken (7 regels). Eerste afwijkende regel: entry-4.',
    );
  });

  it('lists the breach register with the deadline and records a new incident', async () => {
    let recorded: unknown;
    mockApi({
      'GET /api/v1/me': meWithRoles(['privacy-officer']),
      'GET /api/v1/admin/breaches': () =>
        jsonResponse({
          items: [
            {
              id: '66666666-6666-4666-8666-666666666666',
              whatHappened: 'Laptop verloren',
              discoveredAt: '2026-11-20T10:00:00Z',
              dataCategories: ['CV'],
              approximateSubjects: 12,
              likelyConsequences: 'Weinig',
              measuresTaken: 'Op afstand gewist',
              highRisk: false,
              decision: 'PENDING',
              authorityNotifiedAt: null,
              delayReason: null,
              notNotifiableReason: null,
              authorityDeadline: '2026-11-23T10:00:00Z',
              overdue: true,
              subjectsNotified: 0,
              subjectsNotifiedAt: null,
              recordedAt: '2026-11-20T11:00:00Z',
              updatedAt: '2026-11-20T11:00:00Z',
            },
          ],
        }),
      'POST /api/v1/admin/breaches': (call) => {
        recorded = JSON.parse(call.body ?? '{}');
        return jsonResponse({}, 201);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/privacy-officer/breaches', auth: officer() });
    const row = await screen.findByTestId('breach-row');
    expect(row).toHaveTextContent('Laptop verloren');
    expect(row).toHaveTextContent('Nog te besluiten');
    expect(row).toHaveTextContent('Te laat');

    await user.type(screen.getByLabelText(/Wat is er gebeurd/), 'Mail naar verkeerde ontvanger');
    await user.type(screen.getByLabelText(/Ontdekt op/), '2026-11-28T09:30');
    await user.click(screen.getByLabelText('Contactgegevens'));
    await user.type(screen.getByLabelText(/Aantal betrokkenen/), '3');
    await user.type(screen.getByLabelText(/Waarschijnlijke gevolgen/), 'Spam');
    await user.type(screen.getByLabelText(/Genomen maatregelen/), 'Ontvanger gevraagd te verwijderen');
    await user.click(screen.getByRole('button', { name: 'Incident vastleggen' }));
    expect(await screen.findByTestId('breach-recorded')).toBeInTheDocument();
    expect(recorded).toMatchObject({
      whatHappened: 'Mail naar verkeerde ontvanger',
      dataCategories: ['CONTACT_DETAILS'],
      approximateSubjects: 3,
      highRisk: false,
      decision: 'PENDING',
    });
  });
});
