import type { Client } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * openapi-fetch's typed client (paths, parameters, bodies and answers checked against
 * openapi.yaml), for the methods the API has. The types are openapi-fetch's; the few lines that
 * send the request are our own below (issue 16: its runtime weighed 2.5 kB gzipped on every page).
 */
export type ApiClient = Pick<Client<paths>, 'GET' | 'POST' | 'PUT' | 'DELETE'>;

/**
 * Sent with every state-changing request: the API refuses one without a bearer token unless it
 * carries this header, which a form on another site cannot send (S-4, cross-site requests).
 */
export const SAME_SITE_HEADER = 'X-Requested-With';

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

type Primitive = string | number | boolean;
type Params = Record<string, Primitive | null | undefined>;
type Query = Record<string, Primitive | Primitive[] | null | undefined>;

interface RequestOptions extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  params?: { path?: Params; query?: Query; header?: Params };
  body?: unknown;
  bodySerializer?: (body: unknown) => BodyInit;
  headers?: Params;
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
}

/** `{id}` in the path, as openapi-fetch fills it in (simple style). */
function fillPath(path: string, values: Params = {}): string {
  return path.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? match : encodeURIComponent(value);
  });
}

/** The query as openapi-fetch writes it: arrays repeated (form style, exploded). */
function queryString(query: Query = {}): string {
  const pairs: string[] = [];
  const add = (name: string, value: Primitive) => pairs.push(`${name}=${encodeURIComponent(value)}`);
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((item) => add(name, item));
    else add(name, value);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function setHeaders(headers: Headers, values: Params = {}): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) headers.delete(name);
    else if (value !== undefined) headers.set(name, String(value));
  }
}

/**
 * Typed client for the Werkbank API (types generated from openapi.yaml). Every request carries
 * the signed-in user's bearer token, the UI language and, inside a ManageTokenProvider, the
 * poster's management token: the one place these headers are set. Answers come as openapi-fetch
 * gives them: `{ data, response }` when successful, `{ error, response }` (the parsed body)
 * otherwise.
 */
export function createApiClient({ baseUrl, getAccessToken, getLanguage, getManageToken }: ApiClientOptions): ApiClient {
  const root = baseUrl.replace(/\/+$/, '');
  const send = async (method: string, path: string, options: RequestOptions = {}) => {
    const { params = {}, body, bodySerializer, parseAs = 'json', headers: extraHeaders, ...init } = options;
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      payload = bodySerializer ? bodySerializer(body) : body instanceof FormData ? body : JSON.stringify(body);
      // The browser sets a multipart body's type itself, with its boundary.
      if (!(payload instanceof FormData)) headers.set('Content-Type', 'application/json');
    }
    setHeaders(headers, extraHeaders);
    setHeaders(headers, params.header);
    const token = getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('Accept-Language', getLanguage());
    if (method !== 'GET') headers.set(SAME_SITE_HEADER, 'werkbank');
    const manageToken = getManageToken?.();
    if (manageToken) headers.set(MANAGE_TOKEN_HEADER, manageToken);

    const url = `${root}${fillPath(path, params.path)}${queryString(params.query)}`;
    // Resolve fetch at call time (not at creation), so tests can stub it at the network boundary.
    const response = await globalThis.fetch(new Request(url, { ...init, method, headers, body: payload }));
    const length = response.headers.get('Content-Length');
    if (
      response.status === 204 ||
      (length === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))
    ) {
      return response.ok ? { data: undefined, response } : { error: undefined, response };
    }
    if (!response.ok) {
      const text = await response.text();
      let error: unknown = text;
      try {
        error = JSON.parse(text);
      } catch {
        // Not JSON: the error is the text as it came.
      }
      return { error, response };
    }
    if (parseAs === 'stream') return { data: response.body, response };
    if (parseAs === 'json') {
      const text = await response.text();
      return { data: text ? (JSON.parse(text) as unknown) : undefined, response };
    }
    return { data: await response[parseAs](), response };
  };
  const client = {
    GET: (path: string, options?: RequestOptions) => send('GET', path, options),
    POST: (path: string, options?: RequestOptions) => send('POST', path, options),
    PUT: (path: string, options?: RequestOptions) => send('PUT', path, options),
    DELETE: (path: string, options?: RequestOptions) => send('DELETE', path, options),
  };
  // The generic signatures are openapi-fetch's; this implementation serves all of them.
  return client as unknown as ApiClient;
}
