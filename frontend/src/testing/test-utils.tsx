import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AuthContextProps } from 'react-oidc-context';
import { AuthContext } from '@/lib/auth';
import { createMemoryRouter, RouterProvider, type RouteObject } from '@/lib/router';
import { ApiProvider } from '@/app/ApiProvider';
import { pageRoutes } from '@/app/routes';
import { I18nProvider, type Language } from '@/lib/i18n';
import { createFakeAuth } from './fake-auth';

export const TEST_API_URL = 'http://api.test';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface RenderAppOptions {
  route?: string;
  auth?: AuthContextProps;
  language?: Language;
  queryClient?: QueryClient;
  /** Other routes than the app's pages, e.g. a component mounted outside them (default: pageRoutes). */
  routes?: RouteObject[];
}

/**
 * Renders the real pages, layout, i18n, react-query and API client, with a fake OIDC context
 * and a memory router. Stub fetch (see fetch-mock.ts) to control the API.
 */
export function renderApp({
  route = '/',
  auth = createFakeAuth(),
  language,
  queryClient = createTestQueryClient(),
  routes = pageRoutes,
}: RenderAppOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const ui = (
    <Providers auth={auth} language={language} queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
  return { ...render(ui), router, auth, queryClient };
}

function Providers({
  children,
  auth,
  language,
  queryClient,
}: {
  children: ReactNode;
  auth: AuthContextProps;
  language: Language | undefined;
  queryClient: QueryClient;
}) {
  return (
    <I18nProvider initialLanguage={language}>
      <QueryClientProvider client={queryClient}>
        <AuthContext.Provider value={auth}>
          <ApiProvider baseUrl={TEST_API_URL}>{children}</ApiProvider>
        </AuthContext.Provider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
