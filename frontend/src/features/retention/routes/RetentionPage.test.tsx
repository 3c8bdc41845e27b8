import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const officer = () => createFakeAuth({ user: { accessToken: 'token-pim', sub: 'kc-pim' } });
const SUBJECT = '33333333-3333-4333-8333-333333333333';
const HOLD = '44444444-4444-4444-8444-444444444444';

const policy = (over: Record<string, unknown>) => ({
  trigger: 'creation',
  action: 'DELETE',
  enabled: true,
  supportedActions: ['DELETE'],
  legalMinimum: null,
  updatedAt: '2026-11-01T09:00:00Z',
  ...over,
});

const POLICIES = [
  policy({ category: 'financial-record', period: 'P7Y', legalMinimum: 'P7Y', trigger: 'end of the fiscal year' }),
  policy({
    category: 'inactive-profile',
    period: 'P2Y',
    action: 'ANONYMISE',
    supportedActions: ['DELETE', 'ANONYMISE'],
    trigger: 'last meaningful contact',
  }),
  policy({ category: 'sent-mail', period: 'P30D', enabled: false }),
];

const report = (over: Record<string, unknown>) => ({
  id: '55555555-5555-4555-8555-555555555555',
  dryRun: false,
  trigger: 'SCHEDULE',
  startedAt: '2026-11-27T02:00:00Z',
  finishedAt: '2026-11-27T02:00:03Z',
  categories: [
    { category: 'inactive-profile', examined: 12, deleted: 0, anonymised: 10, held: 2, errors: 0, durationMs: 840 },
    { category: 'sent-mail', examined: 5, deleted: 4, anonymised: 0, held: 0, errors: 1, durationMs: 120 },
  ],
  ...over,
});

const activeHold = {
  id: HOLD,
  subjectId: SUBJECT,
  category: null,
  recordKey: null,
  reason: 'Rechtszaak 2026/123',
  placedAt: '2026-11-20T10:00:00Z',
  releasedAt: null,
  releaseReason: null,
};

const recordHold = {
  ...activeHold,
  id: '77777777-7777-4777-8777-777777777777',
  subjectId: null,
  category: 'sent-mail',
  recordKey: 'mail-7',
  reason: 'Klacht bij de AP',
};

function officerApi(routes: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/v1/me': meWithRoles(['privacy-officer']),
    'GET /api/v1/admin/retention/policies': POLICIES,
    'GET /api/v1/admin/retention/runs': { items: [report({})], nextCursor: null },
    'GET /api/v1/admin/legal-holds': (call) =>
      jsonResponse({
        items: call.url.searchParams.get('active') === 'true' ? [activeHold, recordHold] : [],
        nextCursor: null,
      }),
    ...(routes as Record<string, object>),
  });
}

const bodyOf = (api: ReturnType<typeof mockApi>, method: string, path: string) =>
  JSON.parse(api.callsTo(method, path)[0]?.body ?? 'null') as unknown;

