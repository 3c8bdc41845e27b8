// Browser scenario for "Assignments: posting, review, publication" (A-1..A-4, F-3), run by run.mjs
// after the other scenarios, in the same browser and check runner:
//   a) a visitor (not logged in) posts an assignment with a unique title and e-mail address and
//      sees "check your e-mail"
//   b) the verification mail is read from GreenMail's REST API (MAIL_API_URL, default
//      http://localhost:8025); its #token= link confirms the address in the browser
//   c) the admin approves it on /admin/review and logs out
//   d) a visitor finds it on /assignments (q = its title), opens its page: JobPosting JSON-LD is
//      embedded and the poster's name and e-mail address appear nowhere in the page's HTML
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
import { followHeaderLink, loginAsKeycloakUser, logoutViaMenu, waitForText } from './lib.mjs';

const PASSWORD = process.env.E2E_PASSWORD || 'demo';
const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');
const MAIL_WAIT_MS = Number(process.env.E2E_MAIL_WAIT_MS ?? 30_000);

/** Undoes quoted-printable: soft line breaks (`=\r\n`) and `=XX` bytes (decoded as UTF-8). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The readable text of a raw RFC 822 message: every part decoded by its Content-Transfer-Encoding. */
export function messageText(raw) {
  const texts = [decodeQuotedPrintable(raw)];
  const partPattern = /Content-Transfer-Encoding:\s*([\w-]+)[^]*?\r?\n\r?\n([^]*?)(?=\r?\n--|$)/gi;
  for (const [, encoding, body] of raw.matchAll(partPattern)) {
    const kind = encoding.toLowerCase();
    if (kind === 'base64') texts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (kind === 'quoted-printable') texts.push(decodeQuotedPrintable(body));
  }
  return texts.join('\n');
}

