// The web app as a newcomer and each role meet it (issue 16) and "Mijn gegevens" / the privacy
// officer's queue (issue 9), in chromium against the real stack:
//   a) a new professional signs up on Keycloak's Werkbank-themed page ("ik ben professional"),
//      confirms the e-mail address by the link from GreenMail, and lands on their start page;
//   b) the navigation per role (visitor, new professional, client, admin, privacy officer) at
//      1280×800 and 390×844: the role's items only, at most five, exactly one current item, no
//      sideways scrolling, the header leaves most of a phone screen to the content, axe clean;
//   c) the professional downloads their data: the password is shown, the ZIP file is saved;
//   d) the professional files a rectification request, and the privacy officer sees it in the
//      queue and opens it.
import { readFileSync } from 'node:fs';
import { waitForMailLink } from './assignments-scenario.mjs';
import { followHeaderLink, loginAsKeycloakUser, logoutViaMenu } from './lib.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const VERIFY_LINK = /http:\/\/localhost:\d+\/realms\/werkbank\/login-actions\/action-token\?[^\s"<>]+/;

/** The main items each audience must see, in order (the SPA's navigation model). */
const EXPECTED_NAV = {
  visitor: ['/assignments', '/assignments/new'],
  professional: ['/start', '/assignments', '/responses', '/profile', '/contact-requests'],
  client: ['/start', '/organisation/assignments', '/assignments/new', '/profiles', '/organisation'],
  admin: ['/start', '/assignments', '/profiles', '/admin/review', '/admin/organisations'],
  privacy: [
    '/start',
    '/privacy-officer/requests',
    '/privacy-officer/audit',
    '/privacy-officer/breaches',
    '/admin/retention',
  ],
};

