// Browser scenario for the SPA's privacy pages (D-1..D-4, issue 9), run by run.mjs after the
// erasure scenario, each part in a fresh browser context of the same browser and check runner:
//   a) a professional made for this run at Keycloak (Admin REST API, as in erasure-scenario.mjs)
//      logs in through the SPA, opens "Mijn gegevens" from the account menu, erases the account
//      through "Account sluiten of wissen" after the explicit confirmation, is signed out, and can
//      no longer log in
//   b) a visitor opens the public privacy-request page from the footer (also at 390 px: no sideways
//      scrolling), asks by e-mail for access, sees the same "check your mailbox" message, opens the
//      confirmation link from GreenMail (MAIL_API_URL), sees the outcome with the token gone from
//      the address bar, and follows the request on the status page
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
import { randomUUID } from 'node:crypto';
import { waitForMailLink } from './assignments-scenario.mjs';
import { admin, createProfessional } from './erasure-scenario.mjs';
import { checkA11y, followHeaderLink, loginAsKeycloakUser } from './lib.mjs';

const DELETION_WAIT_MS = Number(process.env.E2E_ERASURE_WAIT_MS ?? 15_000);

async function assertAccessible(page, label) {
  const { blocking } = await checkA11y(page, { label });
  if (blocking.length > 0) {
    throw new Error(
      `${blocking.length} serious/critical WCAG violation(s) on ${label}: ${blocking.map((v) => v.id).join(', ')}`,
    );
  }
}

export async function runPrivacyUiScenario({ page, check, spaUrl }) {
  const browser = page.context().browser();
  await eraseThroughTheSpa({ browser, check, spaUrl });
  await askAsVisitor({ browser, check, spaUrl });
}

async function eraseThroughTheSpa({ browser, check, spaUrl }) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const own = await context.newPage();
  let user;
  const MADE = 'privacy-ui a) a professional is created at Keycloak for this run';
  const IN = 'privacy-ui a) the professional logs in through the SPA and opens Mijn gegevens, WCAG ok';
  const ERASED =
    'privacy-ui a) erasing through "Account sluiten of wissen" after the confirmation signs them out, WCAG ok';
  try {
    await check(MADE, async () => {
      user = await createProfessional();
    });

    await check(
      IN,
      async () => {
        await own.goto(`${spaUrl}/`);
        await own.click('[data-testid=header-login]');
        await loginAsKeycloakUser(own, { username: user.username, password: user.password, spaUrl });
        await own.waitForSelector('[data-testid=account-menu-button]');
        await followHeaderLink(own, '/me/data');
        await own.waitForSelector('[data-testid=account-closure]');
        await own.waitForSelector('[data-testid=my-requests-empty], [data-testid=my-requests]');
        await assertAccessible(own, '/me/data');
      },
      { needs: [MADE] },
    );

    await check(
      ERASED,
      async () => {
        await own.click('[data-testid=closure-erase]');
        const confirm = own.locator('[data-testid=closure-erase-confirm]');
        if (await confirm.isEnabled()) throw new Error('erasing is possible before the confirmation is ticked');
        await assertAccessible(own, '/me/data (erase confirmation)');
        await own.check('#closure-erase-understood');
        await confirm.click();
        await own.waitForSelector('[data-testid=account-erased]');
        if (new URL(own.url()).pathname !== '/me/data/erased') throw new Error(`ended on ${own.url()}`);
        const leftovers = await own.evaluate(() =>
          Object.keys(window.sessionStorage).filter((key) => key.startsWith('oidc.user')),
        );
        if (leftovers.length > 0) throw new Error(`tokens still in sessionStorage: ${leftovers.join(', ')}`);
        await own.waitForSelector('[data-testid=header-login]', { state: 'attached' });
        await assertAccessible(own, '/me/data/erased');
      },
      { needs: [IN] },
    );

    await check(
      'privacy-ui a) the user is gone from the realm and logging in again fails',
      async () => {
        const deadline = Date.now() + DELETION_WAIT_MS;
        let status;
        do {
          status = (await admin(`/users/${user.id}`)).status;
          if (status === 404) break;
          await new Promise((resolve) => setTimeout(resolve, 500));
        } while (Date.now() < deadline);
        if (status !== 404) throw new Error(`the Keycloak user still answers ${status}`);
        const again = await browser.newContext({ locale: 'nl-NL' });
        try {
          const retry = await again.newPage();
          await retry.goto(`${spaUrl}/`);
          await retry.click('[data-testid=header-login]');
          await retry.waitForSelector('#username');
          await retry.fill('#username', user.username);
          await retry.fill('#password', user.password);
          await Promise.all([retry.waitForNavigation().catch(() => undefined), retry.click('#kc-login')]);
          await retry.waitForSelector('#input-error, .kc-feedback-text, .pf-m-danger, .alert-error');
          if (retry.url().startsWith(spaUrl)) throw new Error('the login went through');
        } finally {
          await again.close();
        }
      },
      { needs: [ERASED] },
    );
  } finally {
    await context.close();
  }
}

