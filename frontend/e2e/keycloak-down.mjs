// S-3 (issue 15), Keycloak down, in a real browser: the SPA is built against a login service on a
// port where nothing listens, served by `vite preview` on a free port, and a visitor who clicks
// "Inloggen" sees a clear message (Dutch, then English) instead of a button that does nothing; the
// page with the message passes axe-core (WCAG 2.1 AA, serious/critical). Self-contained: no stack,
// no fixed ports, so no lock. Run: npm run e2e:keycloak-down (prints `e2e: N passed, M failed`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkA11y, createChecks, launchBrowser, waitForText } from './lib.mjs';

/** A port nothing listens on (bound, then released) or one to serve on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const [keycloakPort, apiPort, spaPort] = [await freePort(), await freePort(), await freePort()];
const authority = `http://127.0.0.1:${keycloakPort}/realms/werkbank`;
const spaUrl = `http://127.0.0.1:${spaPort}`;
const outDir = mkdtempSync(join(tmpdir(), 'werkbank-keycloak-down-'));
let preview;
let session;
let failures = 1;
try {
  console.log(`keycloak-down: building the SPA against a login service on the dead port ${keycloakPort}`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, VITE_OIDC_AUTHORITY: authority, VITE_API_URL: `http://127.0.0.1:${apiPort}` },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  preview = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(spaPort), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await waitForHttp(`${spaUrl}/`, 30_000);

  session = await launchBrowser();
  const { page } = session;
  const { check, finish } = createChecks({ page });
  const oidcRequests = [];
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(authority)) oidcRequests.push(request.url());
  });

  await check('home page loads without the login service', async () => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('main h1');
  });

  await check(
    'Inloggen says the login service is unreachable',
    async () => {
      const started = Date.now();
      await page.click('[data-testid=header-login]');
      await waitForText(
        page,
        '[data-testid=auth-error]',
        'Inloggen lukt nu niet: de inlogdienst is niet bereikbaar. Opdrachten bekijken en plaatsen kan wel. Probeer het over een paar minuten opnieuw.',
      );
      if (new URL(page.url()).origin !== spaUrl) throw new Error(`left the SPA for ${page.url()}`);
      if (oidcRequests.length === 0) throw new Error('the SPA never tried the login service');
      const role = await page.getAttribute('[data-testid=auth-error]', 'role');
      if (role !== 'alert') throw new Error(`the message has role "${role}", not alert`);
      console.log(`  message after ${Date.now() - started} ms; failed requests: ${oidcRequests.join(', ')}`);
    },
    { needs: ['home page loads without the login service'] },
  );

  await check(
    'the page with the message has no serious WCAG 2.1 AA violations',
    async () => {
      const { blocking } = await checkA11y(page, { label: 'home, login service down' });
      if (blocking.length > 0)
        throw new Error(`${blocking.length} violation(s): ${blocking.map((v) => v.id).join(', ')}`);
    },
    { needs: ['Inloggen says the login service is unreachable'] },
  );

  await check(
    'in English too',
    async () => {
      await page.click('[data-testid=language-en]');
      await waitForText(
        page,
        '[data-testid=auth-error]',
        'Logging in is not possible right now: the login service cannot be reached. You can still browse and post assignments. Please try again in a few minutes.',
      );
    },
    { needs: ['Inloggen says the login service is unreachable'] },
  );

  failures = finish();
} catch (error) {
  console.error(`keycloak-down could not run: ${error?.stack ?? error}`);
  console.log('e2e: 0 passed, 1 failed');
  failures = 1;
} finally {
  await session?.close();
  if (preview?.pid) {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(failures > 0 ? 1 : 0);