export async function runWebappScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const newUser = {
    username: `sanne.${suffix}`,
    email: `sanne.${suffix}@example.nl`,
    firstName: 'Sanne',
    lastName: `Smit ${suffix}`,
    password: `Werkbank-${suffix}-2026`,
  };

  /** The layout checks of one page at the current viewport size. */
  const layoutProblems = async () =>
    page.evaluate(() => {
      const problems = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) {
        // name the innermost elements that stick out (none of their children do), so a failure says what to fix
        const sticksOut = (element) => element.getBoundingClientRect().right > root.clientWidth + 1;
        // inside a scroll container that fits, unless absolutely positioned against a box outside it
        const scrollsInside = (element) => {
          const position = getComputedStyle(element).position;
          if (position === 'fixed') return false;
          let escapes = position === 'absolute';
          for (let box = element.parentElement; box; box = box.parentElement) {
            const style = getComputedStyle(box);
            if (style.position !== 'static') escapes = false;
            if (!escapes && style.overflowX !== 'visible' && !sticksOut(box)) return true;
          }
          return false;
        };
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((element) => sticksOut(element) && !scrollsInside(element) && ![...element.children].some(sticksOut))
          .slice(0, 3)
          .map((element) => {
            const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
            return `${name} "${(element.textContent ?? '').trim().slice(0, 40)}" ${Math.round(element.getBoundingClientRect().width)}px`;
          });
        problems.push(`scrolls sideways (${root.scrollWidth} > ${root.clientWidth}: ${culprits.join('; ')})`);
      }
      const current = document.querySelectorAll('header [aria-current="page"]');
      if (current.length > 1) problems.push(`${current.length} items marked current`);
      const header = document.querySelector('header');
      const height = header ? header.getBoundingClientRect().height : 0;
      if (height > window.innerHeight * 0.25)
        problems.push(`header is ${height}px of a ${window.innerHeight}px screen`);
      return problems;
    });

  const mainNav = async () =>
    page.evaluate(() => [...document.querySelectorAll('header nav a')].map((a) => new URL(a.href).pathname));

  /** Visits each of the audience's main items at both sizes and checks layout, nav and axe. */
  const checkNavigation = async (audience) => {
    try {
      await checkNavigationAt(audience, DESKTOP);
      await checkNavigationAt(audience, PHONE);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  };

  const checkNavigationAt = async (audience, viewport) => {
    await page.setViewportSize(viewport);
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('main h1');
    if (audience !== 'visitor') await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
    const expected = EXPECTED_NAV[audience];
    await page.waitForFunction(
      (last) => [...document.querySelectorAll('header nav a')].some((a) => a.getAttribute('href') === last),
      expected.at(-1),
    );
    const items = await mainNav();
    if (JSON.stringify(items) !== JSON.stringify(expected)) {
      throw new Error(`${audience} at ${viewport.width}px sees ${items.join(', ')}; expected ${expected.join(', ')}`);
    }
    const menuShown = await page.locator('[data-testid=menu-button]').isVisible();
    if (menuShown !== viewport.width < 768) throw new Error(`menu button visible=${menuShown} at ${viewport.width}px`);
    for (const path of expected) {
      await followHeaderLink(page, path);
      await page.waitForSelector('main h1');
      const problems = await layoutProblems();
      const current = await page.locator('header [aria-current="page"]').count();
      if (current !== 1) problems.push(`${current} items marked current on ${path}`);
      if (problems.length > 0) throw new Error(`${audience} ${path} at ${viewport.width}px: ${problems.join('; ')}`);
      await assertNoA11yViolations(`${audience} ${path} ${viewport.width}px`);
    }
  };

  /** Starts signed out, whatever an earlier (failed) check left behind. */
  const signedOut = async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login], [data-testid=account-menu-button]', { state: 'attached' });
    if (await page.locator('[data-testid=account-menu-button]').count()) await logout();
  };

  const login = async (username, password = 'demo') => {
    await signedOut();
    await page.waitForSelector('[data-testid=header-login]', { state: 'attached' });
    await page.click('[data-testid=header-login]');
    await loginAsKeycloakUser(page, { username, password, spaUrl });
    await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
  };

  const logout = async () => {
    await logoutViaMenu(page);
    await page.waitForSelector('[data-testid=header-login]', { state: 'attached' });
  };

  const SIGNED_UP = 'webapp a) a new professional signs up, confirms the e-mail and lands on the start page';
  await check('webapp a) sign-up opens the Werkbank registration page in the SPA language', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${spaUrl}/`);
    await page.click('[data-testid=language-nl]');
    await page.click('[data-testid=header-sign-up]');
    await page.waitForSelector('#kc-register-form');
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'nl') throw new Error(`the registration page is in "${lang}", not nl (ui_locales)`);
    const back = await page.locator('#werkbank-back').getAttribute('href');
    if (!back?.startsWith('http://localhost:')) throw new Error(`no link back to the site (${back})`);
    const title = (await page.locator('#kc-page-title').textContent())?.trim();
    if (title !== 'Maak je account aan') throw new Error(`page title "${title}"`);
    await assertNoA11yViolations('Keycloak registration');
  });

  await check(
    SIGNED_UP,
    async () => {
      await page.fill('#username', newUser.username);
      await page.fill('#email', newUser.email);
      await page.fill('#firstName', newUser.firstName);
      await page.fill('#lastName', newUser.lastName);
      await page.fill('#password', newUser.password);
      await page.fill('#password-confirm', newUser.password);
      await page.check('input[name=werkbank_role][value=professional]');
      await page.click('#kc-form-buttons [type=submit], #kc-register-form [type=submit]');
      await page.waitForSelector('#kc-page-title');
      const heading = (await page.locator('#kc-page-title').textContent())?.trim();
      if (heading !== 'Bevestig je e-mailadres') throw new Error(`after sign-up Keycloak shows "${heading}"`);
      await assertNoA11yViolations('Keycloak verify e-mail');
      const { link } = await waitForMailLink(newUser.email, VERIFY_LINK);
      await page.goto(link);
      await page.waitForURL((url) => url.origin === spaOrigin && url.pathname === '/start', { timeout: 20_000 });
      await page.waitForSelector('[data-testid=start-profile]');
      await page.waitForSelector('header a[href="/profile"]');
      await assertNoA11yViolations('start page of a new professional');
    },
    { needs: ['webapp a) sign-up opens the Werkbank registration page in the SPA language'] },
  );

  await check(
    'webapp b) navigation of a new professional at 1280×800 and 390×844',
    () => checkNavigation('professional'),
    {
      needs: [SIGNED_UP],
    },
  );

  const DOWNLOADED = 'webapp c) the professional downloads their data: password shown, ZIP saved';
  await check(
    DOWNLOADED,
    async () => {
      await followHeaderLink(page, '/me/data');
      await page.waitForSelector('[data-testid=export-request]');
      await assertNoA11yViolations('/me/data');
      await page.click('[data-testid=export-request]');
      const password = (await page.locator('[data-testid=export-password]').textContent({ timeout: 30_000 }))?.trim();
      if (!password || password.length < 12) throw new Error(`no usable password shown ("${password}")`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=export-download]'),
      ]);
      const file = await download.path();
      const bytes = readFileSync(file);
      if (bytes.length < 100 || bytes.subarray(0, 2).toString('latin1') !== 'PK') {
        throw new Error(`the saved file (${download.suggestedFilename()}, ${bytes.length} bytes) is not a ZIP`);
      }
      console.log(
        `  saved ${download.suggestedFilename()} (${bytes.length} bytes), password of ${password.length} characters`,
      );
      await assertNoA11yViolations('/me/data with the password');
    },
    { needs: [SIGNED_UP] },
  );

  const FILED = 'webapp d) the professional files a rectification request and sees it in their list';
  await check(
    FILED,
    async () => {
      await page.check('[data-testid=request-type-RECTIFICATION]');
      await page.fill('#request-details', `Mijn achternaam is Smit-${suffix}.`);
      await page.click('[data-testid=request-submit]');
      await page.waitForSelector('[data-testid=request-filed]');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid=my-request]')].some((li) => li.textContent.includes('Corrigeren')),
      );
      await logout();
    },
    { needs: [SIGNED_UP] },
  );

  await check('webapp b) navigation of a visitor at 1280×800 and 390×844', async () => {
    await signedOut();
    await checkNavigation('visitor');
  });

  for (const [username, audience] of [
    ['client', 'client'],
    ['admin', 'admin'],
  ]) {
    await check(`webapp b) navigation of ${audience} at 1280×800 and 390×844`, async () => {
      await login(username);
      await checkNavigation(audience);
      await logout();
    });
  }

  await check(
    'webapp d) the privacy officer sees the queue (overdue flagged) and opens the request',
    async () => {
      await login('privacy');
      await checkNavigation('privacy');
      await followHeaderLink(page, '/privacy-officer/requests');
      await page.waitForSelector('[data-testid=request-queue]');
      const row = page.locator('[data-testid=queue-row]', { hasText: 'Corrigeren' }).first();
      await row.locator('a').click();
      await page.waitForSelector('[data-testid=request-detail]');
      const details = await page.locator('[data-testid=request-detail]').textContent();
      if (!details?.includes(`Smit-${suffix}`)) throw new Error('the request detail does not show the details');
      await assertNoA11yViolations('privacy request detail');
      await followHeaderLink(page, '/privacy-officer/audit');
      await page.click('[data-testid=audit-verify]');
      const verdict = await page.locator('[data-testid=audit-verification]').textContent();
      if (!verdict?.includes('De keten klopt')) throw new Error(`chain verification says "${verdict}"`);
      await assertNoA11yViolations('audit log');
      await logout();
    },
    { needs: [FILED] },
  );

  // Whatever failed above, the scenarios after this one start signed out.
  await check('webapp: signed out at the end', signedOut);
}