async function askAsVisitor({ browser, check, spaUrl }) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
  const visitor = await context.newPage();
  const email = `privacy.${randomUUID().slice(0, 8)}@example.nl`;
  let confirmLink;
  const ASKED =
    'privacy-ui b) a visitor asks by e-mail on the public page (footer link, 390 px) and sees "check your mailbox", WCAG ok';
  const MAILED = 'privacy-ui b) the confirmation mail arrives with a #token= link';
  const CONFIRMED = 'privacy-ui b) the link shows the outcome, the token gone from the address bar, WCAG ok';
  try {
    await check(ASKED, async () => {
      await visitor.goto(`${spaUrl}/`);
      await visitor.click('[data-testid=footer-privacy-request]');
      await visitor.waitForURL((url) => url.pathname === '/privacy-request');
      await visitor.waitForSelector('[data-testid=privacy-request-form]');
      const sideways = await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (sideways > 0) throw new Error(`the page scrolls sideways by ${sideways} px at 390 px`);
      await assertAccessible(visitor, '/privacy-request (390 px)');
      await visitor.fill('#privacy-request-email', email);
      await visitor.check('[data-testid=privacy-request-type-ACCESS]');
      await visitor.click('[data-testid=privacy-request-submit]');
      const sent = await visitor.waitForSelector('[data-testid=privacy-request-sent]');
      if ((await sent.textContent())?.includes(email)) throw new Error('the answer repeats the address');
      await assertAccessible(visitor, '/privacy-request (sent)');
    });

    await check(
      MAILED,
      async () => {
        const { link, subject } = await waitForMailLink(
          email,
          /https?:\/\/[^\s"'<>]+\/privacy-request\/confirm#token=[A-Za-z0-9_~.%-]+/,
        );
        const url = new URL(link);
        confirmLink = `${spaUrl}${url.pathname}${url.hash}`;
        console.log(`  mail "${subject}" → ${url.pathname}#token=…`);
      },
      { needs: [ASKED] },
    );

    await check(
      CONFIRMED,
      async () => {
        const requests = [];
        visitor.on('request', (request) => requests.push(request.url()));
        const token = new URL(confirmLink).hash.replace('#token=', '');
        await visitor.goto(confirmLink);
        await visitor.waitForSelector('[data-testid=privacy-request-confirmed]');
        await visitor.waitForSelector('[data-testid=privacy-request-outcome]');
        await visitor.waitForFunction(() => window.location.hash === '');
        const leaked = requests.filter((url) => url.includes(token));
        if (leaked.length > 0) throw new Error(`the token went into a URL: ${leaked[0]}`);
        const status = await visitor.textContent('[data-testid=privacy-request-status]');
        const password = await visitor.locator('[data-testid=privacy-request-password]').count();
        console.log(`  outcome: ${status?.trim()}${password ? ', archive password shown once' : ''}`);
        await assertAccessible(visitor, '/privacy-request/confirm');
      },
      { needs: [MAILED] },
    );

    await check(
      'privacy-ui b) the status page opens the request with the status token of this session, WCAG ok',
      async () => {
        await visitor.click('[data-testid=privacy-request-status-link]');
        await visitor.waitForURL((url) => url.pathname === '/privacy-request/status');
        await visitor.waitForSelector('[data-testid=privacy-request-outcome]');
        await assertAccessible(visitor, '/privacy-request/status');
      },
      { needs: [CONFIRMED] },
    );
  } finally {
    await context.close();
  }
}
