import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/fetch-mock';
import { createApiClient } from './client';

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
