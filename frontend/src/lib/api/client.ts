import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  /** The current OIDC access token, if someone is signed in. Read on every request. */
  getAccessToken: () => string | undefined;
  /** The UI language, sent as Accept-Language so problem+json titles come back in it. */
  getLanguage: () => string;
}

/**
 * Typed client for the Werkbank API (types generated from openapi.yaml). Every request carries
 * the signed-in user's bearer token and the UI language.
 */
export function createApiClient({ baseUrl, getAccessToken, getLanguage }: ApiClientOptions): ApiClient {
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
      return request;
    },
  });
  return client;
}
