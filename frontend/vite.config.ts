/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, SECURITY_HEADERS } from './security-headers';

const DEFAULTS = {
  VITE_API_URL: 'http://localhost:8080',
  VITE_OIDC_AUTHORITY: 'http://localhost:8180/realms/werkbank',
  VITE_OIDC_CLIENT_ID: 'werkbank-spa',
} as const;

/**
 * Adds a Content-Security-Policy <meta> to the built index.html (not in dev: Vite's dev server
 * injects inline scripts). frame-ancestors cannot be set from a <meta>; the servers send it as a
 * header (SECURITY_HEADERS).
 */
function contentSecurityPolicyMeta(env: Record<string, string>): Plugin {
  const policy = contentSecurityPolicy(env.VITE_API_URL ?? '', env.VITE_OIDC_AUTHORITY ?? '');
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
    plugins: [react(), contentSecurityPolicyMeta(env)],
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
    server: { port: 5173, strictPort: true, headers: { ...SECURITY_HEADERS } },
    preview: { port: 5174, strictPort: true, headers: { ...SECURITY_HEADERS } },
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
