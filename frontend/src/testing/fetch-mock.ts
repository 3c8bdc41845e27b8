import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
}

type Responder = (request: Request) => Response | Promise<Response>;

/**
 * Replaces global fetch (the network boundary) with a function of the Request; records every
 * request so tests can assert on URL and headers.
 */
export function mockFetch(responder: Responder) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push({ method: request.method, url: request.url, headers: new Headers(request.headers) });
    return responder(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(body: unknown, status: number): Response {
  return jsonResponse(body, status, 'application/problem+json');
}

export interface ApiCall {
  method: string;
  /** Path without the query, e.g. /api/v1/me/profile */
  path: string;
  url: URL;
  headers: Headers;
  /** The request body as text (for JSON bodies: JSON.parse it); undefined for GET. */
  body?: string;
  /** A multipart body, parsed. */
  formData?: FormData;
}

type RouteResponder = (call: ApiCall, params: Record<string, string>) => Response | Promise<Response>;

function routePattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return new RegExp(`^${escaped}$`);
}

/**
 * Stubs fetch with a small API: keys like `GET /api/v1/profiles/:id`, values a Response factory
 * (or a plain value, answered as JSON 200). Unknown routes answer 501 so a test fails loudly.
 * Records every call with its parsed URL and body.
 */
export function mockApi(routes: Record<string, RouteResponder | object>) {
  const table = Object.entries(routes).map(([key, responder]) => {
    const [method = 'GET', path = '/'] = key.split(' ');
    return { method, pattern: routePattern(path), responder };
  });
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const call: ApiCall = { method: request.method, path: url.pathname, url, headers: new Headers(request.headers) };
    const contentType = request.headers.get('Content-Type') ?? '';
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (contentType.startsWith('multipart/form-data')) call.formData = await request.clone().formData();
      else call.body = await request.clone().text();
    }
    calls.push(call);
    for (const route of table) {
      if (route.method !== request.method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params = { ...(match.groups ?? {}) };
      return typeof route.responder === 'function'
        ? (route.responder as RouteResponder)(call, params)
        : jsonResponse(route.responder);
    }
    return new Response(`no stub for ${request.method} ${url.pathname}`, { status: 501 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    calls,
    callsTo: (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path),
  };
}

/** GET /api/v1/me for an account with these roles. */
export function meWithRoles(roles: string[], name = 'Test Gebruiker') {
  return { subjectId: '00000000-0000-4000-8000-000000000001', name, email: null, roles, language: 'nl' };
}
