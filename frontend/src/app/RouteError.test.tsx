import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { AuthContext } from '@/lib/auth';
import { createMemoryRouter, RouterProvider } from '@/lib/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@/app/ApiProvider';
import { withLayout } from '@/app/routes';
import { I18nProvider, type Language } from '@/lib/i18n';
import { createFakeAuth } from '@/testing/fake-auth';
import { createTestQueryClient, TEST_API_URL } from '@/testing/test-utils';

let broken = true;

function Fragile() {
  if (broken) throw new Error('render failed');
  return <h1>Hersteld</h1>;
}

function renderWithBoundary(language: Language) {
  const router = createMemoryRouter(
    withLayout([
      { index: true, element: <h1>Start</h1> },
      { path: 'fragile', element: <Fragile /> },
    ]),
    { initialEntries: ['/fragile'] },
  );
  render(
    <I18nProvider initialLanguage={language}>
      <QueryClientProvider client={createTestQueryClient()}>
        <AuthContext.Provider value={createFakeAuth()}>
          <ApiProvider baseUrl={TEST_API_URL}>
            <RouterProvider router={router} />
          </ApiProvider>
        </AuthContext.Provider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return router;
}

describe('the error boundary of the layout', () => {
  beforeEach(() => {
    broken = true;
    // React and the router report the thrown error on the console; it is the point of this test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a translated message inside the layout, with a way back to the start page', async () => {
    const user = userEvent.setup();
    const router = renderWithBoundary('nl');
    const alert = await screen.findByTestId('route-error');
    expect(within(alert).getByRole('heading', { name: 'Deze pagina kon niet worden getoond' })).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('render failed');
    // The navigation is still there: the boundary sits inside the layout.
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('link', { name: 'Naar de startpagina' }));
    expect(await screen.findByRole('heading', { name: 'Start' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('speaks English to English users and renders the page again on "Try again"', async () => {
    const user = userEvent.setup();
    renderWithBoundary('en');
    const alert = await screen.findByTestId('route-error');
    expect(alert).toHaveTextContent('This page could not be shown');
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Hersteld' })).toBeInTheDocument();
  });
});
