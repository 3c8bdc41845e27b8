// Issue 15, S-7: the SPA container's nginx sends the security headers the dev and preview servers
// send (security-headers.ts), on every answer, and the page's policy allows no inline script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from '../security-headers';

// vitest runs in the frontend directory (jsdom's URL cannot resolve file: paths)
const nginx = readFileSync(join(process.cwd(), 'nginx.conf'), 'utf8');

/** Every add_header of the server block, as name → { value, always }. */
function serverHeaders(conf) {
  const headers = new Map();
  for (const match of conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"(\s+always)?\s*;/gm)) {
    headers.set(match[1], { value: match[2], always: Boolean(match[3]) });
  }
  return headers;
}

/** The bodies of the location blocks (nginx drops the server's add_header where a block has its own). */
function locationBlocks(conf) {
  return [...conf.matchAll(/location\s+[^{]+\{([^}]*)\}/g)].map((m) => m[1]);
}

describe('nginx.conf', () => {
  const headers = serverHeaders(nginx);

  it.each(Object.entries(SECURITY_HEADERS))(
    'sends %s as the dev and preview servers do, on every status',
    (name, value) => {
      expect(headers.get(name)).toEqual({ value, always: true });
    },
  );

  it('sends HSTS', () => {
    expect(headers.get('Strict-Transport-Security')).toEqual({ value: STRICT_TRANSPORT_SECURITY, always: true });
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/max-age=(\d{8,})/);
  });

  it('has no location block that would drop the headers', () => {
    const blocks = locationBlocks(nginx);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).not.toMatch(/add_header/);
  });

  it('forbids framing in both ways browsers understand', () => {
    expect(headers.get('Content-Security-Policy')?.value).toContain("frame-ancestors 'none'");
    expect(headers.get('X-Frame-Options')?.value).toBe('DENY');
  });
});

describe('the page policy', () => {
  const policy = contentSecurityPolicy('https://api.example.nl/x', 'https://id.example.nl/realms/werkbank');
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('runs scripts and styles only from the SPA itself, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  it('connects only to itself, the API and the identity provider (origins, not paths)', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://api.example.nl', 'https://id.example.nl']);
  });
});
