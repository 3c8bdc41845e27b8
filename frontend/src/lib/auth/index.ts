export { AuthContext, useAuth } from './context';
export type { Auth } from './context';
export { CALLBACK_PATH, DEFAULT_RETURN_TO, START_PATH, needsOidcClient, returnToFromState, safeReturnTo } from './oidc';
export type { SigninState } from './oidc';
export { ROLES, hasAnyRole } from './roles';
export type { Role } from './roles';
