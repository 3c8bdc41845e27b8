// Browser test of the SPA against the real stack: SPA → Keycloak (code + PKCE) → API.
//   SPA_URL            default http://localhost:5173
//   E2E_USERNAME       default professional
//   E2E_PASSWORD       default demo
//   E2E_EXPECTED_NAME  default "Petra de Vries" (the name GET /api/v1/me returns for that user)
// Then the profiles/organisations scenario of profiles-scenario.mjs (as professional, client, admin).
// Then the assignments scenario of assignments-scenario.mjs (visitor posts, mail link, admin approves, public page).
// Then the responses scenario of responses-scenario.mjs (client posts, professional responds with a CV, the
// poster's mail has it attached, the client shortlists, the professional sees it).
// Then the erasure scenario of erasure-scenario.mjs (a user made at Keycloak for the run erases their
// account through the API and can no longer log in).
// Then the privacy-ui scenario of privacy-ui-scenario.mjs (erasing through Mijn gegevens; a visitor's request by e-mail).
// Then the contact-request scenario of introductions-scenario.mjs (candidate, coach, second coach).
// Then the list page scenario of listpage-scenario.mjs (job-board list, (page, role) → actions, the phone
// action bar, the response form's preview, a new client's password reset).
// Last the consents scenario of consents-scenario.mjs (job alerts on, a digest, its unsubscribe link; a
// material notice asked about at login). Last, because after it everyone with a consent is asked at login.
// Prints one line per check and finally `e2e: N passed, M failed`; exits non-zero on a failure.
import {
  checkA11y,
  createChecks,
  followHeaderLink,
  launchBrowser,
  loginAsKeycloakUser,
  logoutViaMenu,
  waitForText,
} from './lib.mjs';
import { runProfilesScenario } from './profiles-scenario.mjs';
import { runAssignmentsScenario } from './assignments-scenario.mjs';
import { runResponsesScenario } from './responses-scenario.mjs';
import { runWebappScenario } from './webapp-scenario.mjs';
import { runListpageScenario } from './listpage-scenario.mjs';
import { runErasureScenario } from './erasure-scenario.mjs';
import { runIntroductionsScenario } from './introductions-scenario.mjs';
import { runPrivacyUiScenario } from './privacy-ui-scenario.mjs';
import { runConsentsScenario } from './consents-scenario.mjs';

const spaUrl = (process.env.SPA_URL || 'http://localhost:5173').replace(/\/+$/, '');
const spaOrigin = new URL(spaUrl).origin;
const username = process.env.E2E_USERNAME || 'professional';
const password = process.env.E2E_PASSWORD || 'demo';
const expectedName = process.env.E2E_EXPECTED_NAME || 'Petra de Vries';

console.log(`e2e against ${spaUrl} as ${username}`);

