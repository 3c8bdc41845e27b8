import type { AuthContextProps } from 'react-oidc-context';
import type { User } from 'oidc-client-ts';
import { vi } from 'vitest';

export interface FakeAuthOptions {
  /** A signed-in user with this access token and token subject; omit for signed out. */
  user?: { accessToken: string; sub: string; name?: string };
  isLoading?: boolean;
  error?: AuthContextProps['error'];
}

function fakeEvents(): AuthContextProps['events'] {
  const noop = () => () => undefined;
  return {
    addUserLoaded: noop,
    removeUserLoaded: vi.fn(),
    addUserUnloaded: noop,
    removeUserUnloaded: vi.fn(),
    addUserSignedOut: noop,
    removeUserSignedOut: vi.fn(),
    addSilentRenewError: noop,
    removeSilentRenewError: vi.fn(),
  } as unknown as AuthContextProps['events'];
}

/**
 * A stand-in for react-oidc-context's context value: the state a real AuthProvider would have
 * after login (or before), with spies for the navigator methods.
 */
export function createFakeAuth(options: FakeAuthOptions = {}): AuthContextProps {
  const user = options.user
    ? ({
        access_token: options.user.accessToken,
        token_type: 'Bearer',
        profile: {
          sub: options.user.sub,
          name: options.user.name,
          iss: 'http://localhost:8180/realms/werkbank',
          aud: 'werkbank-spa',
          exp: 0,
          iat: 0,
        },
        expired: false,
        state: undefined,
      } as unknown as User)
    : null;
  return {
    user,
    isLoading: options.isLoading ?? false,
    isAuthenticated: user !== null,
    activeNavigator: undefined,
    error: options.error,
    settings: {
      authority: 'http://localhost:8180/realms/werkbank',
      client_id: 'werkbank-spa',
      redirect_uri: 'http://localhost:3000/auth/callback',
    },
    events: fakeEvents(),
    clearStaleState: vi.fn(() => Promise.resolve(undefined)),
    removeUser: vi.fn(() => Promise.resolve(undefined)),
    signinPopup: vi.fn(),
    signinSilent: vi.fn(() => Promise.resolve(null)),
    signinRedirect: vi.fn(() => Promise.resolve(undefined)),
    signinResourceOwnerCredentials: vi.fn(),
    signoutRedirect: vi.fn(() => Promise.resolve(undefined)),
    signoutPopup: vi.fn(() => Promise.resolve(undefined)),
    signoutSilent: vi.fn(() => Promise.resolve(undefined)),
    querySessionStatus: vi.fn(() => Promise.resolve(null)),
    revokeTokens: vi.fn(() => Promise.resolve(undefined)),
    startSilentRenew: vi.fn(),
    stopSilentRenew: vi.fn(),
  };
}
