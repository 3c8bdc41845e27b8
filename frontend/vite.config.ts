/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const DEFAULTS = {
  VITE_API_URL: 'http://localhost:8080',
  VITE_OIDC_AUTHORITY: 'http://localhost:8180/realms/werkbank',
  VITE_OIDC_CLIENT_ID: 'werkbank-spa',
} as const;

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * Adds a Content-Security-Policy <meta> to the built index.html (not in dev: Vite's dev server
 * injects inline scripts). The SPA may only talk to itself, the API and the identity provider.
 * frame-ancestors cannot be set from a <meta>; nginx.conf sends it as a header.
 */
function contentSecurityPolicy(env: Record<string, string>): Plugin {
  const connect = new Set(["'self'", originOf(env.VITE_API_URL ?? ''), originOf(env.VITE_OIDC_AUTHORITY ?? '')]);
  connect.delete('');
  const policy = [
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
  return {
    name: 'werkbank-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before any script or stylesheet it governs.
      handler: (html) =>
        html.replace(
          /(<meta charset="[^"]*"\s*\/?>)/i,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        ),
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = { ...DEFAULTS, ...loadEnv(mode, process.cwd(), 'VITE_') };
  return {
    plugins: [react(), contentSecurityPolicy(env)],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      // scripts/bundle-budget.mjs reads it to weigh what each landing page loads.
      manifest: true,
      // index.html preloads what the entry imports; a lazy page's chunk fetches its own imports, so
      // the entry carries no list of every page's dependencies (issue 16: 1.5 kB gzipped).
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      rolldownOptions: {
        output: {
          // Libraries change far less often than our code: in chunks of their own, a release of
          // the app leaves them in the browser's cache (issue 16, fast on a phone).
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
              { name: 'oidc', test: /node_modules[\\/](oidc-client-ts|react-oidc-context|jwt-decode)[\\/]/ },
              // Our shared code in one chunk rather than a dozen small ones (each costs its own
              // imports and compresses worse): src/lib without what is loaded on demand (English,
              // the strings beyond the first page, the OIDC client), and the components all three
              // first pages use. scripts/bundle-budget.mjs shows what a change here costs.
              {
                name: 'lib',
                test: /src[\\/](lib[\\/](?!i18n[\\/](en|nl-)|auth[\\/]oidc-client)|components[\\/](AssignmentFacts|ErrorMessage|LoadMore|form)\.tsx)/,
              },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 5174, strictPort: true },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
      restoreMocks: true,
      unstubGlobals: true,
    },
  };
});
