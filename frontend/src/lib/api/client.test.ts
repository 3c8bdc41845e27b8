import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { SAME_SITE_HEADER, createApiClient } from './client';

const me = { subjectId: '6f1c2b9e-0000-4000-8000-000000000001', name: 'Petra de Vries', roles: [], language: 'nl' };

describe('createApiClient', () => {
  it('sends the access token as a bearer token and the UI language', async () => {
    const { requests } = mockFetch(() => jsonResponse(me));
    let token: string | undefined = 'token-1';
    let language = 'en';
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: () => token,
      getLanguage: () => language,
    });

    const { data } = await client.GET('/api/v1/me');
    expect(data?.name).toBe('Petra de Vries');
    expect(requests[0]?.url).toBe('http://api.test/api/v1/me');
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('en');

    // Values are read per request, not captured at creation.
    token = 'token-2';
    language = 'nl';
    await client.GET('/api/v1/me');
    expect(requests[1]?.headers.get('Authorization')).toBe('Bearer token-2');
    expect(requests[1]?.headers.get('Accept-Language')).toBe('nl');
  });

  it('sends no Authorization header when nobody is signed in', async () => {
    const { requests } = mockFetch(() => jsonResponse(me));
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: () => undefined,
      getLanguage: () => 'nl',
    });
    await client.GET('/api/v1/me');
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });
});

describe('createApiClient with a management token', () => {
  it('sends Werkbank-Manage-Token on every request when a token is given, and none without', async () => {
    const { requests } = mockFetch(() => jsonResponse(me));
    const options = { baseUrl: 'http://api.test', getAccessToken: () => undefined, getLanguage: () => 'nl' };
    await createApiClient({ ...options, getManageToken: () => 'manage-1' }).GET('/api/v1/me');
    await createApiClient(options).GET('/api/v1/me');
    expect(requests[0]?.headers.get('Werkbank-Manage-Token')).toBe('manage-1');
    expect(requests[1]?.headers.has('Werkbank-Manage-Token')).toBe(false);
  });
});

describe('createApiClient and other sites', () => {
  it('marks every state-changing request with the header a cross-site form cannot send, and no read', async () => {
    const { requests } = mockFetch(() => jsonResponse(me));
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: () => undefined,
      getLanguage: () => 'nl',
    });
    await client.GET('/api/v1/me');
    await client.POST('/api/v1/assignment-verifications', { body: { token: 'x' } });
    await client.PUT('/api/v1/me/preferences', { body: { language: 'en' } });
    await client.DELETE('/api/v1/me/profile/cv');
    expect(requests[0]?.headers.has(SAME_SITE_HEADER)).toBe(false);
    expect(requests.slice(1).map((request) => request.headers.get(SAME_SITE_HEADER))).toEqual([
      'werkbank',
      'werkbank',
      'werkbank',
    ]);
  });
});

describe('createApiClient requests and answers', () => {
  const options = { baseUrl: 'http://api.test/', getAccessToken: () => undefined, getLanguage: () => 'nl' };

  it('fills in the path, repeats array parameters, leaves out empty ones, and sends JSON bodies', async () => {
    const bodies: string[] = [];
    const { requests } = mockFetch(async (request) => {
      bodies.push(await request.text());
      return jsonResponse({ items: [] });
    });
    const client = createApiClient(options);
    await client.GET('/api/v1/assignments', {
      params: { query: { q: 'Java & C', skill: ['a', 'b'], province: undefined, limit: 5 } },
    });
    expect(requests[0]?.url).toBe('http://api.test/api/v1/assignments?q=Java%20%26%20C&skill=a&skill=b&limit=5');

    await client.PUT('/api/v1/me/preferences', { body: { language: 'en' } });
    expect(requests[1]?.method).toBe('PUT');
    expect(requests[1]?.headers.get('Content-Type')).toBe('application/json');
    expect(bodies[1]).toBe('{"language":"en"}');
  });

  it('answers with data on success, the parsed problem on failure, and nothing on 204', async () => {
    const answers = [
      jsonResponse(me),
      new Response(JSON.stringify({ title: 'Niet gevonden', status: 404 }), { status: 404 }),
      new Response(null, { status: 204 }),
    ];
    mockFetch(() => answers.shift() ?? new Response(null, { status: 500 }));
    const client = createApiClient(options);
    expect((await client.GET('/api/v1/me')).data).toEqual(me);
    const failed = await client.GET('/api/v1/me');
    expect(failed.error).toEqual({ title: 'Niet gevonden', status: 404 });
    expect(failed.response.status).toBe(404);
    const empty = await client.GET('/api/v1/me');
    expect(empty.data).toBeUndefined();
    expect(empty.response.status).toBe(204);
  });

  it("passes the query's abort signal on to fetch", async () => {
    const signals: AbortSignal[] = [];
    mockFetch((request) => {
      signals.push(request.signal);
      return jsonResponse(me);
    });
    const controller = new AbortController();
    await createApiClient(options).GET('/api/v1/me', { signal: controller.signal });
    controller.abort();
    expect(signals[0]?.aborted).toBe(true);
  });
});
