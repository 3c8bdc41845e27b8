import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID } from '@/testing/assignment-fixtures';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('VerifyAssignmentPage', () => {
  it('reads the token from the fragment, verifies once, keeps the manage token and strips the fragment', async () => {
    const api = mockApi({
      'POST /api/v1/assignment-verifications': () =>
        jsonResponse({ assignmentId: ASSIGNMENT_ID, status: 'PENDING_REVIEW', manageToken: 'manage-secret' }),
    });
    const { router } = renderApp({ route: '/assignments/verify#token=verify-abc123' });

    const done = await screen.findByTestId('verification-done');
    expect(done).toHaveTextContent('je e-mailadres is bevestigd');
    expect(screen.getByRole('link', { name: 'Opdracht beheren' })).toHaveAttribute('href', `/manage/${ASSIGNMENT_ID}`);

    const calls = api.callsTo('POST', '/api/v1/assignment-verifications');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ token: 'verify-abc123' });
    // The token is not in the query string or path.
    expect(calls[0]?.url.search).toBe('');
    expect(window.sessionStorage.getItem(`werkbank.manage.${ASSIGNMENT_ID}`)).toBe('manage-secret');
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(router.state.location.pathname).toBe('/assignments/verify');
  });

  it('says the link is not valid (any more) on 404', async () => {
    mockApi({
      'POST /api/v1/assignment-verifications': () => problemResponse({ title: 'Niet gevonden', status: 404 }, 404),
    });
    renderApp({ route: '/assignments/verify#token=used-before' });
    expect(await screen.findByTestId('verification-invalid')).toHaveTextContent('Deze link is niet (meer) geldig');
    expect(window.sessionStorage.length).toBe(0);
  });

  it('does not call the API without a token', () => {
    const api = mockApi({});
    renderApp({ route: '/assignments/verify' });
    expect(screen.getByTestId('verification-invalid')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
