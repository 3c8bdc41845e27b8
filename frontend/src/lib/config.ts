/**
 * Build-time configuration (Vite env). Defaults are the local development stack.
 */
export const config = {
  apiUrl: stripTrailingSlash(import.meta.env.VITE_API_URL || 'http://localhost:8080'),
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/werkbank',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID || 'werkbank-spa',
} as const;

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
