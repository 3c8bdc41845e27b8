import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('VerifyResponsePage', () => {
  it('sends the token from the fragment once, strips it from the address and confirms', async () => {
    const api = mockApi({
      'POST /api/v1/response-verifications': () => jsonResponse({ status: 'RECEIVED' }),
    });
    const { router } = renderApp({ route: '/responses/verify#token=abc123' });
    expect(await screen.findByTestId('response-verification-done')).toHaveTextContent('Je reactie is doorgestuurd');
    const calls = api.callsTo('POST', '/api/v1/response-verifications');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ token: 'abc123' });
    await waitFor(() => expect(router.state.location.hash).toBe(''));
  });

  it('says the link is not valid on 404, and without a token asks nothing', async () => {
    mockApi({ 'POST /api/v1/response-verifications': () => problemResponse({ title: 'Not Found', status: 404 }, 404) });
    renderApp({ route: '/responses/verify#token=used' });
    expect(await screen.findByTestId('response-verification-invalid')).toHaveTextContent('niet (meer) geldig');
  });

  it('explains a 409: the assignment no longer takes responses', async () => {
    mockApi({
      'POST /api/v1/response-verifications': () =>
        problemResponse(
          { title: 'Conflict', status: 409, detail: 'This assignment does not take responses any more.' },
          409,
        ),
    });
    renderApp({ route: '/responses/verify#token=late' });
    expect(await screen.findByTestId('response-verification-closed')).toHaveTextContent('niet meer reageren');
  });

  it('shows "not valid" for a link without a token, without calling the API', () => {
    const api = mockApi({});
    renderApp({ route: '/responses/verify' });
    expect(screen.getByTestId('response-verification-invalid')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
