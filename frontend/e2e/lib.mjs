// Reusable browser-test helpers for Werkbank's end-to-end checks (plain ESM, runs on Node 20).
//
//   launchBrowser()            Debian's chromium through playwright-core (no browser download)
//   checkA11y(page)            axe-core, WCAG 2.0/2.1 A+AA; returns the serious/critical violations
//   loginAsKeycloakUser(page)  fills Keycloak's login form and waits to be back on the SPA
//   createChecks()             counts named checks, screenshots failures, prints the closing line
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export const ARTIFACTS_DIR = join(here, 'artifacts');
export const DEFAULT_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 15_000);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The chromium binary: $CHROMIUM_PATH, else `command -v chromium` (Debian package `chromium`). */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path && existsSync(path)) return path;
    } catch {
      // not on PATH
    }
  }
  throw new Error('chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH');
}

/**
 * Starts chromium with a fresh, throw-away profile. chromium.launch() refuses a --user-data-dir
 * argument ("use launchPersistentContext"): it always creates its own temporary profile
 * directory and deletes it on close, which is the fresh profile we want. Crash dumps and the disk
 * cache go to a temp dir of ours, removed by close(). Returns { browser, context, page, close }.
 */
export async function launchBrowser({
  timeout = DEFAULT_TIMEOUT_MS,
  viewport = { width: 1280, height: 900 },
  locale = 'nl-NL',
} = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'werkbank-e2e-'));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--crash-dumps-dir=${scratch}`, `--disk-cache-dir=${join(scratch, 'cache')}`],
    headless: true,
  });
  const context = await browser.newContext({ viewport, locale });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the current page. Returns { violations, blocking } where blocking are the
 * violations with impact serious or critical; they are printed with their target elements.
 */
export async function checkA11y(
  page,
  { label = page.url(), tags = WCAG_TAGS, impacts = ['serious', 'critical'], log = console.log } = {},
) {
  const hasAxe = () => page.evaluate(() => typeof window.axe !== 'undefined');
  if (!(await hasAxe())) {
    // The built SPA has a Content-Security-Policy without 'unsafe-inline', which blocks an
    // injected inline <script>; then evaluate the same source through the DevTools protocol
    // (not subject to the page's CSP) instead of logging a CSP violation.
    const hasCsp = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]') !== null,
    );
    if (!hasCsp) await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
    if (!(await hasAxe())) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
    if (!(await hasAxe())) throw new Error('could not load axe-core into the page');
  }
  const violations = await page.evaluate(async (runTags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: runTags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, tags);
  const blocking = violations.filter((v) => impacts.includes(v.impact));
  for (const v of violations) {
    const mark = impacts.includes(v.impact) ? 'VIOLATION' : 'note';
    log(`  [a11y ${mark}] ${label}: ${v.id} (${v.impact}) ${v.help}`);
    for (const node of v.nodes.slice(0, 5))
      log(`      at ${node.target}${node.summary ? ` — ${node.summary.replace(/\s+/g, ' ')}` : ''}`);
  }
  return { violations, blocking };
}

/**
 * On Keycloak's login page (the caller has clicked "log in"): fills #username/#password, submits
 * with #kc-login and waits until the browser is back on the SPA (not on /auth/callback).
 */
export async function loginAsKeycloakUser(page, { username, password, spaUrl, timeout = DEFAULT_TIMEOUT_MS }) {
  const spaOrigin = new URL(spaUrl).origin;
  try {
    await page.waitForSelector('#username', { timeout });
  } catch (error) {
    const alert = await page
      .locator('[role=alert]')
      .first()
      .textContent({ timeout: 200 })
      .catch(() => null);
    throw new Error(
      `Keycloak's login form did not appear (at ${page.url()})` +
        (alert ? `; the SPA shows the alert "${alert.trim()}"` : '') +
        ` (is Keycloak running at the SPA's VITE_OIDC_AUTHORITY?): ${firstLine(error)}`,
    );
  }
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation({ timeout }).catch(() => undefined), page.click('#kc-login')]);
  try {
    await page.waitForURL((url) => url.origin === spaOrigin && !url.pathname.startsWith('/auth/callback'), { timeout });
  } catch (error) {
    const feedback = await page
      .locator('#input-error, .kc-feedback-text, .pf-m-danger, .alert-error')
      .first()
      .textContent({ timeout: 500 })
      .catch(() => null);
    throw new Error(
      `did not return to the SPA after login (at ${page.url()})${feedback ? `: Keycloak says "${feedback.trim()}"` : ''}: ${firstLine(error)}`,
    );
  }
}

