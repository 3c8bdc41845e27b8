import { describe, expect, it } from 'vitest';
import { createOidcSettings } from './oidc-client';
import { isSignoutCallback, returnToFromState, safeReturnTo } from './oidc';

describe('createOidcSettings', () => {
  it('configures the public PKCE client against the local realm', () => {
    const settings = createOidcSettings('http://localhost:5173');
    expect(settings).toMatchObject({
      authority: 'http://localhost:8180/realms/werkbank',
      client_id: 'werkbank-spa',
      redirect_uri: 'http://localhost:5173/auth/callback',
      post_logout_redirect_uri: 'http://localhost:5173/',
      response_type: 'code',
      scope: 'openid profile email',
      automaticSilentRenew: true,
    });
  });
});

describe('return after login', () => {
  it('accepts same-origin paths only', () => {
    expect(safeReturnTo('/me')).toBe('/me');
    expect(safeReturnTo('/me?tab=roles')).toBe('/me?tab=roles');
    expect(safeReturnTo('https://evil.example/')).toBe('/me');
    expect(safeReturnTo('//evil.example/')).toBe('/me');
    expect(safeReturnTo('/\\evil.example/')).toBe('/me');
    expect(safeReturnTo('/auth/callback?code=x')).toBe('/me');
    expect(safeReturnTo(undefined, '/')).toBe('/');
  });

  it('reads the path from the sign-in state', () => {
    expect(returnToFromState({ returnTo: '/' })).toBe('/');
    expect(returnToFromState({ returnTo: 'https://evil.example' })).toBe('/me');
    expect(returnToFromState(undefined)).toBe('/me');
  });

  it('recognises the redirect back from logout', () => {
    const settings = createOidcSettings('http://localhost:5173');
    expect(isSignoutCallback(settings, 'http://localhost:5173/?state=abc')).toBe(true);
    expect(isSignoutCallback(settings, 'http://localhost:5173/')).toBe(false);
    expect(isSignoutCallback(settings, 'http://localhost:5173/me?state=abc')).toBe(false);
  });
});