let session;
let failures = 1;
try {
  session = await launchBrowser();
  const { page } = session;
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  // Issue 15, S-7: every Content-Security-Policy violation on the SPA's pages (not Keycloak's) is
  // reported by the page (securitypolicyviolation) and by Chromium's console; the run must see none.
  const cspViolations = [];
  await session.context.exposeBinding('__werkbankCspViolation', (_source, origin, text) => {
    if (origin === spaOrigin) cspViolations.push(text);
  });
  await session.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__werkbankCspViolation(
        location.origin,
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && page.url().startsWith(spaOrigin)) {
      cspViolations.push(message.text());
    }
  });

  const { check, finish } = createChecks({ page });

  const assertNoA11yViolations = async (label) => {
    const { blocking } = await checkA11y(page, { label });
    if (blocking.length > 0) {
      throw new Error(`${blocking.length} serious/critical WCAG violation(s): ${blocking.map((v) => v.id).join(', ')}`);
    }
  };

  await check('home page loads', async () => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('main h1');
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (!['nl', 'en'].includes(lang)) throw new Error(`<html lang> is "${lang}"`);
    const landmarks = await page.evaluate(() =>
      ['header', 'nav', 'main', 'footer'].filter((s) => !document.querySelector(s)),
    );
    if (landmarks.length > 0) throw new Error(`missing landmarks: ${landmarks.join(', ')}`);
  });

  await check(
    'the SPA is served with its security headers and a Content-Security-Policy that blocks inline scripts',
    async () => {
      const response = await page.request.get(`${spaUrl}/`);
      const headers = response.headers();
      const expected = {
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      };
      for (const [name, value] of Object.entries(expected)) {
        if (headers[name] !== value) throw new Error(`${name} is "${headers[name]}", not "${value}"`);
      }
      if (!headers['content-security-policy']?.includes("frame-ancestors 'none'")) {
        throw new Error(`Content-Security-Policy header is "${headers['content-security-policy']}"`);
      }
      if (!headers['permissions-policy']) throw new Error('no Permissions-Policy header');
      const html = await response.text();
      const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/);
      if (inline) throw new Error(`index.html has an inline script: ${inline[0]}`);
      const policy = await page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
      if (!/script-src 'self'(;|$)/.test(policy) || /unsafe-inline|unsafe-eval/.test(policy)) {
        throw new Error(`the page's policy is "${policy}"`);
      }
      // enforced, not only written: an injected inline script does not run (in a page of its own,
      // so its expected violation is not counted against the run)
      const probe = await session.context.browser().newContext();
      try {
        const probePage = await probe.newPage();
        await probePage.goto(`${spaUrl}/`);
        await probePage.waitForSelector('main h1');
        const ran = await probePage.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__inlineScriptRan = true';
          document.head.append(script);
          return window.__inlineScriptRan === true;
        });
        if (ran) throw new Error('an injected inline script ran: the policy is not enforced');
      } finally {
        await probe.close();
      }
    },
    { needs: ['home page loads'] },
  );

  await check('home page has no serious WCAG 2.1 AA violations', () => assertNoA11yViolations('home'), {
    needs: ['home page loads'],
  });

  await check(
    'log in through Keycloak',
    async () => {
      await page.click('[data-testid=header-login]');
      await loginAsKeycloakUser(page, { username, password, spaUrl });
      await page.waitForSelector('[data-testid=account-menu-button]');
    },
    { needs: ['home page loads'] },
  );

  await check(
    `/me shows the API's name "${expectedName}"`,
    async () => {
      await followHeaderLink(page, '/me');
      await page.waitForURL(`${spaUrl}/me`);
      await waitForText(page, '[data-testid=me-name]', expectedName);
    },
    { needs: ['log in through Keycloak'] },
  );

  await check('/me has no serious WCAG 2.1 AA violations', () => assertNoA11yViolations('/me'), {
    needs: [`/me shows the API's name "${expectedName}"`],
  });

  await check(
    'switching the language changes the page text and <html lang>',
    async () => {
      if (!page.url().startsWith(spaOrigin)) {
        await page.goto(`${spaUrl}/`);
        await page.waitForSelector('main h1');
      }
      const before = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('main h1')?.textContent ?? '',
        nav: document.querySelector('nav')?.textContent ?? '',
      }));
      const target = before.lang === 'en' ? 'nl' : 'en';
      await page.click(`[data-testid=language-${target}]`);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, target);
      const after = await page.evaluate(() => ({
        h1: document.querySelector('main h1')?.textContent ?? '',
        nav: document.querySelector('nav')?.textContent ?? '',
        pressed: document.querySelector('[aria-pressed=true]')?.getAttribute('lang'),
      }));
      if (after.nav === before.nav) throw new Error(`navigation text did not change ("${after.nav}")`);
      if (after.h1 === before.h1) throw new Error(`heading did not change ("${after.h1}")`);
      if (after.pressed !== target) throw new Error(`aria-pressed is on "${after.pressed}", expected "${target}"`);
      console.log(`  ${before.lang} → ${target}: "${before.h1}" → "${after.h1}"`);
    },
    { needs: ['home page loads'] },
  );

  await check(
    'log out',
    async () => {
      await logoutViaMenu(page);
      await page.waitForURL(
        (url) => url.origin === spaOrigin && url.pathname === '/' && !url.search.includes('state='),
      );
      await page.waitForSelector('[data-testid=header-login]');
      const leftovers = await page.evaluate(() =>
        Object.keys(window.sessionStorage).filter((k) => k.startsWith('oidc.user')),
      );
      if (leftovers.length > 0) throw new Error(`tokens still in sessionStorage: ${leftovers.join(', ')}`);
    },
    { needs: ['log in through Keycloak'] },
  );

  // Sign-up, navigation per role and phone layout, my data, the privacy officer's queue (see
  // webapp-scenario.mjs); E2E_SCENARIOS=login skips it, E2E_SCENARIOS=webapp runs only it.
  const scenarios = process.env.E2E_SCENARIOS ?? 'all';
  if (scenarios !== 'login') {
    await runWebappScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // Profiles, organisations and visibility levels (see profiles-scenario.mjs); E2E_SCENARIOS=login skips it.
  if (scenarios === 'all') {
    await runProfilesScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // Assignments: posting without an account, e-mail verification (GreenMail), review, public page
  // with JSON-LD (see assignments-scenario.mjs); only with all scenarios.
  if (scenarios === 'all') {
    await runAssignmentsScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // Responses: respond with a CV, the poster's mail with the attachment, status change, "my responses"
  // (see responses-scenario.mjs); only with all scenarios.
  if (scenarios === 'all') {
    await runResponsesScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // Erasure: a professional made for the run logs in, asks for ERASURE through the API and can no
  // longer log in (see erasure-scenario.mjs); only with all scenarios.
  if (scenarios === 'all') {
    await runErasureScenario({ page, check, spaUrl });
  }
  // Privacy pages: a professional made for the run erases the account through Mijn gegevens; a
  // visitor asks by e-mail and confirms by the mailed link (see privacy-ui-scenario.mjs); only with all scenarios.
  if (scenarios === 'all') {
    await runPrivacyUiScenario({ page, check, spaUrl });
  }
  // Contact requests: preview, a coach accepts, another coach no longer sees it, the candidate sees who
  // accepted (see introductions-scenario.mjs); E2E_SCENARIOS=login skips it too.
  if ((process.env.E2E_SCENARIOS ?? 'all') !== 'login') {
    await runIntroductionsScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // The list page, role-aware actions and password reset (see listpage-scenario.mjs): it needs the
  // assignments of the assignments and responses scenarios, so only with all scenarios.
  if (scenarios === 'all') {
    await runListpageScenario({ page, check, spaUrl, assertNoA11yViolations });
  }
  // Consents: job alerts, a digest and its unsubscribe link, the notice question at login (see
  // consents-scenario.mjs); with all scenarios, or E2E_SCENARIOS=consents (with the webapp and
  // contact-request ones, not the others). It must stay last: its material privacy notice asks
  // everyone with a consent to confirm it at their next login.
  if (scenarios === 'all' || scenarios === 'consents') {
    await runConsentsScenario({ page, check, spaUrl });
  }

  await check('no Content-Security-Policy violation on the SPA during the whole run', async () => {
    if (cspViolations.length > 0) {
      throw new Error(`${cspViolations.length} violation(s): ${cspViolations.slice(0, 5).join(' | ')}`);
    }
  });

  if (pageErrors.length > 0) {
    console.log('  browser console errors seen during the run:');
    for (const message of pageErrors.slice(0, 20)) console.log(`    ${message}`);
  }
  failures = finish();
} catch (error) {
  console.error(`e2e could not run: ${error?.stack ?? error}`);
  console.log('e2e: 0 passed, 1 failed');
  failures = 1;
} finally {
  await session?.close();
}
process.exit(failures > 0 ? 1 : 0);
