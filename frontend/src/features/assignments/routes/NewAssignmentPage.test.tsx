import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api';
import { ASSIGNMENT_ID, managedAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof userEvent.setup>;

/** Focus and paste (one input event): much faster than typing every character. */
async function fill(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function fillAssignment(user: User) {
  await fill(user, screen.getByLabelText(/^Titel/), 'Scrum master gezocht');
  await fill(user, screen.getByLabelText(/^Omschrijving/), 'Twee teams in Utrecht.');
  await fill(user, screen.getByLabelText(/^Postcodegebied/), '3511');
  await user.click(screen.getByLabelText('Op afstand'));
  await fill(user, screen.getByLabelText(/^Minimaal uurtarief/), '85,50');
  await fill(user, screen.getByLabelText(/^Maximaal uurtarief/), '110');
  await fill(user, screen.getByLabelText(/^Gevraagde vaardigheden/), 'Scrum, Jira');
  fireEvent.change(screen.getByLabelText(/^Publiceren tot en met/), { target: { value: '2099-12-31' } });
}

async function fillPoster(user: User) {
  await fill(user, screen.getByLabelText(/^Naam/), 'Paula Plaatser');
  await fill(user, screen.getByLabelText(/^Organisatie/), 'Gemeente Testdorp');
  await fill(user, screen.getByLabelText(/^E-mailadres/), 'paula@example.nl');
  await fill(user, screen.getByLabelText(/^Telefoonnummer/), '06 12345678');
}

type AssignmentSubmission = components['schemas']['AssignmentSubmission'];

/** Issue 16: posting goes through a preview; "Opdracht versturen" sends from there. */
async function previewAndSend(user: User) {
  await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
  await user.click(await screen.findByRole('button', { name: 'Opdracht versturen' }));
}

describe('NewAssignmentPage (not logged in)', { timeout: 30_000 }, () => {
  it('posts assignment, questions and poster (cents, honeypot) and shows "check your e-mail" on 202', async () => {
    const api = mockApi({
      'POST /api/v1/assignments': () => jsonResponse({ status: 'PENDING_VERIFICATION' }, 202),
    });
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });

    expect(screen.getByRole('heading', { level: 1, name: 'Opdracht plaatsen' })).toBeInTheDocument();
    expect(screen.getByTestId('poster-privacy')).toHaveTextContent('nooit openbaar');
    expect(screen.getByTestId('poster-privacy')).toHaveTextContent('7 dagen');
    expect(screen.queryByLabelText(/Noem onze organisatie/)).not.toBeInTheDocument();
    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot).not.toBeNull();
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();

    await fillAssignment(user);
    // A CHOICE question: switching the kind shows two option inputs.
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    expect(screen.getByRole('textbox', { name: /^Vraag ?\(verplicht\)$/ })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /^Vraag ?\(verplicht\)$/ }), 'Wanneer kun je starten?');
    await user.selectOptions(screen.getByLabelText('Soort antwoord'), 'CHOICE');
    const options = within(screen.getByRole('group', { name: 'Keuzes bij vraag 1' }));
    await user.type(options.getByLabelText(/^Keuze 1 \(verplicht\)/), 'Direct');
    await user.type(options.getByLabelText(/^Keuze 2 \(verplicht\)/), 'Binnen een maand');
    await user.click(screen.getByLabelText('Beantwoorden is verplicht'));
    await fillPoster(user);
    await previewAndSend(user);

    const received = await screen.findByTestId('posting-received');
    expect(received).toHaveTextContent('Controleer je e-mail');
    await waitFor(() => expect(received).toHaveFocus());

    const [call] = api.callsTo('POST', '/api/v1/assignments');
    expect(call).toBeDefined();
    const body = JSON.parse(call?.body ?? '{}') as AssignmentSubmission;
    expect(body).toEqual({
      assignment: {
        title: 'Scrum master gezocht',
        description: 'Twee teams in Utrecht.',
        region: '3511',
        remote: 'REMOTE',
        rateMinCents: 8550,
        rateMaxCents: 11000,
        skills: ['Scrum', 'Jira'],
        validThrough: '2099-12-31',
        questions: [
          { kind: 'CHOICE', text: 'Wanneer kun je starten?', required: true, options: ['Direct', 'Binnen een maand'] },
        ],
      },
      poster: {
        name: 'Paula Plaatser',
        organisation: 'Gemeente Testdorp',
        email: 'paula@example.nl',
        phone: '06 12345678',
      },
      website: '',
    });
  });

  it('checks the form before sending: field messages wired with aria-invalid / aria-describedby, summary focused', async () => {
    const api = mockApi({});
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });

    await user.type(screen.getByLabelText(/^Minimaal uurtarief/), '120');
    await user.type(screen.getByLabelText(/^Maximaal uurtarief/), '100');
    fireEvent.change(screen.getByLabelText(/^Publiceren tot en met/), { target: { value: '2000-01-01' } });
    await user.type(screen.getByLabelText(/^E-mailadres/), 'geen-adres');
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Soort antwoord'), 'CHOICE');
    await user.click(screen.getByRole('button', { name: 'Keuze 2 van vraag 1 verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('role', 'alert');

    const title = screen.getByLabelText(/^Titel/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Vul een titel in/);
    expect(screen.getByLabelText(/^Maximaal uurtarief/)).toHaveAccessibleDescription(
      /niet lager zijn dan het minimale uurtarief/,
    );
    expect(screen.getByLabelText(/^Publiceren tot en met/)).toHaveAccessibleDescription(/niet in het verleden/);
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAccessibleDescription(/geldig e-mailadres/);
    expect(screen.getByTestId('assignment-questions-0-options-error')).toHaveTextContent('2 tot 20 keuzes');
    expect(screen.getByLabelText(/^Naam/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(0);
  });

  it('drops the options when a CHOICE question becomes a yes/no question, and reorders by keyboard', async () => {
    const api = mockApi({
      'POST /api/v1/assignments': () => jsonResponse({ status: 'PENDING_VERIFICATION' }, 202),
    });
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });
    await fillAssignment(user);
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    const texts = screen.getAllByRole('textbox', { name: /^Vraag ?\(verplicht\)$/ });
    await user.type(texts[0]!, 'Eerste');
    await user.type(texts[1]!, 'Tweede');
    const kinds = screen.getAllByLabelText('Soort antwoord');
    await user.selectOptions(kinds[0]!, 'CHOICE');
    await user.type(screen.getByLabelText(/^Keuze 1 \(verplicht\)/), 'A');
    await user.selectOptions(kinds[0]!, 'YES_NO');
    expect(screen.queryByRole('group', { name: 'Keuzes bij vraag 1' })).not.toBeInTheDocument();

    const down = screen.getByRole('button', { name: 'Vraag 1 omlaag' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('questions-status')).toHaveTextContent('Vraag 1 staat nu op plaats 2.');
    // The moved question's "up" button keeps the focus (it is now question 2, the last one).
    expect(screen.getByRole('button', { name: 'Vraag 2 omhoog' })).toHaveFocus();

    await fillPoster(user);
    await previewAndSend(user);
    await screen.findByTestId('posting-received');
    const body = JSON.parse(api.callsTo('POST', '/api/v1/assignments')[0]?.body ?? '{}') as AssignmentSubmission;
    expect(body.assignment.questions).toEqual([
      { kind: 'TEXT', text: 'Tweede', required: false },
      { kind: 'YES_NO', text: 'Eerste', required: false },
    ]);
  });

  it("shows the server's field errors on the fields (assignment.questions[0].options, poster.email)", async () => {
    mockApi({
      'POST /api/v1/assignments': () =>
        problemResponse(
          {
            type: 'urn:werkbank:problem:validation',
            title: 'Ongeldig verzoek',
            status: 400,
            errors: [
              {
                field: 'assignment.questions[0].options',
                code: 'too-short',
                message: 'een keuzevraag heeft minstens 2 opties nodig',
              },
              { field: 'poster.email', code: 'pattern', message: 'moet een geldig e-mailadres zijn' },
            ],
          },
          400,
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });
    await fillAssignment(user);
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: /^Vraag ?\(verplicht\)$/ }), 'Welke?');
    await user.selectOptions(screen.getByLabelText('Soort antwoord'), 'CHOICE');
    await user.type(screen.getByLabelText(/^Keuze 1 \(verplicht\)/), 'A');
    await user.type(screen.getByLabelText(/^Keuze 2 \(verplicht\)/), 'B');
    await fillPoster(user);
    await previewAndSend(user);

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Ongeldig verzoek');
    expect(
      within(summary).getByRole('link', { name: /Vraag 1, keuzes: Geef deze keuzevraag 2 tot 20 keuzes/ }),
    ).toHaveAttribute('href', '#assignment-questions-0-options');
    const group = screen.getByRole('group', { name: 'Keuzes bij vraag 1' });
    expect(group).toHaveAccessibleDescription(/Geef deze keuzevraag 2 tot 20 keuzes./);
    expect(screen.getByLabelText(/^Keuze 1 \(verplicht\)/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  });

  it('shows the assignment as professionals will see it before sending, and goes back with everything kept', async () => {
    const api = mockApi({
      'POST /api/v1/assignments': () => jsonResponse({ status: 'PENDING_VERIFICATION' }, 202),
    });
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });
    await fillAssignment(user);
    await fillPoster(user);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));

    const preview = await screen.findByTestId('assignment-preview');
    expect(within(preview).getByRole('heading', { level: 2, name: 'Controleer je opdracht' })).toHaveFocus();
    expect(within(preview).getByRole('heading', { level: 3, name: 'Scrum master gezocht' })).toBeInTheDocument();
    expect(preview).toHaveTextContent('Twee teams in Utrecht.');
    expect(preview).toHaveTextContent('3511');
    expect(within(preview).getByTestId('assignment-preview-poster')).toHaveTextContent('paula@example.nl');
    expect(api.calls).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Terug naar het formulier' }));
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Scrum master gezocht');
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveValue('paula@example.nl');
    await previewAndSend(user);
    await screen.findByTestId('posting-received');
    expect(api.callsTo('POST', '/api/v1/assignments')).toHaveLength(1);
  });

  it('shows the problem detail of a 429', async () => {
    mockApi({
      'POST /api/v1/assignments': () =>
        problemResponse({ title: 'Te veel verzoeken', status: 429, detail: 'Probeer het over een uur opnieuw.' }, 429),
    });
    const user = userEvent.setup();
    renderApp({ route: '/assignments/new' });
    await fillAssignment(user);
    await fillPoster(user);
    await previewAndSend(user);
    const error = await screen.findByTestId('assignment-submit-error');
    expect(within(error).getByRole('alert')).toHaveTextContent('Probeer het over een uur opnieuw.');
    expect(screen.queryByTestId('posting-received')).not.toBeInTheDocument();
  });
});

