// Browser scenario for "Responses to assignments, mail that is never lost, placements and fees"
// (R-1..R-5, A-7), run by run.mjs after the other scenarios, in the same browser and check runner.
// The database may already hold what earlier scenarios made (the client's organisation, Petra's
// profile): every step copes with both.
//   a) the client (Kees Jansen) registers an organisation if he has none, posts an assignment with
//      one required yes/no question on /assignments/new and submits it for review on /manage/:id
//   b) the admin approves it on /admin/review
//   c) the professional (Petra de Vries) makes sure she has a profile with a contact e-mail
//      address, opens the assignment, responds (answer, motivation, a small real PDF as CV) and
//      sees "forwarded to the poster of …"
//   d) the poster's mail (GreenMail REST, the client's account address) has the response with the
//      PDF attached
//   e) the client sets the response to SHORTLISTED on /manage/:id
//   f) the professional sees "Op de shortlist" on /responses
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
import { followHeaderLink, loginAsKeycloakUser, logoutViaMenu, onePagePdf, waitForText } from './lib.mjs';
import { messageText } from './assignments-scenario.mjs';

const PASSWORD = process.env.E2E_PASSWORD || 'demo';
const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');
const MAIL_WAIT_MS = Number(process.env.E2E_MAIL_WAIT_MS ?? 30_000);
const POSTER_EMAIL = process.env.E2E_CLIENT_EMAIL || 'kees.jansen@example.nl';

/** A real PDF: the server parses it. */
const PDF = onePagePdf();

/** The MIME parts of a raw message whose headers say attachment with a .pdf file name; their decoded bytes. */
export function pdfAttachments(raw) {
  const found = [];
  const partPattern = /(?:^|\r?\n)((?:[\w-]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)+)\r?\n([^]*?)(?=\r?\n--)/g;
  for (const [, headers, body] of raw.matchAll(partPattern)) {
    const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
    if (!/Content-Disposition:\s*attachment/i.test(unfolded)) continue;
    const name = /filename\*?=\s*(?:UTF-8'')?"?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? '';
    if (!/\.pdf$/i.test(decodeURIComponent(name))) continue;
    const base64 = /Content-Transfer-Encoding:\s*base64/i.test(unfolded);
    found.push({
      name: decodeURIComponent(name),
      bytes: base64 ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : Buffer.from(body),
    });
  }
  return found;
}

