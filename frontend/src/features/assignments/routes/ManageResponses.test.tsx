import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api';
import { ASSIGNMENT_ID, managedAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { nodeFetchClasses } from '@/testing/node-fetch-classes';
import { renderApp } from '@/testing/test-utils';

type ReceivedResponse = components['schemas']['ReceivedResponse'];
type Placement = components['schemas']['Placement'];

const PATH = `/api/v1/managed-assignments/${ASSIGNMENT_ID}`;
const JAN = '11111111-2222-4333-8444-555555555555';
const EVA = '66666666-7777-4888-8999-aaaaaaaaaaaa';

function received(overrides: Partial<ReceivedResponse> = {}): ReceivedResponse {
  return {
    id: JAN,
    status: 'RECEIVED',
    name: 'Jan Jansen',
    email: 'jan@example.nl',
    phone: '06 11122233',
    motivation: 'Ik ken zaakgericht werken.',
    answers: [{ questionId: 'a1b2c3d4-0000-4000-8000-000000000001', question: 'Heb je een VOG?', value: 'yes' }],
    thisAssignmentOnly: true,
    hasCv: true,
    receivedAt: '2026-05-03T08:30:00Z',
    ...overrides,
  };
}

const placement: Placement = {
  id: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
  responseId: JAN,
  startDate: '2026-06-01',
  endDate: '2026-07-10',
  monthlyFeeCents: 25000,
  totalCents: 33064,
  invoices: [
    { periodStart: '2026-06-01', periodEnd: '2026-06-30', amountCents: 25000, issuedOn: '2026-07-01' },
    { periodStart: '2026-07-01', periodEnd: '2026-07-10', amountCents: 8064, issuedOn: '2026-07-11' },
  ],
};

describe('ManageAssignmentPage: received responses and placements', { timeout: 30_000 }, () => {
  it("lists the responses with the respondent's details, answers, R-4 notice and CV download (management token)", async () => {
    window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'tok');
    const api = mockApi({
      [`GET ${PATH}`]: managedAssignment(),
      [`GET ${PATH}/responses`]: {
        items: [
          received(),
          received({
            id: EVA,
            name: 'Eva de Boer',
            email: 'eva@example.nl',
            phone: null,
            thisAssignmentOnly: false,
            hasCv: false,
            status: 'WITHDRAWN',
          }),
        ],
      },
      [`GET ${PATH}/placements`]: { items: [] },
      [`GET ${PATH}/responses/${JAN}/cv`]: () =>
        new Response(new Uint8Array([37, 80, 68, 70]), {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="cv-jan.pdf"' },
        }),
    });
    // Node's fetch answers with Node's Blob (jsdom's is another class), and jsdom has no object URLs.
    vi.stubGlobal('Blob', (await nodeFetchClasses()).Blob);
    const createObjectURL = vi.fn((blob: Blob) => `blob:${blob.size}`);
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const user = userEvent.setup();
    renderApp({ route: `/manage/${ASSIGNMENT_ID}` });

    const items = await screen.findAllByTestId('received-response');
    expect(items).toHaveLength(2);
    const [jan, eva] = items as [HTMLElement, HTMLElement];
    expect(within(jan).getByRole('heading', { name: 'Jan Jansen' })).toBeInTheDocument();
    expect(within(jan).getByRole('link', { name: 'jan@example.nl' })).toHaveAttribute('href', 'mailto:jan@example.nl');
    expect(jan).toHaveTextContent('06 11122233');
    expect(jan).toHaveTextContent('3 mei 2026');
    expect(within(jan).getByTestId('received-response-status')).toHaveTextContent('Ontvangen');
    expect(within(jan).getByTestId('received-this-assignment-only')).toHaveTextContent('Vernietig je kopie');
    expect(within(jan).getByTestId('response-answers')).toHaveTextContent('Heb je een VOG?Ja');
    expect(within(jan).getByTestId('response-motivation')).toHaveTextContent('Ik ken zaakgericht werken.');
    // A withdrawn response: no CV, no status change, no placement.
    expect(within(eva).getByTestId('received-response-status')).toHaveTextContent('Ingetrokken');
    expect(within(eva).queryByTestId('received-this-assignment-only')).not.toBeInTheDocument();
    expect(within(eva).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(jan).getByRole('button', { name: 'Cv van Jan Jansen downloaden' }));
    await waitFor(() => expect(downloads).toEqual(['cv-jan.pdf']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(createObjectURL.mock.results[0]?.value).toBe('blob:4');
    const [cvCall] = api.callsTo('GET', `${PATH}/responses/${JAN}/cv`);
    expect(cvCall?.headers.get('Werkbank-Manage-Token')).toBe('tok');
    for (const call of api.calls) expect(call.headers.get('Werkbank-Manage-Token')).toBe('tok');
  });

  it('changes the status (the respondent is told) and shows a 409 inline', async () => {
    let conflict = false;
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      [`GET ${PATH}`]: managedAssignment({ poster: null, organisation: 'Jansen BV' }),
      [`GET ${PATH}/responses`]: { items: [received()] },
      [`GET ${PATH}/placements`]: { items: [] },
      [`POST ${PATH}/responses/${JAN}/status`]: (call) =>
        conflict
          ? problemResponse({ title: 'Conflict', status: 409, detail: 'The respondent withdrew this response.' }, 409)
          : jsonResponse(
              received({ status: (JSON.parse(call.body ?? '{}') as { status: ReceivedResponse['status'] }).status }),
            ),
    });
    const user = userEvent.setup();
    renderApp({
      route: `/manage/${ASSIGNMENT_ID}`,
      auth: createFakeAuth({ user: { accessToken: 'client-token', sub: 'kc-c' } }),
    });

    const item = await screen.findByTestId('received-response');
    await user.selectOptions(within(item).getByLabelText('Status van de reactie van Jan Jansen'), 'SHORTLISTED');
    await user.click(within(item).getByRole('button', { name: 'Status opslaan' }));
    await waitFor(() =>
      expect(within(item).getByTestId('received-response-status')).toHaveTextContent('Op de shortlist'),
    );
    expect(within(item).getByTestId('received-status-done')).toHaveTextContent(
      'De reactie van Jan Jansen staat nu op “Op de shortlist”.',
    );
    const [call] = api.callsTo('POST', `${PATH}/responses/${JAN}/status`);
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ status: 'SHORTLISTED' });
    expect(call?.headers.get('Authorization')).toBe('Bearer client-token');
    expect(call?.headers.has('Werkbank-Manage-Token')).toBe(false);

    conflict = true;
    await user.selectOptions(within(item).getByLabelText('Status van de reactie van Jan Jansen'), 'REJECTED');
    await user.click(within(item).getByRole('button', { name: 'Status opslaan' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent('The respondent withdrew this response.');
  });

  it('lists the responses first and the actions (closing) last, with one status vocabulary (issue 16)', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      [`GET ${PATH}`]: managedAssignment({ poster: null, organisation: 'Jansen BV' }),
      [`GET ${PATH}/responses`]: { items: [received()] },
      [`GET ${PATH}/placements`]: { items: [] },
    });
    const user = userEvent.setup();
    renderApp({
      route: `/manage/${ASSIGNMENT_ID}`,
      auth: createFakeAuth({ user: { accessToken: 'client-token', sub: 'kc-c' } }),
    });

    const item = await screen.findByTestId('received-response');
    const responses = screen.getByRole('heading', { level: 2, name: 'Reacties' });
    const actions = screen.getByRole('heading', { level: 2, name: 'Acties' });
    expect(responses.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.at(-1)).toBe(actions);

    const select = within(item).getByLabelText('Status van de reactie van Jan Jansen');
    expect(within(item).getByTestId('received-response-status')).toHaveTextContent('Ontvangen');
    expect(select).toHaveDisplayValue('Ontvangen');
    await user.click(within(item).getByRole('button', { name: 'Status opslaan' }));
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Kies een andere status dan de huidige.'));
    expect(api.callsTo('POST', `${PATH}/responses/${JAN}/status`)).toHaveLength(0);
  });

  it('records a placement (dates checked first) and shows its invoices in euros with the total', async () => {
    window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'tok');
    let placed = false;
    const api = mockApi({
      [`GET ${PATH}`]: managedAssignment(),
      [`GET ${PATH}/responses`]: () =>
        jsonResponse({ items: [received({ status: placed ? 'PLACED' : 'SHORTLISTED' })] }),
      [`GET ${PATH}/placements`]: () => jsonResponse({ items: placed ? [placement] : [] }),
      [`POST ${PATH}/responses/${JAN}/placement`]: () => {
        placed = true;
        return jsonResponse(placement);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: `/manage/${ASSIGNMENT_ID}` });

    expect(await screen.findByTestId('placements-fee-rule')).toHaveTextContent(
      'hoogstens € 250 (excl. btw) per maand, voor hoogstens de eerste 6 maanden',
    );
    await user.click(await screen.findByRole('button', { name: 'Jan Jansen als geplaatst markeren' }));
    const form = screen.getByTestId('placement-form');
    const start = within(form).getByLabelText(/^Eerste dag/);
    expect(start).toHaveFocus();
    fireEvent.change(start, { target: { value: '2026-07-10' } });
    fireEvent.change(within(form).getByLabelText(/^Laatste dag/), { target: { value: '2026-06-01' } });
    await user.click(within(form).getByRole('button', { name: 'Plaatsing vastleggen' }));
    // The summary takes focus and links to the field, which carries the message too.
    const summary = await within(form).findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: /De laatste dag mag niet vóór de eerste dag liggen/ }),
    ).toHaveAttribute('href', `#placement-${JAN}-end`);
    expect(within(form).getByLabelText(/^Laatste dag/)).toHaveAccessibleDescription(
      expect.stringContaining('De laatste dag mag niet vóór de eerste dag liggen'),
    );
    expect(api.callsTo('POST', `${PATH}/responses/${JAN}/placement`)).toHaveLength(0);

    fireEvent.change(start, { target: { value: '2026-06-01' } });
    fireEvent.change(within(form).getByLabelText(/^Laatste dag/), { target: { value: '2026-07-10' } });
    await user.click(within(form).getByRole('button', { name: 'Plaatsing vastleggen' }));

    const table = await screen.findByRole('table', {
      name: 'Facturen voor de plaatsing van Jan Jansen, 1 juni 2026 – 10 juli 2026',
    });
    const amounts = within(table)
      .getAllByTestId('placement-invoice-amount')
      .map((cell) => cell.textContent?.replace(/\s/g, ' '));
    expect(amounts).toEqual(['€ 250', '€ 80,64']);
    expect(within(table).getAllByTestId('placement-invoice')[1]).toHaveTextContent('1 juli 2026 – 10 juli 2026');
    expect(within(table).getAllByTestId('placement-invoice')[1]).toHaveTextContent('11 juli 2026');
    expect(within(table).getByTestId('placement-total').textContent?.replace(/\s/g, ' ')).toBe('€ 330,64');
    await waitFor(() => expect(screen.getByTestId('received-response-status')).toHaveTextContent('Geplaatst'));
    expect(screen.queryByRole('button', { name: /als geplaatst markeren/ })).not.toBeInTheDocument();
    const [call] = api.callsTo('POST', `${PATH}/responses/${JAN}/placement`);
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ startDate: '2026-06-01', endDate: '2026-07-10' });
  });

  it('formats the invoices in English (en-GB) too', async () => {
    window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'tok');
    mockApi({
      [`GET ${PATH}`]: managedAssignment(),
      [`GET ${PATH}/responses`]: { items: [received({ status: 'PLACED' })] },
      [`GET ${PATH}/placements`]: { items: [placement] },
    });
    renderApp({ route: `/manage/${ASSIGNMENT_ID}`, language: 'en' });
    const table = await screen.findByRole('table', { name: /^Invoices for the placement of Jan Jansen/ });
    expect(
      within(table)
        .getAllByTestId('placement-invoice-amount')
        .map((cell) => cell.textContent),
    ).toEqual(['€250', '€80.64']);
    expect(within(table).getByTestId('placement-total')).toHaveTextContent('€330.64');
  });
});
