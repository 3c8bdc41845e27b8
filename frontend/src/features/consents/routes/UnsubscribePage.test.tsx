import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('UnsubscribePage', () => {
  it('works logged out: opening changes nothing, the button sends the one-click request', async () => {
    const api = mockApi({
      'GET /api/v1/unsubscribe/:link': { purpose: 'job-alerts', purposeName: 'Job alerts', subscribed: true },
      'POST /api/v1/unsubscribe/:link': () =>
        jsonResponse({ purpose: 'job-alerts', purposeName: 'Job alerts', subscribed: false }),
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/unsubscribe#u=abc.def', language: 'en' });

    expect(await screen.findByText('Do you want to stop receiving messages for “Job alerts”?')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/unsubscribe/abc.def')).toHaveLength(0);
    expect(router.state.location.hash).toBe('');

    await user.click(screen.getByTestId('unsubscribe-confirm'));

    expect(await screen.findByTestId('unsubscribe-done')).toHaveTextContent('You are unsubscribed from “Job alerts”');
    const post = api.callsTo('POST', '/api/v1/unsubscribe/abc.def')[0];
    expect(post?.body).toBe('List-Unsubscribe=One-Click');
    expect(post?.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
  });

  it('says a changed or foreign link is not valid and that nothing changed', async () => {
    mockApi({
      'GET /api/v1/unsubscribe/:link': () =>
        problemResponse({ type: 'not-found', title: 'Not found', status: 404, detail: 'not valid' }, 404),
    });
    renderApp({ route: '/unsubscribe#u=tampered', language: 'en' });
    expect(await screen.findByTestId('unsubscribe-invalid')).toHaveTextContent('Nothing was changed.');
  });
});
