import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, managedAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const OTHER_ID = '7d2e3f40-5162-4c73-8d84-9e0f1a2b3c4d';
const admin = () => createFakeAuth({ user: { accessToken: 'admin-token', sub: 'kc-admin' } });

describe('ReviewQueuePage', () => {
  it('shows each waiting assignment with its poster; approve and reject (reason required) are named after the title', async () => {
    const first = managedAssignment({ status: 'PENDING_REVIEW' });
    const second = managedAssignment({
      id: OTHER_ID,
      status: 'PENDING_REVIEW',
      title: 'Data-analist',
      poster: null,
      organisation: 'Jansen BV',
    });
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['admin']),
      'GET /api/v1/review-queue': { items: [first, second] },
      'POST /api/v1/managed-assignments/:id/approve': (_call, params) =>
        jsonResponse(managedAssignment({ id: params.id, status: 'PUBLISHED' })),
      'POST /api/v1/managed-assignments/:id/reject': (_call, params) =>
        jsonResponse(managedAssignment({ id: params.id, status: 'DRAFT', rejectionReason: 'Te vaag' })),
    });
    const user = userEvent.setup();
    renderApp({ route: '/admin/review', auth: admin() });

    const items = await screen.findAllByTestId('review-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByTestId('review-poster')).toHaveTextContent('Paula Plaatser');
    expect(within(items[0]!).getByTestId('review-poster')).toHaveTextContent('paula@example.nl');
    expect(within(items[1]!).getByTestId('review-organisation')).toHaveTextContent('Jansen BV');

    await user.click(screen.getByRole('button', { name: 'Goedkeuren: Scrum master voor zaakgericht werken' }));
    expect(await screen.findByTestId('review-status')).toHaveTextContent('is goedgekeurd en gepubliceerd');
    await waitFor(() => expect(screen.getAllByTestId('review-item')).toHaveLength(1));
    expect(screen.getByTestId('review-status')).toHaveFocus();
    expect(
      api.callsTo('POST', `/api/v1/managed-assignments/${ASSIGNMENT_ID}/approve`)[0]?.headers.get('Authorization'),
    ).toBe('Bearer admin-token');

    await user.click(screen.getByRole('button', { name: 'Afwijzen: Data-analist' }));
    await user.click(screen.getByRole('button', { name: 'Afwijzing versturen: Data-analist' }));
    const reason = screen.getByLabelText(/^Reden van afwijzing voor “Data-analist”/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    // The error summary takes focus; its link leads to the reason.
    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: /Vul dit veld in/ }));
    expect(reason).toHaveFocus();
    expect(api.callsTo('POST', `/api/v1/managed-assignments/${OTHER_ID}/reject`)).toHaveLength(0);

    await user.type(reason, 'Te vaag');
    await user.click(screen.getByRole('button', { name: 'Afwijzing versturen: Data-analist' }));
    await waitFor(() => expect(screen.queryAllByTestId('review-item')).toHaveLength(0));
    expect(JSON.parse(api.callsTo('POST', `/api/v1/managed-assignments/${OTHER_ID}/reject`)[0]?.body ?? '{}')).toEqual({
      reason: 'Te vaag',
    });
  });

  it('is not offered to clients', async () => {
    const api = mockApi({ 'GET /api/v1/me': meWithRoles(['client']) });
    renderApp({ route: '/admin/review', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-c' } }) });
    expect(await screen.findByTestId('role-required')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/review-queue')).toHaveLength(0);
  });
});
