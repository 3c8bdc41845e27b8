// Browser scenario for "Profiles, organisations and visibility levels" (P-1..P-6, O-1, D-8), run by
// run.mjs after its login test, in the same browser and check runner. The e2e database starts
// empty (no demo data):
//   a) professional creates an ANONYMOUS profile: the public preview has no name; then MEMBERS; CV upload
//   b) client registers an organisation; admin verifies it; client searches, opens Petra's
//      profile and releases her contact details (a recorded disclosure)
//   c) professional sees that one disclosure, naming the client's organisation
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
// E2E_SCREENSHOTS=1 also saves full-page screenshots of the main pages to e2e/artifacts/ok-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS_DIR,
  followHeaderLink,
  loginAsKeycloakUser,
  logoutViaMenu,
  onePagePdf,
  waitForText,
} from './lib.mjs';

const PASSWORD = process.env.E2E_PASSWORD || 'demo';

export async function runProfilesScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const suffix = `${Date.now() % 100000}`;
  const organisationName = `E2E Testbedrijf ${suffix} BV`;
  const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  const petraEmail = 'petra.devries@example.nl';
  const headline = 'Interim projectleider ICT en digitale transformatie';

  const loginAs = async (username) => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login]');
    await page.click('[data-testid=header-login]');
    await loginAsKeycloakUser(page, { username, password: PASSWORD, spaUrl });
    await page.waitForSelector('[data-testid=account-menu-button]');
    // The login test before this switched the language (kept per tab); these checks read Dutch.
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
  /** Follows the navigation link (the nav shows it only for the right role). */
  const navigate = async (path) => {
    await followHeaderLink(page, path);
    await page.waitForURL(`${spaUrl}${path}`);
  };
  const shot = async (name) => {
    if (!process.env.E2E_SCREENSHOTS) return;
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, `ok-${name}.png`), fullPage: true });
  };
  const textOf = async (selector) => ((await page.locator(selector).first().textContent()) ?? '').trim();

  // --- a) professional ----------------------------------------------------------------------
  const A = 'a) professional logs in';
  await check(A, () => loginAs('professional'));

  await check(
    'a) /profile shows an empty form (no profile yet), WCAG ok',
    async () => {
      await navigate('/profile');
      await page.waitForSelector('[data-testid=profile-new]');
      await assertNoA11yViolations('/profile (new)');
    },
    { needs: [A] },
  );

  await check(
    'a) the form checks the rate range client-side, errors are WCAG ok',
    async () => {
      await page.check('[data-testid=visibility-ANONYMOUS]');
      await page.fill('#profile-displayName', 'Petra de Vries');
      await page.fill('#profile-headline', headline);
      await page.fill('#profile-skills', 'Java, Projectmanagement, Scrum');
      await page.click('[data-testid=add-experience]');
      await page.fill('#profile-experience-0-role', 'Projectleider');
      await page.fill('#profile-experience-0-clientName', 'Gemeente Utrecht');
      await page.selectOption('#profile-experience-0-startMonth', '04');
      await page.fill('#profile-experience-0-startMonth-year', '2021');
      await page.click('[data-testid=add-education]');
      await page.fill('#profile-education-0-qualification', 'MSc Informatica');
      await page.fill('#profile-education-0-institution', 'Universiteit Utrecht');
      await page.fill('#profile-education-0-year', '2004');
      await page.fill('#profile-region', '3511');
      await page.fill('#profile-hoursPerWeek', '32');
      await page.fill('#profile-rateMinCents', '120');
      await page.fill('#profile-rateMaxCents', '110,50');
      await page.check('#profile-languages-nl');
      await page.check('#profile-languages-en');
      await page.fill('#profile-contact-email', petraEmail);
      await page.fill('#profile-contact-phone', '06 12345678');
      await page.click('[data-testid=profile-save]');
      await page.waitForSelector('[data-testid=error-summary]');
      await page.waitForSelector('[data-testid=profile-rateMaxCents-error]');
      const invalid = await page.getAttribute('#profile-rateMaxCents', 'aria-invalid');
      if (invalid !== 'true') throw new Error(`rateMax aria-invalid is ${invalid}`);
      await assertNoA11yViolations('/profile (errors)');
      await shot('profile-errors');
      await page.fill('#profile-rateMinCents', '85');
    },
    { needs: [A] },
  );

  const SAVED_ANON = 'a) ANONYMOUS profile saved: public preview without "Petra", form with it';
  await check(
    SAVED_ANON,
    async () => {
      await page.click('[data-testid=profile-save]');
      await page.waitForFunction(
        () => (document.querySelector('[data-testid=profile-status]')?.textContent ?? '').trim() !== '',
      );
      await page.waitForSelector('[data-testid=preview-public] [data-testid=profile-view]');
      const publicText = await textOf('[data-testid=preview-public]');
      if (!publicText.includes(headline))
        throw new Error(`public preview lacks the headline: "${publicText.slice(0, 200)}"`);
      if (publicText.includes('Petra'))
        throw new Error(`public preview contains "Petra": "${publicText.slice(0, 200)}"`);
      if (publicText.includes('Gemeente Utrecht')) throw new Error('public preview names the client');
      const organisationText = await textOf('[data-testid=preview-organisation]');
      if (organisationText.includes('Petra')) throw new Error('an ANONYMOUS profile shows the name to organisations');
      const formName = await page.inputValue('#profile-displayName');
      if (!formName.includes('Petra')) throw new Error(`form name is "${formName}"`);
      await assertNoA11yViolations('/profile (saved, preview)');
    },
    { needs: [A] },
  );

  const SAVED_MEMBERS = 'a) switched to MEMBERS: organisations see the name, the public still not';
  await check(
    SAVED_MEMBERS,
    async () => {
      await page.check('[data-testid=visibility-MEMBERS]');
      await page.click('[data-testid=profile-save]');
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid=preview-organisation]')?.textContent ?? '').includes('Petra de Vries'),
      );
      if ((await textOf('[data-testid=preview-public]')).includes('Petra'))
        throw new Error('public preview contains "Petra"');
    },
    { needs: [SAVED_ANON] },
  );

  await check(
    'a) CV upload (multipart, PDF sniffed by the server) shows the stored file',
    async () => {
      const pdf = onePagePdf('Petra de Vries');
      await page.setInputFiles('[data-testid=cv-file]', {
        name: 'cv-petra.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      });
      await page.click('[data-testid=cv-upload]');
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid=cv-info]')?.textContent ?? '').includes('.pdf'),
      );
      await assertNoA11yViolations('/profile (with CV)');
      await shot('profile-saved');
    },
    { needs: [SAVED_ANON] },
  );

  await check('a) professional logs out', logout, { needs: [A] });

  // --- b) client, admin, client -------------------------------------------------------------
  const B = 'b) client logs in';
  await check(B, () => loginAs('client'));

  const REGISTERED = `b) client registers "${organisationName}" (KvK ${kvkNumber}): not-verified notice`;
  await check(
    REGISTERED,
    async () => {
      await navigate('/organisation');
      await page.waitForSelector('[data-testid=organisation-form]');
      await assertNoA11yViolations('/organisation (register)');
      await page.fill('#organisation-name-input', organisationName);
      await page.fill('#organisation-kvk-input', kvkNumber);
      await page.click('[data-testid=organisation-register]');
      await page.waitForSelector('[data-testid=organisation-not-verified]');
      await waitForText(page, '[data-testid=organisation-name]', organisationName);
      await assertNoA11yViolations('/organisation (not verified)');
      await shot('organisation');
    },
    { needs: [B] },
  );

  await check('b) client logs out', logout, { needs: [B] });

  const ADMIN = 'b) admin logs in';
  await check(ADMIN, () => loginAs('admin'));

  const VERIFIED = 'b) admin verifies the organisation on /admin/organisations';
  await check(
    VERIFIED,
    async () => {
      await navigate('/admin/organisations');
      await page.waitForSelector('[data-testid=organisations-table]');
      await assertNoA11yViolations('/admin/organisations');
      const verify = page.getByRole('button', { name: `Verifiëren: ${organisationName}`, exact: true });
      for (let i = 0; i < 20 && (await verify.count()) === 0; i += 1) {
        const more = page.locator('[data-testid=load-more]');
        if ((await more.count()) === 0) break;
        await more.click();
        await page.waitForTimeout(300);
      }
      await verify.click();
      await page.getByRole('button', { name: `Verificatie intrekken: ${organisationName}`, exact: true }).waitFor();
      await assertNoA11yViolations('/admin/organisations (verified)');
      await shot('admin-organisations');
    },
    { needs: [ADMIN, REGISTERED] },
  );

  await check('b) admin logs out', logout, { needs: [ADMIN] });

  const B2 = 'b) client logs in again';
  await check(B2, () => loginAs('client'));

  const FOUND = "b) client searches profiles and opens Petra's profile (member shape)";
  await check(
    FOUND,
    async () => {
      await navigate('/profiles');
      await page.waitForSelector('form[role=search]');
      await assertNoA11yViolations('/profiles');
      await page.fill('#search-skills', 'java');
      await page.click('[data-testid=search-submit]');
      const link = page.locator('[data-testid=profile-result] a', { hasText: 'Petra de Vries' });
      await link.first().waitFor();
      await assertNoA11yViolations('/profiles (results)');
      await shot('profiles-search');
      await link.first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/profiles/'));
      await page.waitForSelector('[data-testid=profile-view][data-shape=member]');
      await page.waitForSelector('[data-testid=contact-notice]');
      await assertNoA11yViolations('/profiles/:id');
      await shot('profile-detail');
    },
    { needs: [B2, VERIFIED, SAVED_MEMBERS] },
  );

  await check(
    'b) "show contact details" reveals her e-mail after the recorded-release notice',
    async () => {
      await page.click('[data-testid=show-contact]');
      await waitForText(page, '[data-testid=contact-email]', petraEmail);
      await assertNoA11yViolations('/profiles/:id (contact)');
      await shot('profile-contact');
    },
    { needs: [FOUND] },
  );

  await check('b) client logs out', logout, { needs: [B2] });

  // --- c) professional sees the disclosure ------------------------------------------------
  const C = 'c) professional logs in';
  await check(C, () => loginAs('professional'));

  await check(
    `c) /privacy/disclosures shows one disclosure naming "${organisationName}"`,
    async () => {
      await navigate('/privacy/disclosures');
      await page.waitForSelector('[data-testid=disclosure-item]');
      const items = await page.locator('[data-testid=disclosure-item]').allTextContents();
      if (items.length !== 1) throw new Error(`expected 1 disclosure, found ${items.length}: ${items.join(' | ')}`);
      if (!items[0].includes(organisationName))
        throw new Error(`disclosure does not name the organisation: "${items[0]}"`);
      await assertNoA11yViolations('/privacy/disclosures');
      await shot('disclosures');
    },
    { needs: [C, 'b) "show contact details" reveals her e-mail after the recorded-release notice'] },
  );

  await check('c) professional logs out', logout, { needs: [C] });
}
