/**
 * The SPA's security headers (issue 15, S-7), in one place: vite.config.ts sends them from the dev
 * and preview servers, frontend/nginx.conf from the container (scripts/security-headers.test.mjs
 * checks that nginx sends the same), and the build writes the Content-Security-Policy <meta>.
 */

/** Sent with every answer. frame-ancestors only works as a header, never in a <meta>. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** nginx only: production is served over TLS (a browser ignores it over plain HTTP anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * The page's policy: scripts and styles only from the SPA's own origin (Vite's build emits no inline
 * script or style; React sets style attributes through the CSSOM, which style-src does not govern),
 * and it talks only to itself, the API and the identity provider.
 */
export function contentSecurityPolicy(apiUrl: string, oidcAuthority: string): string {
  const connect = new Set(["'self'", originOf(apiUrl), originOf(oidcAuthority)]);
  connect.delete('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${[...connect].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
