import { createContext, useContext } from 'react';
import type { AuthContextProps } from 'react-oidc-context';

/**
 * What the app reads of the sign-in state: react-oidc-context's value once the OIDC client is
 * loaded, and a stand-in before that (see AuthRoot). Its events exist only with the client.
 */
export type Auth = Pick<
  AuthContextProps,
  | 'user'
  | 'isLoading'
  | 'isAuthenticated'
  | 'activeNavigator'
  | 'error'
  | 'signinRedirect'
  | 'signoutRedirect'
  | 'removeUser'
> & { events?: AuthContextProps['events'] };

export const AuthContext = createContext<Auth | undefined>(undefined);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside an AuthContext provider');
  return auth;
}
