import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('KeepAccountPage', () => {
  it('works logged out: opening changes nothing, the button keeps the account', async () => {
    const api = mockApi({
      'GET /api/v1/keep-account/:link': { kept: false },
      'POST /api/v1/keep-account/:link': () => jsonResponse({ kept: true }),
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/keep-account#k=abc.def', language: 'en' });

    expect(await screen.findByText(/Do you want to keep your account\?/)).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/keep-account/abc.def')).toHaveLength(0);
    expect(router.state.location.hash).toBe('');

    await user.click(screen.getByTestId('keep-account-confirm'));

    expect(await screen.findByTestId('keep-account-done')).toHaveTextContent('Your account stays');
    expect(api.callsTo('POST', '/api/v1/keep-account/abc.def')).toHaveLength(1);
  });

  it('says a changed link is not valid and that nothing changed, in Dutch too', async () => {
    mockApi({
      'GET /api/v1/keep-account/:link': () =>
        problemResponse({ type: 'not-found', title: 'Niet gevonden', status: 404, detail: 'not valid' }, 404),
    });
    renderApp({ route: '/keep-account#k=tampered', language: 'nl' });
    expect(await screen.findByTestId('keep-account-invalid')).toHaveTextContent('Er is niets veranderd.');
  });
});

describe('KeepResponsePage', () => {
  it('asks about the assignment by title and answers yes only on the button', async () => {
    const api = mockApi({
      'GET /api/v1/response-keep/:link': { assignmentTitle: 'Interim controller', kept: false },
      'POST /api/v1/response-keep/:link': () => jsonResponse({ assignmentTitle: 'Interim controller', kept: true }),
    });
    const user = userEvent.setup();
    renderApp({ route: '/keep-response#k=abc.def', language: 'en' });

    expect(
      await screen.findByText(
        'The procedure for "Interim controller" is closed. May we keep your response for a year instead of 4 weeks?',
      ),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/response-keep/abc.def')).toHaveLength(0);

    await user.click(screen.getByTestId('keep-response-confirm'));

    expect(await screen.findByTestId('keep-response-done')).toHaveTextContent(
      'We keep your response to "Interim controller" for a year',
    );
  });

  it('without a link says the link is not valid', async () => {
    mockApi({});
    renderApp({ route: '/keep-response', language: 'en' });
    expect(await screen.findByTestId('keep-response-invalid')).toHaveTextContent('Nothing was changed.');
  });
});