describe('RetentionPage', () => {
  it('shows every policy with its period in words, its action, whether it is on and the legal minimum', async () => {
    officerApi();
    renderApp({ route: '/admin/retention', auth: officer() });

    const financial = await screen.findByTestId('policy-financial-record');
    expect(within(financial).getByRole('rowheader')).toHaveTextContent('Financiële administratie');
    expect(financial).toHaveTextContent('7 jaar P7Y');
    expect(financial).toHaveTextContent('end of the fiscal year');
    const profile = screen.getByTestId('policy-inactive-profile');
    expect(profile).toHaveTextContent('2 jaar P2Y');
    expect(profile).toHaveTextContent('Anonimiseren');
    expect(screen.getByTestId('policy-sent-mail')).toHaveTextContent('30 dagen P30D');
    expect(screen.getByTestId('policy-sent-mail')).toHaveTextContent('Uit');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bewaartermijnen');
  });

  it('edits a policy: the server refuses a period below the legal minimum on the field, then saves', async () => {
    let attempts = 0;
    const api = officerApi({
      'PUT /api/v1/admin/retention/policies/:category': (_call: unknown, params: Record<string, string>) => {
        attempts += 1;
        if (attempts === 1) {
          return problemResponse(
            {
              type: 'https://werkbank.nl/problems/invalid',
              title: 'Het verzoek klopt niet',
              status: 400,
              errors: [
                { field: 'period', code: 'range', message: 'mag niet korter zijn dan het wettelijk minimum P7Y' },
              ],
            },
            400,
          );
        }
        return jsonResponse(policy({ category: params.category, period: 'P8Y', legalMinimum: 'P7Y' }));
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    await user.click(await screen.findByRole('button', { name: 'Wijzigen: Financiële administratie' }));
    const form = screen.getByTestId('policy-form');
    expect(within(form).getByRole('heading', { name: 'Beleid wijzigen: Financiële administratie' })).toHaveFocus();
    const period = within(form).getByLabelText(/^Bewaartermijn/);
    expect(period).toHaveAccessibleDescription(/De wet vraagt minstens 7 jaar/);
    await user.clear(period);
    await user.type(period, 'P1Y');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await within(form).findByTestId('policy-financial-record-period-error')).toHaveTextContent(
      'mag niet korter zijn dan het wettelijk minimum P7Y',
    );
    expect(period).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByTestId('error-summary')).toHaveFocus();
    expect(bodyOf(api, 'PUT', '/api/v1/admin/retention/policies/financial-record')).toEqual({
      period: 'P1Y',
      action: 'DELETE',
      enabled: true,
    });

    await user.clear(period);
    await user.type(period, 'P8Y');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByTestId('policy-saved')).toHaveTextContent(
      'Het beleid voor “Financiële administratie” is opgeslagen.',
    );
    expect(screen.queryByTestId('policy-form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wijzigen: Financiële administratie' })).toHaveFocus();
    expect(JSON.parse(api.callsTo('PUT', '/api/v1/admin/retention/policies/financial-record')[1]?.body ?? '')).toEqual({
      period: 'P8Y',
      action: 'DELETE',
      enabled: true,
    });
  });

  it('checks the period before sending, and offers only the actions the category supports', async () => {
    const api = officerApi();
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    await user.click(await screen.findByRole('button', { name: 'Wijzigen: Inactieve profielen' }));
    const form = screen.getByTestId('policy-form');
    expect(
      within(form)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['DELETE', 'ANONYMISE']);
    const period = within(form).getByLabelText(/^Bewaartermijn/);
    await user.clear(period);
    await user.type(period, '2 jaar');
    await user.click(within(form).getByRole('checkbox', { name: 'Dit beleid is actief' }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await within(form).findByTestId('policy-inactive-profile-period-error')).toHaveTextContent(
      'Vul een periode in zoals P2Y, P6M of P30D.',
    );
    expect(api.callsTo('PUT', '/api/v1/admin/retention/policies/inactive-profile')).toHaveLength(0);

    await user.click(within(form).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByTestId('policy-form')).not.toBeInTheDocument();
  });

  it('lists past runs with their outcome per category, and runs a dry run at once', async () => {
    const api = officerApi({
      'POST /api/v1/admin/retention/runs': () =>
        jsonResponse(report({ id: '66666666-6666-4666-8666-666666666666', dryRun: true, trigger: 'MANUAL' }), 201),
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    const run = await screen.findByTestId('run');
    expect(within(run).getByRole('heading', { level: 3 })).toHaveTextContent(/^Opruimronde van /);
    expect(run).toHaveTextContent('volgens schema');
    const profileRow = within(run).getByRole('row', { name: /Inactieve profielen/ });
    expect(
      within(profileRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['12', '0', '10', '2', '0', '840']);

    await user.click(screen.getByRole('button', { name: 'Proefdraai' }));

    expect(await screen.findByTestId('run-result')).toHaveTextContent(
      'De proefdraai is klaar: 17 bekeken; een echte ronde zou 4 verwijderen en 10 anonimiseren; 2 vastgehouden. Er is niets veranderd.',
    );
    expect(bodyOf(api, 'POST', '/api/v1/admin/retention/runs')).toEqual({ dryRun: true });
  });

  it('asks before a real sweep, and says so when one is already running (409)', async () => {
    const api = officerApi({
      'POST /api/v1/admin/retention/runs': () =>
        problemResponse({ title: 'Conflict', status: 409, detail: 'A run is in progress' }, 409),
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    await user.click(await screen.findByRole('button', { name: 'Nu opruimen' }));
    expect(api.callsTo('POST', '/api/v1/admin/retention/runs')).toHaveLength(0);
    expect(screen.getByTestId('run-confirmation')).toHaveTextContent('Dit kan niet ongedaan worden gemaakt.');
    await user.click(screen.getByRole('button', { name: 'Ja, nu opruimen' }));

    expect(await screen.findByTestId('run-busy')).toHaveTextContent('Er loopt al een opruimronde.');
    expect(bodyOf(api, 'POST', '/api/v1/admin/retention/runs')).toEqual({ dryRun: false });
  });

  it('places a hold on a person and on one record, with field errors from the server', async () => {
    let placed = 0;
    const api = officerApi({
      'POST /api/v1/admin/legal-holds': (call: { body?: string }) => {
        placed += 1;
        const body = JSON.parse(call.body ?? '{}') as Record<string, string>;
        if (placed === 2) {
          return problemResponse(
            {
              title: 'Het verzoek klopt niet',
              status: 400,
              errors: [{ field: 'recordKey', code: 'unknown-reference', message: 'bestaat niet in deze categorie' }],
            },
            400,
          );
        }
        return jsonResponse({ ...activeHold, ...body, id: crypto.randomUUID() }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    const form = await screen.findByTestId('hold-form');
    await user.type(within(form).getByLabelText(/^Subject-id/), 'geen-uuid');
    await user.type(within(form).getByLabelText(/^Reden/), 'Rechtszaak 2026/200');
    await user.click(within(form).getByRole('button', { name: 'Vasthouden' }));
    expect(await within(form).findByTestId('hold-subject-error')).toHaveTextContent('Vul een subject-id in');
    expect(api.callsTo('POST', '/api/v1/admin/legal-holds')).toHaveLength(0);

    await user.clear(within(form).getByLabelText(/^Subject-id/));
    await user.type(within(form).getByLabelText(/^Subject-id/), SUBJECT);
    await user.click(within(form).getByRole('button', { name: 'Vasthouden' }));
    expect(await within(form).findByTestId('hold-placed')).toHaveTextContent('Vastgehouden.');
    expect(bodyOf(api, 'POST', '/api/v1/admin/legal-holds')).toEqual({
      subjectId: SUBJECT,
      reason: 'Rechtszaak 2026/200',
    });

    await user.click(within(form).getByTestId('hold-kind-record'));
    await user.selectOptions(within(form).getByLabelText(/^Soort gegevens/), 'Verstuurde mail');
    await user.type(within(form).getByLabelText(/^Sleutel van het record/), 'mail-42');
    await user.type(within(form).getByLabelText(/^Reden/), 'Klacht AP');
    await user.click(within(form).getByRole('button', { name: 'Vasthouden' }));

    expect(await within(form).findByTestId('hold-record-key-error')).toHaveTextContent(
      'bestaat niet in deze categorie',
    );
    expect(JSON.parse(api.callsTo('POST', '/api/v1/admin/legal-holds')[1]?.body ?? '')).toEqual({
      category: 'sent-mail',
      recordKey: 'mail-42',
      reason: 'Klacht AP',
    });
  });

  it('releases an active hold with a reason, and says when it was released already', async () => {
    const api = officerApi({
      'POST /api/v1/admin/legal-holds/:id/release': () =>
        problemResponse({ title: 'Conflict', status: 409, detail: 'already released' }, 409),
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/retention', auth: officer() });

    const [hold, record] = await screen.findAllByTestId('hold');
    expect(record).toHaveTextContent('Verstuurde mail, sleutel mail-7');
    if (!hold) throw new Error('no hold listed');
    expect(hold).toHaveTextContent(`Persoon ${SUBJECT}`);
    expect(hold).toHaveTextContent('Reden: Rechtszaak 2026/123');
    await user.click(within(hold).getByRole('button', { name: `Vrijgeven: Persoon ${SUBJECT}` }));
    const reason = within(hold).getByLabelText(/^Reden van vrijgave/);
    expect(reason).toHaveFocus();
    await user.type(reason, 'Zaak afgesloten');
    await user.click(within(hold).getByTestId('hold-release-confirm'));

    expect(await within(hold).findByRole('alert')).toHaveTextContent('Deze bewaarplicht was al vrijgegeven.');
    expect(bodyOf(api, 'POST', `/api/v1/admin/legal-holds/${HOLD}/release`)).toEqual({ reason: 'Zaak afgesloten' });

    await user.click(screen.getByTestId('holds-released'));
    expect(await screen.findByTestId('holds-empty')).toHaveTextContent('Er is nog niets vrijgegeven.');
    expect(api.calls.some((call) => call.url.searchParams.get('active') === 'false')).toBe(true);
  });

  it('is in English too', async () => {
    officerApi();
    renderApp({ route: '/admin/retention', auth: officer(), language: 'en' });
    expect(await screen.findByTestId('policy-sent-mail')).toHaveTextContent('Sent mail30 days P30D');
    expect(screen.getByRole('heading', { level: 2, name: 'Legal holds' })).toBeInTheDocument();
  });

  it('tells other roles the page is not theirs, without asking the retention API', async () => {
    const api = mockApi({ 'GET /api/v1/me': meWithRoles(['admin']) });
    renderApp({ route: '/admin/retention', auth: officer() });
    expect(await screen.findByTestId('role-required')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path.includes('retention') || call.path.includes('legal-holds'))).toEqual(
      [],
    );
  });
});