/** Waits until `selector`'s text equals `expected`; on timeout the error says what was there. */
export async function waitForText(page, selector, expected, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
  try {
    await page.waitForFunction(
      ([sel, text]) => document.querySelector(sel)?.textContent?.trim() === text,
      [selector, expected],
      { timeout },
    );
  } catch {
    const actual = await page
      .locator(selector)
      .first()
      .textContent({ timeout: 200 })
      .catch(() => null);
    const alert = await page
      .locator('[role=alert]')
      .first()
      .textContent({ timeout: 200 })
      .catch(() => null);
    throw new Error(
      `expected ${selector} to read "${expected}" but found ${actual === null ? 'no such element' : `"${actual.trim()}"`}` +
        (alert ? `; the page shows the alert "${alert.trim()}"` : ''),
    );
  }
}

export function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * A tiny check runner. `check(name, fn, { blocking })` runs fn and records pass/fail; a failure
 * saves a screenshot to e2e/artifacts/. When a check marked blocking fails, later checks that
 * declare `needs` on it are not run and count as failed. `finish()` prints
 * `e2e: N passed, M failed` and returns the number failed.
 */
export function createChecks({ page, artifactsDir = ARTIFACTS_DIR, log = console.log } = {}) {
  let passed = 0;
  let failed = 0;
  const failedNames = new Set();
  let index = 0;

  async function check(name, fn, { needs = [] } = {}) {
    index += 1;
    const missing = needs.filter((n) => failedNames.has(n));
    if (missing.length > 0) {
      failed += 1;
      failedNames.add(name);
      log(`✗ ${name} (not run: needs '${missing.join("', '")}')`);
      return false;
    }
    const started = Date.now();
    try {
      await fn();
      passed += 1;
      log(`✓ ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      failed += 1;
      failedNames.add(name);
      log(`✗ ${name}: ${firstLine(error)}`);
      if (page) {
        try {
          mkdirSync(artifactsDir, { recursive: true });
          const file = join(artifactsDir, `${String(index).padStart(2, '0')}-${slug(name)}.png`);
          await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
          log(`  screenshot: ${file} (page: ${page.url()})`);
        } catch (shotError) {
          log(`  (no screenshot: ${firstLine(shotError)})`);
        }
      }
      return false;
    }
  }

  function finish() {
    log(`e2e: ${passed} passed, ${failed} failed`);
    return failed;
  }

  return { check, finish };
}

/** On a phone-sized viewport the header folds its items behind the menu button: opens it. */
async function unfoldHeader(page) {
  const menuButton = page.locator('[data-testid=menu-button]');
  if ((await menuButton.isVisible()) && (await menuButton.getAttribute('aria-expanded')) !== 'true') {
    await menuButton.click();
  }
}

/**
 * Follows a link of the site header: a main item, or an item of the account menu under the
 * person's name (opened first), unfolding the phone menu when needed.
 */
export async function followHeaderLink(page, path) {
  await unfoldHeader(page);
  const link = page.locator(`header a[href="${path}"]`).first();
  if (!(await link.isVisible())) await page.click('[data-testid=account-menu-button]');
  await link.click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Logs out through the account menu and waits for the SPA's Login button. */
export async function logoutViaMenu(page) {
  await unfoldHeader(page);
  if (!(await page.locator('[data-testid=header-logout]').isVisible())) {
    await page.click('[data-testid=account-menu-button]');
  }
  // The SPA forgets the user before it leaves for Keycloak's logout: wait for Keycloak to answer,
  // or a next step could cut the logout off and leave the single sign-on session alive.
  const keycloakLogout = page.waitForResponse((response) => response.url().includes('/protocol/openid-connect/logout'));
  await page.click('[data-testid=header-logout]');
  await keycloakLogout;
  // Back on the SPA signed out; on a phone the Login button sits in the folded menu.
  await page.waitForSelector('[data-testid=header-login]', { state: 'attached' });
}

/**
 * A one-page PDF that a PDF parser reads (the server parses uploads, S-4): its cross-reference
 * table gives each object's byte offset.
 */
export function onePagePdf(text = 'Curriculum vitae') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
