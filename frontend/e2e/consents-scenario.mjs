// Browser scenario for "Consents, privacy notices, job alerts and one-click unsubscribe" (issue 10:
// A-5, C-3, C-4), run by run.mjs after every other scenario (it publishes a material privacy
// notice, after which anyone with a consent is asked about it at login):
//   a) a professional made for this run at Keycloak (verified address) logs in, opens
//      "Opdrachtmeldingen" from "Mijn privacy", switches job alerts on and saves a search
//   b) a visitor posts a matching assignment (API), confirms it by the mailed link (GreenMail, API)
//      and the admin approves it on /admin/review
//   c) the digest arrives in GreenMail with the assignment, the RFC 8058 headers and a visible
//      unsubscribe link; opening the link shows the confirmation page and changes nothing; its
//      button unsubscribes; "Mijn toestemmingen" shows the job-alerts switch off
//   d) the professional grants "Automatisch matchen"; the privacy officer publishes a material
//      notice (API); at the next login a labelled modal dialog asks about it (focus inside, Tab
//      kept in); Escape leaves the consent standing; at the login after that keeping it ends the
//      question
// axe-core (WCAG 2.0/2.1 A+AA, serious/critical fail) runs on every page visited.
import { messageText, waitForMailLink } from './assignments-scenario.mjs';
import { createProfessional } from './erasure-scenario.mjs';
import { checkA11y, followHeaderLink, loginAsKeycloakUser, logoutViaMenu, waitForText } from './lib.mjs';

