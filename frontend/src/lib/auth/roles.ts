/** The realm roles (SPEC §1) as the API returns them in GET /api/v1/me `roles`. */
export const ROLES = {
  professional: 'professional',
  client: 'client',
  coach: 'coach',
  privacyOfficer: 'privacy-officer',
  admin: 'admin',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

/**
 * Whether the account has one of the roles. Only decides what the SPA offers (navigation, which
 * page to render); the API enforces every permission itself.
 */
export function hasAnyRole(roles: readonly string[] | undefined, wanted: readonly Role[]): boolean {
  if (!roles) return false;
  return wanted.some((role) => roles.includes(role));
}