describe('NewAssignmentPage (client)', { timeout: 30_000 }, () => {
  it('posts without poster and goes to the management page of the draft (201)', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'POST /api/v1/assignments': () =>
        jsonResponse(
          managedAssignment({ status: 'DRAFT', poster: null, organisation: 'Jansen BV', nameOrganisation: true }),
          201,
        ),
      'GET /api/v1/managed-assignments/:id': managedAssignment({
        status: 'DRAFT',
        poster: null,
        organisation: 'Jansen BV',
      }),
    });
    const user = userEvent.setup();
    const { router } = renderApp({
      route: '/assignments/new',
      auth: createFakeAuth({ user: { accessToken: 'client-token', sub: 'kc-c' } }),
    });

    await screen.findByTestId('assignment-form');
    expect(screen.queryByTestId('poster-privacy')).not.toBeInTheDocument();
    expect(document.querySelector('input[name="website"]')).toBeNull();
    await fillAssignment(user);
    await user.click(screen.getByLabelText(/Noem onze organisatie/));
    await previewAndSend(user);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/manage/${ASSIGNMENT_ID}`));
    const body = JSON.parse(api.callsTo('POST', '/api/v1/assignments')[0]?.body ?? '{}') as AssignmentSubmission;
    expect(body).not.toHaveProperty('poster');
    expect(body).not.toHaveProperty('website');
    expect(body.assignment.nameOrganisation).toBe(true);
    expect(api.callsTo('POST', '/api/v1/assignments')[0]?.headers.get('Authorization')).toBe('Bearer client-token');
    expect(await screen.findByTestId('manage-organisation')).toHaveTextContent('Jansen BV');
  });
});