const API_URL = (process.env.API_URL || 'http://localhost:8080').replace(/\/+$/, '');
const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');
const PASSWORD = process.env.E2E_PASSWORD || 'demo';
// The first digest goes on the job-alert scheduler's next tick after the publication (1 minute by
// default; make test-e2e sets 10 s), then through the outbox.
const DIGEST_WAIT_MS = Number(process.env.E2E_DIGEST_WAIT_MS ?? 150_000);
const UNSUBSCRIBE_LINK = /https?:\/\/[^\s"'<>]+\/unsubscribe#u=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

async function assertAccessible(page, label) {
  const { blocking } = await checkA11y(page, { label });
  if (blocking.length > 0) {
    throw new Error(
      `${blocking.length} serious/critical WCAG violation(s) on ${label}: ${blocking.map((v) => v.id).join(', ')}`,
    );
  }
}

/** A call to the API, anonymous or with a token; answers { status, json }. */
async function api(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      // S-4: state-changing requests without a token need it, as the SPA sends it.
      ...(method !== 'GET' ? { 'X-Requested-With': 'werkbank' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** The SPA's access token of the person signed in on `page`. */
async function accessToken(page) {
  const token = await page.evaluate(() => {
    const key = Object.keys(window.sessionStorage).find((k) => k.startsWith('oidc.user'));
    return key ? JSON.parse(window.sessionStorage.getItem(key)).access_token : null;
  });
  if (!token) throw new Error('no access token in sessionStorage');
  return token;
}

/** Polls GreenMail until a message for `email` mentions `text`; returns { raw, text, subject }. */
async function waitForMailMentioning(email, text, timeout) {
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
          const readable = messageText(raw);
          if (readable.includes(text)) return { raw, text: readable, subject: message.subject };
        }
        lastProblem = `${list.length} message(s), none mentioning it`;
      } else {
        lastProblem = `GreenMail answered ${response.status}`;
      }
    } catch (error) {
      lastProblem = `GreenMail not reachable at ${MAIL_API_URL}: ${error?.message ?? error}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error(`no mail for ${email} mentioning "${text}" within ${timeout} ms (${lastProblem})`);
}

/** The headers of a raw message, unfolded, as "name: value" lines. */
function headerLines(raw) {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  return head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

export async function runConsentsScenario({ page, check, spaUrl }) {
  const browser = page.context().browser();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `E2E opdracht melding ${suffix}`;
  const context = await browser.newContext({ locale: 'nl-NL' });
  const own = await context.newPage();
  let user;
  let unsubscribeLink;

  const login = async () => {
    await own.goto(`${spaUrl}/`);
    await own.waitForSelector('[data-testid=header-login]');
    await own.click('[data-testid=header-login]');
    await loginAsKeycloakUser(own, { username: user.username, password: user.password, spaUrl });
    await own.waitForSelector('[data-testid=account-menu-button]');
  };
  const openConsents = async () => {
    await followHeaderLink(own, '/privacy');
    await own.getByRole('link', { name: 'Mijn toestemmingen bekijken en wijzigen' }).click();
    await own.waitForURL((url) => url.pathname === '/privacy/consents');
    await own.waitForSelector('[data-testid=purpose-profiling]');
  };
  const switchOf = (purpose) => own.locator(`[data-testid=purpose-${purpose}] [role=switch]`);
  const dialog = own.locator('[role=dialog][aria-modal=true]');

  try {
    const MADE = 'consents a) a professional with a verified address is created at Keycloak for this run';
    await check(MADE, async () => {
      user = await createProfessional({ prefix: 'consent' });
    });

    const ALERTS_ON =
      'consents a) they save a search and switch job alerts on at Opdrachtmeldingen (from Mijn privacy), WCAG ok';
    await check(
      ALERTS_ON,
      async () => {
        await login();
        await followHeaderLink(own, '/privacy');
        await own.getByRole('link', { name: 'Opdrachtmeldingen', exact: true }).click();
        await own.waitForURL((url) => url.pathname === '/job-alerts');
        await own.waitForSelector('[data-testid=job-alerts-switch]');
        await assertAccessible(own, '/job-alerts');
        await own.getByLabel('Zoekwoorden').fill(title);
        await own.getByRole('button', { name: 'Zoekopdracht opslaan' }).click();
        await own.waitForSelector('[data-testid=job-alert-saved]');
        await own.click('[data-testid=job-alerts-switch]');
        await waitForText(own, '[data-testid=job-alert-state]', `Meldingen staan aan en gaan naar ${user.email}.`);
        await assertAccessible(own, '/job-alerts (on, saved)');
      },
      { needs: [MADE] },
    );

    const POSTED = 'consents b) a visitor posts a matching assignment and confirms it by the mailed link (API)';
    await check(
      POSTED,
      async () => {
        const poster = `poster.${suffix}@example.nl`;
        const posted = await api('/api/v1/assignments', {
          method: 'POST',
          body: {
            assignment: {
              title,
              description: 'Een opdracht om de opdrachtmelding te testen.',
              region: '3511',
              remote: 'HYBRID',
              skills: ['Scrum'],
              questions: [],
              validThrough: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
            },
            poster: { name: 'Paula Plaatser', organisation: 'Gemeente Testdorp', email: poster, phone: '06 12345678' },
          },
        });
        if (posted.status !== 202) throw new Error(`POST /api/v1/assignments answered ${posted.status}`);
        const { link } = await waitForMailLink(
          poster,
          /https?:\/\/[^\s"'<>]+\/assignments\/verify#token=[A-Za-z0-9_~.%-]+/,
        );
        const token = decodeURIComponent(new URL(link).hash.replace('#token=', ''));
        const verified = await api('/api/v1/assignment-verifications', { method: 'POST', body: { token } });
        if (verified.status !== 200)
          throw new Error(`POST /api/v1/assignment-verifications answered ${verified.status}`);
      },
      { needs: [ALERTS_ON] },
    );

    const APPROVED = 'consents b) the admin approves it on /admin/review, WCAG ok';
    await check(
      APPROVED,
      async () => {
        const adminContext = await browser.newContext({ locale: 'nl-NL' });
        try {
          const admin = await adminContext.newPage();
          await admin.goto(`${spaUrl}/`);
          await admin.click('[data-testid=header-login]');
          await loginAsKeycloakUser(admin, { username: 'admin', password: PASSWORD, spaUrl });
          await admin.waitForSelector('[data-testid=account-menu-button]');
          await followHeaderLink(admin, '/admin/review');
          await admin.locator('[data-testid=review-item]', { hasText: title }).waitFor();
          await admin.getByRole('button', { name: `Goedkeuren: ${title}`, exact: true }).click();
          await waitForText(admin, '[data-testid=review-status]', `“${title}” is goedgekeurd en gepubliceerd.`);
          await assertAccessible(admin, '/admin/review (approved)');
          await logoutViaMenu(admin);
        } finally {
          await adminContext.close();
        }
      },
      { needs: [POSTED] },
    );

    const DIGEST =
      'consents c) the digest arrives with the assignment, List-Unsubscribe(-Post) headers and a visible unsubscribe link';
    await check(
      DIGEST,
      async () => {
        const mail = await waitForMailMentioning(user.email, title, DIGEST_WAIT_MS);
        const visible = mail.text.match(UNSUBSCRIBE_LINK);
        if (!visible) throw new Error(`the digest "${mail.subject}" has no visible unsubscribe link`);
        const headers = headerLines(mail.raw);
        const listUnsubscribe = headers.find((line) => /^List-Unsubscribe:/i.test(line));
        if (!listUnsubscribe || !/<https?:\/\/[^>]+>/.test(listUnsubscribe))
          throw new Error(`List-Unsubscribe is "${listUnsubscribe}"`);
        if (!headers.some((line) => /^List-Unsubscribe-Post:\s*List-Unsubscribe=One-Click\s*$/i.test(line)))
          throw new Error('no "List-Unsubscribe-Post: List-Unsubscribe=One-Click" header');
        const url = new URL(visible[0]);
        unsubscribeLink = `${spaUrl}${url.pathname}${url.hash}`;
        console.log(`  digest "${mail.subject}" → ${url.pathname}#u=…`);
      },
      { needs: [APPROVED] },
    );

    const CONFIRM_PAGE = 'consents c) the link opens the confirmation page, which changes nothing, WCAG ok';
    await check(
      CONFIRM_PAGE,
      async () => {
        await own.goto(unsubscribeLink);
        await own.waitForSelector('[data-testid=unsubscribe-confirm]');
        await own.waitForFunction(() => window.location.hash === '');
        const alert = await api('/api/v1/me/job-alerts', { token: await accessToken(own) });
        if (alert.json?.consent !== 'GRANTED')
          throw new Error(`opening the page changed the consent to ${alert.json?.consent}`);
        await assertAccessible(own, '/unsubscribe');
      },
      { needs: [DIGEST] },
    );

    const UNSUBSCRIBED =
      'consents c) its button unsubscribes and Mijn toestemmingen shows the job-alerts switch off, WCAG ok';
    await check(
      UNSUBSCRIBED,
      async () => {
        await own.click('[data-testid=unsubscribe-confirm]');
        await waitForText(
          own,
          '[data-testid=unsubscribe-done] p',
          'Je bent afgemeld voor “Opdrachtmeldingen”. Je ontvangt hiervoor geen berichten meer, ook niet als ze al klaarstonden.',
        );
        await assertAccessible(own, '/unsubscribe (done)');
        await openConsents();
        const jobAlerts = switchOf('job-alerts');
        await jobAlerts.waitFor();
        if (await jobAlerts.isChecked()) throw new Error('the job-alerts switch is still on');
        const name = await jobAlerts.evaluate((element) => element.closest('label')?.textContent?.trim());
        if (name !== 'Opdrachtmeldingen: uit') throw new Error(`the switch reads "${name}"`);
        await assertAccessible(own, '/privacy/consents');
      },
      { needs: [CONFIRM_PAGE] },
    );

    const MATERIAL =
      'consents d) the professional grants Automatisch matchen; the privacy officer publishes a material notice (API)';
    await check(
      MATERIAL,
      async () => {
        if (!own.url().endsWith('/privacy/consents')) await openConsents();
        await switchOf('profiling').click();
        await own.waitForFunction(
          () => document.querySelector('[data-testid=purpose-profiling] [role=switch]')?.checked === true,
        );
        const officerContext = await browser.newContext({ locale: 'nl-NL' });
        try {
          const officer = await officerContext.newPage();
          await officer.goto(`${spaUrl}/`);
          await officer.click('[data-testid=header-login]');
          await loginAsKeycloakUser(officer, { username: 'privacy', password: PASSWORD, spaUrl });
          await officer.waitForSelector('[data-testid=account-menu-button]');
          const published = await api('/api/v1/admin/privacy-notices', {
            token: await accessToken(officer),
            method: 'POST',
            body: {
              textNl: `Privacyverklaring met een belangrijke wijziging (${suffix}).`,
              textEn: `Privacy notice with a material change (${suffix}).`,
              material: true,
            },
          });
          if (published.status !== 201)
            throw new Error(`POST /api/v1/admin/privacy-notices answered ${published.status}`);
          await logoutViaMenu(officer);
        } finally {
          await officerContext.close();
        }
      },
      { needs: [UNSUBSCRIBED] },
    );

    const ASKED =
      'consents d) at the next login a labelled modal dialog asks about it, focus kept inside, WCAG ok; Escape leaves the consent standing';
    await check(
      ASKED,
      async () => {
        await logoutViaMenu(own);
        await login();
        await dialog.waitFor();
        const label = await dialog.evaluate(
          (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent,
        );
        if (label !== 'Onze privacyverklaring is gewijzigd') throw new Error(`the dialog is labelled "${label}"`);
        await dialog.locator('[data-testid=notice-dialog-profiling]').waitFor();
        for (let step = 0; step < 7; step += 1) {
          const inside = await dialog.evaluate((element) => element.contains(document.activeElement));
          if (!inside) throw new Error(`after ${step} Tab(s) focus left the dialog`);
          await own.keyboard.press('Tab');
        }
        await assertAccessible(own, 'notice dialog after login');
        await own.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await openConsents();
        if (!(await switchOf('profiling').isChecked())) throw new Error('the consent did not stand after Escape');
        await own.waitForSelector('[data-testid=reconfirm]');
      },
      { needs: [MATERIAL] },
    );

    await check(
      'consents d) at the login after that it asks again; keeping the consent ends the question, WCAG ok',
      async () => {
        await logoutViaMenu(own);
        await login();
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Houden: Automatisch matchen' }).click();
        await dialog.locator('[data-testid=notice-dialog-done]').waitFor();
        await assertAccessible(own, 'notice dialog (answered)');
        await dialog.getByRole('button', { name: 'Sluiten' }).click();
        await dialog.waitFor({ state: 'detached' });
        await openConsents();
        if (!(await switchOf('profiling').isChecked())) throw new Error('the kept consent is off');
        if (await own.locator('[data-testid=reconfirm]').count()) throw new Error('the consents page still asks');
        await assertAccessible(own, '/privacy/consents (confirmed)');
      },
      { needs: [ASKED] },
    );
  } finally {
    await context.close();
  }
}
