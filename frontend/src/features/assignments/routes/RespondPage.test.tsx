import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse, type ApiCall } from '@/testing/fetch-mock';
import { ownProfile } from '@/testing/fixtures';
import { nodeFetchClasses } from '@/testing/node-fetch-classes';
import { renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof userEvent.setup>;

const Q_TEXT = 'a1b2c3d4-0000-4000-8000-000000000003';
const Q_YES_NO = 'a1b2c3d4-0000-4000-8000-000000000001';
const Q_NUMBER = 'a1b2c3d4-0000-4000-8000-000000000004';
const Q_CHOICE = 'a1b2c3d4-0000-4000-8000-000000000002';

const assignment = publicAssignment({
  questions: [
    { id: Q_TEXT, kind: 'TEXT', text: 'Beschrijf je ervaring met Scrum', required: true, options: [] },
    { id: Q_YES_NO, kind: 'YES_NO', text: 'Heb je een VOG?', required: true, options: [] },
    { id: Q_NUMBER, kind: 'NUMBER', text: 'Hoeveel jaar ervaring heb je?', required: false, options: [] },
    { id: Q_CHOICE, kind: 'CHOICE', text: 'Beschikbaarheid', required: false, options: ['Direct', 'Binnen een maand'] },
  ],
});

const ROUTE = `/assignments/${ASSIGNMENT_ID}/respond`;
const RESPOND = `POST /api/v1/assignments/${ASSIGNMENT_ID}/responses`;

async function fill(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

/** The `response` part as the server reads it: a JSON file part. */
async function responsePart(call: ApiCall | undefined): Promise<{ type: string; json: Record<string, unknown> }> {
  const part = call?.formData?.get('response');
  // A file part (jsdom's and Node's Blob classes differ, so no instanceof).
  expect(typeof part).toBe('object');
  const blob = part as Blob;
  return { type: blob.type, json: JSON.parse(await blob.text()) as Record<string, unknown> };
}

// Node's fetch (undici) builds the multipart body in these tests and cannot read jsdom's
// FormData/Blob/File: use Node's own classes, as a browser uses its own.
beforeEach(async () => {
  const node = await nodeFetchClasses();
  vi.stubGlobal('FormData', node.FormData);
  vi.stubGlobal('Blob', node.Blob);
  vi.stubGlobal('File', node.File);
});

describe('RespondPage (visitor, not logged in)', { timeout: 30_000 }, () => {
  it('tells a visitor they can log in to use their profile', async () => {
    mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment() });
    const { auth } = renderApp({ route: ROUTE });
    const hint = await screen.findByTestId('respond-login-hint');
    expect(hint).toHaveTextContent('Heb je een account? Log in');
    await userEvent.setup().click(within(hint).getByRole('button', { name: 'Inloggen' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith(expect.objectContaining({ state: { returnTo: ROUTE } }));
    expect(screen.queryByTestId('respond-sent-details')).not.toBeInTheDocument();
  });

  it('generates the form from the questions: text area, yes/no and choice fieldsets with legends, a number input', async () => {
    mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment });
    renderApp({ route: ROUTE });

    expect(await screen.findByRole('heading', { level: 1, name: assignment.title })).toBeInTheDocument();
    const text = screen.getByRole('textbox', { name: /^Beschrijf je ervaring met Scrum/ });
    expect(text.tagName).toBe('TEXTAREA');
    expect(text).toBeRequired();
    const yesNo = screen.getByRole('group', { name: /^Heb je een VOG\? ?\(verplicht\)$/ });
    expect(
      within(yesNo)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).value),
    ).toEqual(['yes', 'no']);
    expect(within(yesNo).getByLabelText('Ja')).toBeInTheDocument();
    const number = screen.getByRole('textbox', { name: 'Hoeveel jaar ervaring heb je?' });
    expect(number).toHaveAttribute('inputmode', 'decimal');
    expect(number).not.toBeRequired();
    const choice = screen.getByRole('group', { name: 'Beschikbaarheid' });
    expect(
      within(choice)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).value),
    ).toEqual(['Direct', 'Binnen een maand']);
    expect(screen.getByRole('textbox', { name: /^Motivatie/ })).toBeRequired();
    expect(screen.getByLabelText('Gebruik mijn gegevens alleen voor deze opdracht')).not.toBeChecked();
    expect(screen.getByTestId('respond-privacy')).toHaveTextContent('alleen naar de opdrachtgever van deze opdracht');
    expect(screen.getByRole('group', { name: 'Jouw gegevens' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/cv uit mijn profiel/)).not.toBeInTheDocument();
  });

  it('checks required answers, the number, motivation and respondent before sending anything', async () => {
    const api = mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment });
    const user = userEvent.setup();
    renderApp({ route: ROUTE });

    await fill(user, await screen.findByRole('textbox', { name: 'Hoeveel jaar ervaring heb je?' }), 'tien');
    await user.click(screen.getByRole('button', { name: 'Reactie versturen' }));

    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Beschrijf je ervaring met Scrum: Beantwoord deze vraag.');
    expect(summary).toHaveTextContent('Heb je een VOG? Beantwoord deze vraag.');
    expect(summary).toHaveTextContent('Hoeveel jaar ervaring heb je? Vul een getal in');
    expect(summary).toHaveTextContent('Motivatie: Vul dit veld in.');
    expect(summary).toHaveTextContent('E-mailadres: Vul dit veld in.');
    expect(screen.getByRole('textbox', { name: 'Hoeveel jaar ervaring heb je?' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByTestId('respond-answer-1-error')).toHaveTextContent('Beantwoord deze vraag.');

    // The summary's link moves focus into the yes/no fieldset.
    await user.click(within(summary).getByRole('link', { name: /Heb je een VOG/ }));
    expect(screen.getByLabelText('Ja')).toHaveFocus();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('sends multipart: a JSON `response` part with the answers by questionId and a `cv` part; 202 → "check your e-mail"', async () => {
    const api = mockApi({
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment,
      [RESPOND]: () => jsonResponse({ status: 'PENDING_VERIFICATION' }, 202),
    });
    const user = userEvent.setup();
    renderApp({ route: ROUTE });

    await fill(user, await screen.findByRole('textbox', { name: /^Beschrijf je ervaring/ }), 'Vijf jaar, twee teams.');
    await user.click(screen.getByLabelText('Ja'));
    await fill(user, screen.getByRole('textbox', { name: 'Hoeveel jaar ervaring heb je?' }), '12,5');
    await user.click(screen.getByLabelText('Binnen een maand'));
    await fill(user, screen.getByRole('textbox', { name: /^Motivatie/ }), 'Ik ken het domein.');
    await user.click(screen.getByLabelText('Gebruik mijn gegevens alleen voor deze opdracht'));
    const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'cv-jan.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Cv meesturen (optioneel)'), pdf);
    await fill(user, screen.getByRole('textbox', { name: /^Naam/ }), 'Jan Jansen');
    await fill(user, screen.getByRole('textbox', { name: /^E-mailadres/ }), 'jan@example.nl');
    await user.click(screen.getByRole('button', { name: 'Reactie versturen' }));

    const received = await screen.findByTestId('response-check-email');
    expect(received).toHaveTextContent('Controleer je e-mail');
    await waitFor(() => expect(received).toHaveFocus());

    const [call] = api.callsTo('POST', `/api/v1/assignments/${ASSIGNMENT_ID}/responses`);
    expect(call?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const { type, json } = await responsePart(call);
    expect(type).toBe('application/json');
    expect(json).toEqual({
      motivation: 'Ik ken het domein.',
      answers: [
        { questionId: Q_TEXT, value: 'Vijf jaar, twee teams.' },
        { questionId: Q_YES_NO, value: 'yes' },
        { questionId: Q_NUMBER, value: '12.5' },
        { questionId: Q_CHOICE, value: 'Binnen een maand' },
      ],
      thisAssignmentOnly: true,
      respondent: { name: 'Jan Jansen', email: 'jan@example.nl' },
    });
    const cv = call?.formData?.get('cv');
    expect(cv).toBeInstanceOf(File);
    expect((cv as File).name).toBe('cv-jan.pdf');
    expect(await (cv as File).text()).toContain('%PDF-1.4');
  });

  it("puts the server's field errors on the fields: answers[i].value, a missing required question, motivation, e-mail, cv", async () => {
    mockApi({
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment,
      [RESPOND]: () =>
        problemResponse(
          {
            title: 'Ongeldig verzoek',
            status: 400,
            errors: [
              { field: 'answers[1].value', code: 'one-of', message: 'must be yes or no' },
              {
                field: 'answers',
                code: 'required',
                message: `question "Beschrijf je ervaring met Scrum" (${Q_TEXT}) is required`,
              },
              { field: 'motivation', code: 'too-long', message: 'size must be at most 5000' },
              { field: 'respondent.email', code: 'duplicate', message: 'already responded with this address' },
              { field: 'cv', code: 'file-type', message: 'must be a PDF or Word (.docx) document' },
            ],
          },
          400,
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: ROUTE });

    await fill(user, await screen.findByRole('textbox', { name: /^Beschrijf je ervaring/ }), 'Vijf jaar.');
    await user.click(screen.getByLabelText('Nee'));
    await fill(user, screen.getByRole('textbox', { name: /^Motivatie/ }), 'Graag.');
    await fill(user, screen.getByRole('textbox', { name: /^Naam/ }), 'Jan Jansen');
    await fill(user, screen.getByRole('textbox', { name: /^E-mailadres/ }), 'jan@example.nl');
    await user.click(screen.getByRole('button', { name: 'Reactie versturen' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Ongeldig verzoek');
    await waitFor(() => expect(summary).toHaveFocus());
    // answers[1] is the second answer sent: the yes/no question (index 1 in the form). Each error
    // in the SPA's words for its code and the question's kind, the server's where it has none.
    expect(screen.getByTestId('respond-answer-1-error')).toHaveTextContent('Kies ja of nee.');
    expect(screen.getByTestId('respond-answer-0-error')).toHaveTextContent('Beantwoord deze vraag.');
    expect(screen.getByTestId('respond-motivation-error')).toHaveTextContent('Gebruik maximaal 5000 tekens.');
    expect(screen.getByTestId('respond-respondent-email-error')).toHaveTextContent(
      'already responded with this address',
    );
    expect(screen.getByTestId('respond-cv-error')).toHaveTextContent('Kies een pdf- of Word-bestand (.pdf of .docx).');
    expect(screen.getByRole('textbox', { name: /^E-mailadres/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Cv meesturen (optioneel)')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('RespondPage (professional)', { timeout: 30_000 }, () => {
  const auth = () => createFakeAuth({ user: { accessToken: 'pro-token', sub: 'kc-pro' } });

  it('has no respondent block, offers the profile CV, and shows "forwarded to the poster of …" on 202', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional'], 'Petra de Vries'),
      'GET /api/v1/me/responses': NO_RESPONSES,
      'GET /api/v1/me/profile': ownProfile({
        cv: {
          fileName: 'cv-petra.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1200,
          uploadedAt: '2026-01-10T09:00:00Z',
        },
      }),
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
      [RESPOND]: () => jsonResponse({ status: 'RECEIVED' }, 202),
    });
    const user = userEvent.setup();
    renderApp({ route: ROUTE, auth: auth() });

    const useProfileCv = await screen.findByLabelText('Stuur het cv uit mijn profiel mee (cv-petra.pdf)');
    expect(screen.queryByRole('group', { name: 'Jouw gegevens' })).not.toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Dit stuur je mee' });
    expect(within(details).getByTestId('respond-sent-name')).toHaveTextContent('Petra de Vries');
    expect(within(details).getByTestId('respond-sent-email')).toHaveTextContent('petra@example.nl');
    expect(within(details).getByTestId('respond-sent-phone')).toHaveTextContent('geen (niet ingevuld in je profiel)');
    expect(within(details).getByTestId('respond-sent-cv')).toHaveTextContent('geen cv');
    expect(screen.queryByTestId('respond-privacy')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Ja'));
    await fill(user, screen.getByRole('textbox', { name: /^Motivatie/ }), 'Ik ken het domein.');
    await user.click(useProfileCv);
    expect(screen.getByTestId('respond-sent-cv')).toHaveTextContent('het cv uit je profiel: cv-petra.pdf');
    await user.click(screen.getByRole('button', { name: 'Reactie versturen' }));

    const sent = await screen.findByTestId('response-sent');
    expect(sent).toHaveTextContent(
      `Je reactie is doorgestuurd naar de opdrachtgever van “${publicAssignment().title}”`,
    );
    expect(within(sent).getByRole('link', { name: 'Naar mijn reacties' })).toHaveAttribute('href', '/responses');

    const [call] = api.callsTo('POST', `/api/v1/assignments/${ASSIGNMENT_ID}/responses`);
    expect(call?.headers.get('Authorization')).toBe('Bearer pro-token');
    const { json } = await responsePart(call);
    expect(json).toEqual({
      motivation: 'Ik ken het domein.',
      answers: [{ questionId: Q_YES_NO, value: 'yes' }],
      thisAssignmentOnly: false,
      useProfileCv: true,
    });
    expect(call?.formData?.has('cv')).toBe(false);
  });

  it('shows a 409 (already responded) inline and keeps the form', async () => {
    mockApi({
      'GET /api/v1/me': { ...meWithRoles(['professional'], 'Kees Account'), email: 'kees@example.nl' },
      'GET /api/v1/me/responses': NO_RESPONSES,
      'GET /api/v1/me/profile': () => problemResponse({ title: 'Not found', status: 404 }, 404),
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment({ questions: [] }),
      [RESPOND]: () =>
        problemResponse({ title: 'Conflict', status: 409, detail: 'You already responded to this assignment.' }, 409),
    });
    const user = userEvent.setup();
    renderApp({ route: ROUTE, auth: auth() });

    await fill(user, await screen.findByRole('textbox', { name: /^Motivatie/ }), 'Nogmaals.');
    expect(screen.queryByLabelText(/cv uit mijn profiel/)).not.toBeInTheDocument();
    expect(screen.getByTestId('respond-sent-name')).toHaveTextContent('Kees Account');
    expect(screen.getByTestId('respond-sent-email')).toHaveTextContent('kees@example.nl');
    await user.click(screen.getByRole('button', { name: 'Reactie versturen' }));
    const error = await screen.findByTestId('respond-error');
    expect(error).toHaveTextContent('Je reactie kon niet worden verstuurd');
    expect(error).toHaveTextContent('You already responded to this assignment.');
    await waitFor(() => expect(error).toHaveFocus());
    expect(screen.getByTestId('respond-form')).toBeInTheDocument();
  });

  it('shows the status of an earlier response instead of a second form', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/responses': (call: ApiCall) =>
        call.url.searchParams.get('assignmentId') === ASSIGNMENT_ID
          ? jsonResponse({ items: [myResponse('SHORTLISTED')], nextCursor: null })
          : jsonResponse(NO_RESPONSES),
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
    });
    renderApp({ route: ROUTE, auth: auth() });
    const already = await screen.findByTestId('respond-already');
    expect(already).toHaveTextContent('Je hebt al gereageerd');
    expect(already).toHaveTextContent('Je reageerde op 2 maart 2026. De status van je reactie: Op de shortlist.');
    expect(within(already).getByRole('link', { name: 'Bekijk je reactie bij Mijn reacties' })).toHaveAttribute(
      'href',
      '/responses',
    );
    expect(screen.queryByTestId('respond-form')).not.toBeInTheDocument();
  });

  it('after a withdrawn response says so and offers the form again', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/responses': { items: [myResponse('WITHDRAWN')], nextCursor: null },
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
    });
    renderApp({ route: ROUTE, auth: auth() });
    expect(await screen.findByTestId('respond-withdrawn-before')).toHaveTextContent('ingetrokken');
    expect(screen.getByTestId('respond-form')).toBeInTheDocument();
  });

  it('tells a client that only professionals (or visitors) can respond', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
    });
    renderApp({ route: ROUTE, auth: auth() });
    expect(await screen.findByTestId('respond-not-allowed')).toHaveTextContent('professionalaccount');
    expect(screen.queryByTestId('respond-form')).not.toBeInTheDocument();
  });
});

const NO_RESPONSES = { items: [], nextCursor: null };

function myResponse(status: 'SHORTLISTED' | 'WITHDRAWN') {
  return {
    id: 'f0e1d2c3-0000-4000-8000-000000000009',
    assignmentId: ASSIGNMENT_ID,
    assignmentTitle: publicAssignment().title,
    status,
    forwardedTo: 'de opdrachtgever',
    forwardedAt: '2026-03-02T10:00:00Z',
    thisAssignmentOnly: false,
    answers: [],
    motivation: 'Eerder.',
    procedureUpdates: [],
    createdAt: '2026-03-02T10:00:00Z',
  };
}