/** Polls GreenMail until a message for `email` contains a link matching `pattern`. */
export async function waitForMailLink(email, pattern, { timeout = MAIL_WAIT_MS } = {}) {
  const url = `${MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`;
  const deadline = Date.now() + timeout;
  let lastProblem = 'no message yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const messages = await response.json();
        for (const message of Array.isArray(messages) ? messages : []) {
          const match = messageText(String(message.mimeMessage ?? '')).match(pattern);
          if (match) return { link: match[0], subject: message.subject };
        }
        lastProblem = `${Array.isArray(messages) ? messages.length : 0} message(s), none with the link`;
      } else {
        lastProblem = `GreenMail answered ${response.status}`;
      }
    } catch (error) {
      lastProblem = `GreenMail not reachable at ${MAIL_API_URL}: ${error?.message ?? error}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`no verification mail for ${email} within ${timeout} ms (${lastProblem})`);
}

export async function runAssignmentsScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `E2E opdracht scrum master ${suffix}`;
  const email = `poster.${suffix}@example.nl`;
  const posterName = `Paula Plaatser ${suffix}`;
  const posterOrganisation = `Gemeente Testdorp ${suffix}`;
  const validThrough = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  let verificationLink;

  const ensureDutch = async () => {
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'nl') {
      await page.click('[data-testid=language-nl]');
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
    }
  };
  const ensureLoggedOut = async () => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login], [data-testid=account-menu-button]');
    if (await page.locator('[data-testid=account-menu-button]').count()) await logout();
  };
  const logout = async () => {
    await logoutViaMenu(page);
    await page.waitForURL((url) => url.origin === spaOrigin && url.pathname === '/' && !url.search.includes('state='));
    await page.waitForSelector('[data-testid=header-login]');
  };
  const loginAs = async (username) => {
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login]');
    await page.click('[data-testid=header-login]');
    await loginAsKeycloakUser(page, { username, password: PASSWORD, spaUrl });
    await page.waitForSelector('[data-testid=account-menu-button]');
    await ensureDutch();
  };

  // --- a) a visitor posts ----------------------------------------------------------------------
  const A = 'assignments a) a visitor opens /assignments/new (poster block, privacy notice), WCAG ok';
  await check(A, async () => {
    await ensureLoggedOut();
    await ensureDutch();
    await followHeaderLink(page, '/assignments/new');
    await page.waitForURL(`${spaUrl}/assignments/new`);
    await page.waitForSelector('[data-testid=assignment-form]');
    await page.waitForSelector('[data-testid=poster-privacy]');
    await assertNoA11yViolations('/assignments/new');
  });

  await check(
    'assignments a) an empty form shows field errors (summary focused), WCAG ok',
    async () => {
      await page.click('[data-testid=assignment-form-preview]');
      await page.waitForSelector('[data-testid=error-summary]');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused !== 'error-summary') throw new Error(`focus is on ${focused}, not the error summary`);
      if ((await page.getAttribute('#assignment-title', 'aria-invalid')) !== 'true')
        throw new Error('title is not aria-invalid');
      await assertNoA11yViolations('/assignments/new (errors)');
    },
    { needs: [A] },
  );

  const POSTED = 'assignments a) the visitor submits the assignment and sees "check your e-mail", WCAG ok';
  await check(
    POSTED,
    async () => {
      await page.fill('#assignment-title', title);
      await page.fill(
        '#assignment-description',
        'Wij zoeken een scrum master voor twee teams.\n\nZaakgericht werken, Utrecht.',
      );
      await page.fill('#assignment-region', '3511');
      await page.check('[data-testid=remote-HYBRID]');
      await page.fill('#assignment-hoursPerWeek', '32');
      await page.fill('#assignment-durationWeeks', '26');
      await page.fill('#assignment-rateMinCents', '85');
      await page.fill('#assignment-rateMaxCents', '110,50');
      await page.fill('#assignment-skills', 'Scrum, Jira');
      await page.fill('#assignment-validThrough', validThrough);
      await page.click('[data-testid=add-question]');
      await page.fill('#assignment-questions-0-text', 'Wanneer kun je starten?');
      await page.selectOption('[data-testid=question-0-kind]', 'CHOICE');
      await page.fill('#assignment-questions-0-options-0', 'Direct');
      await page.fill('#assignment-questions-0-options-1', 'Binnen een maand');
      await page.fill('#poster-name', posterName);
      await page.fill('#poster-organisation', posterOrganisation);
      await page.fill('#poster-email', email);
      await page.fill('#poster-phone', '06 12345678');
      await assertNoA11yViolations('/assignments/new (filled in)');
      await page.click('[data-testid=assignment-form-preview]');
      await page.waitForSelector('[data-testid=assignment-preview]');
      await assertNoA11yViolations('/assignments/new (preview)');
      await page.click('[data-testid=assignment-form-submit]');
      try {
        await page.waitForSelector('[data-testid=posting-received]');
      } catch (error) {
        const alert = await page
          .locator('[role=alert]')
          .first()
          .textContent({ timeout: 200 })
          .catch(() => null);
        throw new Error(
          `no confirmation${alert ? `; the page shows "${alert.trim()}"` : ''}: ${error.message.split('\n')[0]}`,
        );
      }
      await assertNoA11yViolations('/assignments/new (received)');
    },
    { needs: [A] },
  );

  // --- b) the verification mail ----------------------------------------------------------------
  const MAIL = 'assignments b) the verification mail arrives with a #token= link';
  await check(
    MAIL,
    async () => {
      const { link, subject } = await waitForMailLink(
        email,
        /https?:\/\/[^\s"'<>]+\/assignments\/verify#token=[A-Za-z0-9_~.%-]+/,
      );
      const url = new URL(link);
      verificationLink = `${spaUrl}${url.pathname}${url.hash}`;
      if (url.origin !== spaOrigin) console.log(`  (the mail links to ${url.origin}; opening it on ${spaOrigin})`);
      console.log(`  mail "${subject}" → ${url.pathname}#token=…`);
    },
    { needs: [POSTED] },
  );

  const VERIFIED = 'assignments b) the link confirms the address (token removed from the address bar), WCAG ok';
  await check(
    VERIFIED,
    async () => {
      await page.goto(verificationLink);
      await page.waitForSelector('[data-testid=verification-done]');
      await page.waitForFunction(() => window.location.hash === '');
      const stored = await page.evaluate(() =>
        Object.keys(window.sessionStorage).filter((key) => key.startsWith('werkbank.manage.')),
      );
      if (stored.length !== 1)
        throw new Error(`expected one management token in sessionStorage, found ${stored.length}`);
      await assertNoA11yViolations('/assignments/verify');
    },
    { needs: [MAIL] },
  );

  // --- c) the admin approves ---------------------------------------------------------------------
  const ADMIN = 'assignments c) admin logs in';
  await check(ADMIN, () => loginAs('admin'), { needs: [VERIFIED] });

  const APPROVED = 'assignments c) admin approves the assignment on /admin/review, WCAG ok';
  await check(
    APPROVED,
    async () => {
      await followHeaderLink(page, '/admin/review');
      await page.waitForURL(`${spaUrl}/admin/review`);
      const item = page.locator('[data-testid=review-item]', { hasText: title });
      await item.waitFor();
      const itemText = await item.textContent();
      if (!itemText?.includes(email)) throw new Error("the review item does not show the poster's e-mail address");
      await assertNoA11yViolations('/admin/review');
      await page.getByRole('button', { name: `Goedkeuren: ${title}`, exact: true }).click();
      await waitForText(page, '[data-testid=review-status]', `“${title}” is goedgekeurd en gepubliceerd.`);
      await item.waitFor({ state: 'detached' });
      await assertNoA11yViolations('/admin/review (approved)');
    },
    { needs: [ADMIN] },
  );

  await check('assignments c) admin logs out', logout, { needs: [ADMIN] });

  // --- d) the public sees it, without the poster -------------------------------------------------
  const FOUND = 'assignments d) a visitor finds it on /assignments by its title, WCAG ok';
  await check(
    FOUND,
    async () => {
      await ensureLoggedOut();
      await followHeaderLink(page, '/assignments');
      await page.waitForURL(`${spaUrl}/assignments`);
      await page.waitForSelector('[data-testid=assignment-search]');
      await assertNoA11yViolations('/assignments');
      await page.fill('#assignment-search-q', title);
      await page.click('[data-testid=assignment-search-submit]');
      await page.waitForURL((url) => url.pathname === '/assignments' && url.searchParams.get('q') === title);
      await page.locator('[data-testid=assignment-item]', { hasText: title }).waitFor();
      await assertNoA11yViolations('/assignments?q=…');
    },
    { needs: [APPROVED] },
  );

  await check(
    'assignments d) its page embeds JobPosting JSON-LD and shows no poster details, WCAG ok',
    async () => {
      await page
        .locator('[data-testid=assignment-item]', { hasText: title })
        .getByRole('link', { name: title })
        .click();
      await page.waitForURL((url) => /^\/assignments\/[0-9a-f-]{36}$/.test(url.pathname));
      await waitForText(page, 'main h1', title);
      const jsonLd = await page.evaluate(() =>
        Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
          (script) => script.textContent ?? '',
        ),
      );
      if (!jsonLd.some((text) => text.includes('JobPosting')))
        throw new Error(`no JobPosting JSON-LD (found ${jsonLd.length} ld+json scripts)`);
      const parsed = JSON.parse(jsonLd.find((text) => text.includes('JobPosting')));
      if (parsed['@type'] !== 'JobPosting') throw new Error(`JSON-LD @type is ${parsed['@type']}`);
      const html = await page.content();
      for (const secret of [posterName, email, posterOrganisation]) {
        if (html.includes(secret)) throw new Error(`the public page contains the poster's "${secret}"`);
      }
      await assertNoA11yViolations('/assignments/:id');
    },
    { needs: [FOUND] },
  );
}
