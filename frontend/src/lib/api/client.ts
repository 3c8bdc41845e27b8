import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

/** The capability of a poster without an account to manage their assignment. */
export const MANAGE_TOKEN_HEADER = 'Werkbank-Manage-Token';

export interface ApiClientOptions {
  baseUrl: string;
  /** The current OIDC access token, if someone is signed in. Read on every request. */
  getAccessToken: () => string | undefined;
  /** The UI language, sent as Accept-Language so problem+json titles come back in it. */
  getLanguage: () => string;
  /** The management token of the assignment being managed, if any. Read on every request. */
  getManageToken?: () => string | undefined;
}

/**
 * Typed client for the Werkbank API (types generated from openapi.yaml). Every request carries
 * the signed-in user's bearer token, the UI language and, inside a ManageTokenProvider, the
 * poster's management token: the one place these headers are set.
 */
export function createApiClient({ baseUrl, getAccessToken, getLanguage, getManageToken }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    // Resolve fetch at call time (not at creation), so tests can stub it at the network boundary.
    fetch: (request) => globalThis.fetch(request),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use({
    onRequest({ request }) {
      const token = getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', getLanguage());
      const manageToken = getManageToken?.();
      if (manageToken) request.headers.set(MANAGE_TOKEN_HEADER, manageToken);
      return request;
    },
  });
  return client;
}
