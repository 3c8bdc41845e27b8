// Browser scenario for "Double-blind contact requests" (K-1, K-2), run by run.mjs after the other
// scenarios, in the same browser and check runner:
//   a) the professional (Petra de Vries) writes a contact request on /contact-requests, sees the
//      anonymised preview (topics; the motivation only because she shares it; never her name) and sends it
//   b) the coach (Cora Bakker) sees the request on /coach without Petra's name, accepts it and sees
//      Petra's contact details
//   c) the second coach (Daan Mulder) no longer sees the request
//   d) the professional sees on /contact-requests that Cora Bakker accepted
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
import { followHeaderLink, loginAsKeycloakUser, logoutViaMenu, waitForText } from './lib.mjs';

const PASSWORD = process.env.E2E_PASSWORD || 'demo';

export async function runIntroductionsScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const motivation = `Ik zoek advies over tarieven (e2e ${suffix}).`;

  const ensureDutch = async () => {
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'nl') {
      await page.click('[data-testid=language-nl]');
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
    }
  };
  const logout = async () => {
    await logoutViaMenu(page);
    await page.waitForURL((url) => url.origin === spaOrigin && url.pathname === '/' && !url.search.includes('state='));
    await page.waitForSelector('[data-testid=header-login]');
  };
  const loginAs = async (username) => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login], [data-testid=account-menu-button]');
    if (await page.locator('[data-testid=account-menu-button]').count()) await logout();
    await page.click('[data-testid=header-login]');
    await loginAsKeycloakUser(page, { username, password: PASSWORD, spaUrl });
    await page.waitForSelector('[data-testid=account-menu-button]');
    await ensureDutch();
  };
  const navigate = (path) => followHeaderLink(page, path);
  const ourRequest = () => page.locator('[data-testid=coach-open-request]', { hasText: suffix });

  const SENT = 'introductions a) professional previews the anonymised request and sends it, WCAG ok';
  await check(SENT, async () => {
    await loginAs('professional');
    await navigate('/contact-requests');
    await page.waitForSelector('[data-testid=contact-form]');
    await assertNoA11yViolations('/contact-requests');
    await page.check('#contact-topic-RATES_AND_CONTRACTS');
    await page.fill('#contact-motivation', motivation);
    await page.check('#contact-share');
    await page.fill('#contact-name', 'Petra de Vries');
    await page.fill('#contact-email', 'petra.devries@example.nl');
    await page.click('[data-testid=contact-preview-button]');
    const preview = await page.waitForSelector('[data-testid=contact-preview]');
    const shown = (await preview.textContent()) ?? '';
    if (!shown.includes(motivation)) throw new Error(`the preview lacks the shared motivation: "${shown}"`);
    if (shown.includes('Petra')) throw new Error(`the preview shows the name: "${shown}"`);
    await assertNoA11yViolations('/contact-requests (preview)');
    await page.click('[data-testid=contact-send]');
    await page.waitForSelector('[data-testid=contact-sent]');
  });

  const ACCEPTED = 'introductions b) coach sees it without the name, accepts, receives the details, WCAG ok';
  await check(
    ACCEPTED,
    async () => {
      await logout();
      await loginAs('coach');
      await navigate('/coach');
      await ourRequest().waitFor();
      await assertNoA11yViolations('/coach');
      const before = (await ourRequest().textContent()) ?? '';
      if (before.includes('Petra')) throw new Error(`the open request shows the name: "${before}"`);
      await ourRequest().locator('[data-testid=coach-accept]').click();
      await waitForText(page, '[data-testid=coach-outcome]', 'Aangenomen. De contactgegevens staan hieronder.');
      await page.locator('[data-testid=coach-accepted-request]', { hasText: suffix }).waitFor();
      const details =
        (await page.locator('[data-testid=coach-accepted-request]', { hasText: suffix }).textContent()) ?? '';
      if (!details.includes('petra.devries@example.nl')) throw new Error(`no contact details: "${details}"`);
    },
    { needs: [SENT] },
  );

  await check(
    'introductions c) the second coach no longer sees the accepted request',
    async () => {
      await logout();
      await loginAs('coach2');
      await navigate('/coach');
      await page.waitForSelector('[data-testid=coach-open-request], [data-testid=coach-open-empty]');
      if ((await ourRequest().count()) > 0) throw new Error('the accepted request is still open for another coach');
    },
    { needs: [ACCEPTED] },
  );

  await check(
    'introductions d) the professional sees which coach accepted',
    async () => {
      await logout();
      await loginAs('professional');
      await navigate('/contact-requests');
      await page
        .locator('[data-testid=my-contact-request-status]', { hasText: 'Aangenomen door Cora Bakker' })
        .first()
        .waitFor();
      await logout();
    },
    { needs: [ACCEPTED] },
  );
}