/** Polls GreenMail until a message for `email` satisfies `accept(message, text)`; returns it. */
async function waitForMail(email, accept, { timeout = MAIL_WAIT_MS } = {}) {
  const url = `${MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`;
  const deadline = Date.now() + timeout;
  let lastProblem = 'no message yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const messages = await response.json();
        const list = Array.isArray(messages) ? messages : [];
        for (const message of list) {
          const raw = String(message.mimeMessage ?? '');
          if (accept(message, messageText(raw), raw)) return message;
        }
        lastProblem = `${list.length} message(s), none matching`;
      } else {
        lastProblem = `GreenMail answered ${response.status}`;
      }
    } catch (error) {
      lastProblem = `GreenMail not reachable at ${MAIL_API_URL}: ${error?.message ?? error}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`no matching mail for ${email} within ${timeout} ms (${lastProblem})`);
}

export async function runResponsesScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `E2E opdracht reacties ${suffix}`;
  const question = 'Heb je een geldige VOG?';
  const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  const validThrough = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  let assignmentId;
  let respondentName = 'Petra de Vries';

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
  const navigate = async (path) => {
    await followHeaderLink(page, path);
    await page.waitForURL(`${spaUrl}${path}`);
  };
  const alertText = async () =>
    (
      await page
        .locator('[role=alert]')
        .first()
        .textContent({ timeout: 200 })
        .catch(() => null)
    )?.trim();

  // --- a) the client posts ------------------------------------------------------------------------
  const A = 'responses a) client logs in';
  await check(A, () => loginAs('client'));

  const ORG = 'responses a) the client has an organisation (registered now if not), WCAG ok';
  await check(
    ORG,
    async () => {
      await navigate('/organisation');
      await page.waitForSelector('[data-testid=organisation-form], [data-testid=organisation-name]');
      if (await page.locator('[data-testid=organisation-form]').count()) {
        await assertNoA11yViolations('/organisation (register)');
        await page.fill('#organisation-name-input', `E2E Reacties ${suffix} BV`);
        await page.fill('#organisation-kvk-input', kvkNumber);
        await page.click('[data-testid=organisation-register]');
        await page.waitForSelector('[data-testid=organisation-name]');
        console.log(`  registered an organisation (KvK ${kvkNumber})`);
      } else {
        console.log(
          `  the client already has "${(await page.textContent('[data-testid=organisation-name]'))?.trim()}"`,
        );
      }
      await assertNoA11yViolations('/organisation');
    },
    { needs: [A] },
  );

  const POSTED =
    'responses a) client posts an assignment with a required yes/no question → /manage/:id (draft), WCAG ok';
  await check(
    POSTED,
    async () => {
      await navigate('/assignments/new');
      await page.waitForSelector('[data-testid=assignment-form]');
      await assertNoA11yViolations('/assignments/new (client)');
      await page.fill('#assignment-title', title);
      await page.fill('#assignment-description', 'Wij zoeken een scrum master.\n\nReageren kan via Werkbank.');
      await page.fill('#assignment-region', '3511');
      await page.check('[data-testid=remote-HYBRID]');
      await page.fill('#assignment-hoursPerWeek', '32');
      await page.fill('#assignment-validThrough', validThrough);
      await page.click('[data-testid=add-question]');
      await page.fill('#assignment-questions-0-text', question);
      await page.selectOption('[data-testid=question-0-kind]', 'YES_NO');
      await page.check('#assignment-questions-0-required');
      await page.click('[data-testid=assignment-form-preview]');
      await page.click('[data-testid=assignment-form-submit]');
      try {
        await page.waitForURL((url) => /^\/manage\/[0-9a-f-]{36}$/.test(url.pathname));
      } catch (error) {
        const alert = await alertText();
        throw new Error(
          `not on /manage/:id${alert ? `; the page shows "${alert}"` : ''}: ${error.message.split('\n')[0]}`,
        );
      }
      assignmentId = new URL(page.url()).pathname.split('/').pop();
      await waitForText(page, 'main h1', title);
      await assertNoA11yViolations('/manage/:id (draft)');
    },
    { needs: [ORG] },
  );

  const SUBMITTED = 'responses a) client submits it for review on /manage/:id';
  await check(
    SUBMITTED,
    async () => {
      await page.click('[data-testid=manage-submit]');
      await page.waitForSelector('[data-testid=assignment-status][data-status=PENDING_REVIEW]');
      await assertNoA11yViolations('/manage/:id (submitted)');
    },
    { needs: [POSTED] },
  );

  await check('responses a) client logs out', logout, { needs: [A] });

  // --- b) the admin approves ----------------------------------------------------------------------
  const B = 'responses b) admin logs in';
  await check(B, () => loginAs('admin'), { needs: [SUBMITTED] });

  const APPROVED = 'responses b) admin approves it on /admin/review, WCAG ok';
  await check(
    APPROVED,
    async () => {
      await navigate('/admin/review');
      const item = page.locator('[data-testid=review-item]', { hasText: title });
      await item.waitFor();
      await assertNoA11yViolations('/admin/review');
      await page.getByRole('button', { name: `Goedkeuren: ${title}`, exact: true }).click();
      await waitForText(page, '[data-testid=review-status]', `“${title}” is goedgekeurd en gepubliceerd.`);
      await assertNoA11yViolations('/admin/review (approved)');
    },
    { needs: [B] },
  );

  await check('responses b) admin logs out', logout, { needs: [B] });

  // --- c) the professional responds -----------------------------------------------------------------
  const C = 'responses c) professional logs in';
  await check(C, () => loginAs('professional'), { needs: [APPROVED] });

  const PROFILE = 'responses c) the professional has a profile with a contact e-mail address, WCAG ok';
  await check(
    PROFILE,
    async () => {
      await navigate('/profile');
      await page.waitForSelector('[data-testid=profile-save]');
      const isNew = (await page.locator('[data-testid=profile-new]').count()) > 0;
      let email = await page.inputValue('#profile-contact-email');
      if (isNew || !email.trim()) {
        if (isNew) {
          await page.fill('#profile-displayName', 'Petra de Vries');
          await page.fill('#profile-headline', 'Scrum master en projectleider');
        }
        email = `petra.e2e.${suffix}@example.nl`;
        await page.fill('#profile-contact-email', email);
        await page.click('[data-testid=profile-save]');
        await page.waitForFunction(
          () => (document.querySelector('[data-testid=profile-status]')?.textContent ?? '').trim() !== '',
        );
        if (await page.locator('[data-testid=error-summary]').count())
          throw new Error(`profile not saved: ${await alertText()}`);
        console.log(`  ${isNew ? 'created a profile' : 'added a contact e-mail address'} (${email})`);
      } else {
        console.log(`  existing profile, contact e-mail ${email}`);
      }
      respondentName = (await page.inputValue('#profile-displayName')).trim() || respondentName;
      await assertNoA11yViolations('/profile');
    },
    { needs: [C] },
  );

  const FORM = 'responses c) the assignment page links to the response form with the yes/no question, WCAG ok';
  await check(
    FORM,
    async () => {
      await page.goto(`${spaUrl}/assignments/${assignmentId}`);
      await waitForText(page, 'main h1', title);
      await assertNoA11yViolations('/assignments/:id');
      await page.click('[data-testid=respond-link]');
      await page.waitForURL(`${spaUrl}/assignments/${assignmentId}/respond`);
      await page.waitForSelector('[data-testid=respond-form]');
      const legend = (await page.textContent('#respond-answer-0 legend'))?.trim() ?? '';
      if (!legend.startsWith(question) || !legend.includes('verplicht'))
        throw new Error(`the question's legend reads "${legend}"`);
      if (await page.locator('[data-testid=respond-privacy]').count())
        throw new Error('a signed-in professional is asked for their details');
      await assertNoA11yViolations('/assignments/:id/respond');
    },
    { needs: [PROFILE] },
  );

  await check(
    'responses c) submitting without answers shows the errors (summary focused), WCAG ok',
    async () => {
      await page.click('[data-testid=respond-submit]');
      await page.waitForSelector('[data-testid=error-summary]');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused !== 'error-summary') throw new Error(`focus is on ${focused}, not the error summary`);
      await page.waitForSelector('[data-testid=respond-answer-0-error]');
      await assertNoA11yViolations('/assignments/:id/respond (errors)');
    },
    { needs: [FORM] },
  );

  const SENT =
    'responses c) professional responds (yes, motivation, PDF) and sees "forwarded to the poster of …", WCAG ok';
  await check(
    SENT,
    async () => {
      await page.check('[data-testid=respond-answer-0-0]');
      await page.fill('#respond-motivation', 'Ik heb vijf jaar ervaring als scrum master bij gemeenten.');
      await page.setInputFiles('[data-testid=respond-cv]', {
        name: `cv-e2e-${suffix}.pdf`,
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await assertNoA11yViolations('/assignments/:id/respond (filled in)');
      await page.click('[data-testid=respond-submit]');
      try {
        await page.waitForSelector('[data-testid=response-sent]');
      } catch (error) {
        const alert = await alertText();
        throw new Error(
          `no confirmation${alert ? `; the page shows "${alert}"` : ''}: ${error.message.split('\n')[0]}`,
        );
      }
      const text = (await page.textContent('[data-testid=response-sent]')) ?? '';
      if (!text.includes(`doorgestuurd naar de opdrachtgever van “${title}”`))
        throw new Error(`confirmation reads "${text.trim()}"`);
      await assertNoA11yViolations('/assignments/:id/respond (sent)');
    },
    { needs: [FORM] },
  );

  await check('responses c) professional logs out', logout, { needs: [C] });

  // --- d) the poster's mail ------------------------------------------------------------------------
  await check(
    `responses d) the poster (${POSTER_EMAIL}) gets the response mail with the PDF attached`,
    async () => {
      const message = await waitForMail(
        POSTER_EMAIL,
        (_, text, raw) => text.includes(title) && pdfAttachments(raw).length > 0,
      );
      const [attachment] = pdfAttachments(String(message.mimeMessage));
      if (!attachment.bytes.subarray(0, 5).toString('latin1').startsWith('%PDF'))
        throw new Error(`attachment ${attachment.name} is not the PDF`);
      console.log(`  mail "${message.subject}" with attachment ${attachment.name} (${attachment.bytes.length} bytes)`);
    },
    { needs: [SENT] },
  );

  // --- e) the client shortlists -----------------------------------------------------------------------
  const E = 'responses e) client logs in';
  await check(E, () => loginAs('client'), { needs: [SENT] });

  const SHORTLISTED = `responses e) client sees the response of ${respondentName} on /manage/:id and shortlists it, WCAG ok`;
  await check(
    SHORTLISTED,
    async () => {
      await page.goto(`${spaUrl}/manage/${assignmentId}`);
      await waitForText(page, 'main h1', title);
      const item = page.locator('[data-testid=received-response]', { hasText: respondentName });
      await item.waitFor();
      const itemText = (await item.textContent()) ?? '';
      if (!itemText.includes('Ja')) throw new Error('the answer "Ja" is not shown');
      if ((await item.locator('[data-testid=received-cv]').count()) !== 1) throw new Error('no CV download offered');
      await assertNoA11yViolations('/manage/:id (responses)');
      await item.locator('[data-testid=received-status-select]').selectOption('SHORTLISTED');
      await item.locator('[data-testid=received-status-submit]').click();
      await item.locator('[data-testid=received-response-status][data-status=SHORTLISTED]').waitFor();
      await assertNoA11yViolations('/manage/:id (shortlisted)');
    },
    { needs: [E] },
  );

  await check('responses e) client logs out', logout, { needs: [E] });

  // --- f) the professional sees it --------------------------------------------------------------------
  const F = 'responses f) professional logs in';
  await check(F, () => loginAs('professional'), { needs: [SHORTLISTED] });

  await check(
    'responses f) /responses ("Mijn reacties") shows the status "Op de shortlist" for the assignment, WCAG ok',
    async () => {
      await navigate('/responses');
      const item = page.locator('[data-testid=my-response]', { hasText: title });
      await item.waitFor();
      const status = ((await item.locator('[data-testid=my-response-status]').textContent()) ?? '').trim();
      if (status !== 'Op de shortlist') throw new Error(`status reads "${status}"`);
      const forwarded = ((await item.locator('[data-testid=my-response-forwarded]').textContent()) ?? '').trim();
      if (!forwarded.includes(`de opdrachtgever van “${title}”`))
        throw new Error(`forwarded text reads "${forwarded}"`);
      await assertNoA11yViolations('/responses');
    },
    { needs: [F] },
  );

  await check('responses f) professional logs out', logout, { needs: [F] });
}
