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
