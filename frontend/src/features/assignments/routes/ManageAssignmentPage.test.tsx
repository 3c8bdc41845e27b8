import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, managedAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const PATH = `/api/v1/managed-assignments/${ASSIGNMENT_ID}`;
/** A published assignment's page also lists its responses and placements. */
const NO_RESPONSES = { [`GET ${PATH}/responses`]: { items: [] }, [`GET ${PATH}/placements`]: { items: [] } };

describe('ManageAssignmentPage', () => {
  it('takes the token from the e-mail link, stores it, strips the fragment and sends it as Werkbank-Manage-Token', async () => {
    const api = mockApi({ [`GET ${PATH}`]: managedAssignment(), ...NO_RESPONSES });
    const { router } = renderApp({ route: `/manage/${ASSIGNMENT_ID}#token=from-mail` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Scrum master voor zaakgericht werken' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('assignment-status')).toHaveTextContent('Gepubliceerd');
    expect(screen.getByTestId('manage-poster')).toHaveTextContent('paula@example.nl');
    const [call] = api.callsTo('GET', PATH);
    expect(call?.headers.get('Werkbank-Manage-Token')).toBe('from-mail');
    expect(call?.headers.get('Authorization')).toBeNull();
    expect(window.sessionStorage.getItem(`werkbank.manage.${ASSIGNMENT_ID}`)).toBe('from-mail');
    await waitFor(() => expect(router.state.location.hash).toBe(''));
  });

  it('uses the token kept in sessionStorage on every call, and shows a 409 inline', async () => {
    window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'kept-token');
    const api = mockApi({
      ...NO_RESPONSES,
      [`GET ${PATH}`]: managedAssignment(),
      [`POST ${PATH}/close`]: () =>
        problemResponse(
          { title: 'Conflict', status: 409, detail: 'This needs an assignment in status PUBLISHED; it is CLOSED.' },
          409,
        ),
      [`POST ${PATH}/procedure-updates`]: () =>
        jsonResponse(
          managedAssignment({
            procedureStatus: 'SELECTING',
            procedureUpdates: [
              { status: 'SELECTING', message: 'Gesprekken volgende week', createdAt: '2026-05-10T10:00:00Z' },
            ],
          }),
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: `/manage/${ASSIGNMENT_ID}` });

    await user.click(await screen.findByRole('button', { name: 'Opdracht sluiten' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('it is CLOSED');

    await user.click(screen.getByLabelText('Selectie loopt'));
    await user.type(screen.getByLabelText(/^Toelichting/), 'Gesprekken volgende week');
    await user.click(screen.getByRole('button', { name: 'Voortgang melden' }));
    expect(await screen.findByTestId('manage-procedure-updates')).toHaveTextContent('Gesprekken volgende week');
    expect(screen.getByTestId('manage-procedure-status')).toHaveTextContent('Selectie loopt');

    const progress = api.callsTo('POST', `${PATH}/procedure-updates`);
    expect(JSON.parse(progress[0]?.body ?? '{}')).toEqual({ status: 'SELECTING', message: 'Gesprekken volgende week' });
    for (const call of api.calls) expect(call.headers.get('Werkbank-Manage-Token')).toBe('kept-token');
  });

  it('offers edit and submit for a draft (with the rejection reason) and submits it', async () => {
    window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'tok');
    const api = mockApi({
      [`GET ${PATH}`]: managedAssignment({ status: 'DRAFT', rejectionReason: 'Vermeld het aantal uren.' }),
      [`POST ${PATH}/submit`]: () => jsonResponse(managedAssignment({ status: 'PENDING_REVIEW' })),
    });
    const user = userEvent.setup();
    renderApp({ route: `/manage/${ASSIGNMENT_ID}` });
    expect(await screen.findByTestId('manage-rejection')).toHaveTextContent('Vermeld het aantal uren.');
    expect(screen.queryByRole('button', { name: 'Opdracht sluiten' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Concept bewerken' }));
    expect(within(screen.getByTestId('manage-edit-form')).getByLabelText(/^Titel/)).toHaveValue(
      'Scrum master voor zaakgericht werken',
    );
    await user.click(screen.getByRole('button', { name: 'Aanbieden ter beoordeling' }));
    expect(await screen.findByTestId('manage-action-done')).toHaveTextContent('aangeboden ter beoordeling');
    expect(screen.getByTestId('assignment-status')).toHaveTextContent('Wacht op beoordeling');
    expect(api.callsTo('POST', `${PATH}/submit`)[0]?.headers.get('Werkbank-Manage-Token')).toBe('tok');
  });

  it('lets a signed-in client manage without a token (bearer only)', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      ...NO_RESPONSES,
      [`GET ${PATH}`]: managedAssignment({ poster: null, organisation: 'Jansen BV' }),
    });
    renderApp({
      route: `/manage/${ASSIGNMENT_ID}`,
      auth: createFakeAuth({ user: { accessToken: 'client-token', sub: 'kc-c' } }),
    });
    expect(await screen.findByTestId('manage-organisation')).toHaveTextContent('Jansen BV');
    const [call] = api.callsTo('GET', PATH);
    expect(call?.headers.get('Authorization')).toBe('Bearer client-token');
    expect(call?.headers.has('Werkbank-Manage-Token')).toBe(false);
  });

  it('explains a 404 (no or expired link)', async () => {
    mockApi({ [`GET ${PATH}`]: () => problemResponse({ title: 'Niet gevonden', status: 404 }, 404) });
    renderApp({ route: `/manage/${ASSIGNMENT_ID}` });
    expect(await screen.findByTestId('manage-not-found')).toHaveTextContent('beheerlink is niet (meer) geldig');
  });
});
