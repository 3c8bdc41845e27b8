// The job-board list, role-aware actions, the phone action bar, the response form's preview and a
// password reset (issue 16), in chromium against the real stack. Runs after the assignments and
// responses scenarios: it uses the assignment a visitor posted there (anonymous, "E2E opdracht
// scrum master …") and the one the client posted (its own, "E2E opdracht reacties …"), to which the
// professional has responded.
//   a) the list at 390×844: result count, the first result's title on the first screen once the
//      storage choice is made (with the first-visit banner its position is logged), place names
//      and "per uur", "waar" as a labelled choice, no sideways scroll, axe clean;
//   b) sorting by rate and start date gives the API's order for that sort, kept in the address;
//      the province filter;
//   c) the visitor who posted the anonymous assignment holds its management link in this browser
//      (assignments scenario): "Beheren" and no "Reageren"; then, without that link, the
//      (page, role) → visible actions table at 1280×800, axe on every page;
//   d) on a phone the assignment page's "Reageren" bar is on the first screen, reachable by
//      keyboard, and at the end of the page covers no content;
//   e) the response form: the professional's earlier response's status; on another assignment
//      exactly what is sent; a visitor is told they can log in;
//   f) a new client signs up, confirms the e-mail, resets the password through Keycloak's pages
//      and the mail, and logs in with the new password.
import { messageText, waitForMailLink } from './assignments-scenario.mjs';
import { DEFAULT_TIMEOUT_MS, loginAsKeycloakUser, logoutViaMenu } from './lib.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const API_URL = (process.env.API_URL || 'http://localhost:8080').replace(/\/+$/, '');
const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');
const ACTION_LINK = /http:\/\/localhost:\d+\/realms\/werkbank\/login-actions\/action-token\?[^\s"<>]+/;

/** What each role sees on each page: the page's own action links (and "Opdracht plaatsen" in the header). */
const VISIBLE_ACTIONS = {
  list: {
    visitor: ['Opdracht plaatsen'],
    professional: [],
    client: ['Opdracht plaatsen'],
    admin: [],
  },
  'assignment of someone else': {
    visitor: ['Reageren'],
    professional: ['Reageren'],
    client: [],
    admin: ['Beheren'],
  },
  "the client's own assignment": {
    visitor: ['Reageren'],
    professional: ['Reageren'],
    client: ['Beheren'],
    admin: ['Beheren'],
  },
};

/** The action links shown on the current page, by their visible label, and whether the header offers posting. */
const visibleActions = (page) =>
  page.evaluate(() => {
    const shown = (el) => el && el.offsetParent !== null;
    const labels = [];
    const post = document.querySelector('[data-testid=post-assignment-link]');
    if (shown(post)) labels.push(post.textContent.trim());
    for (const id of ['respond-link', 'manage-link']) {
      const link = document.querySelector(`[data-testid=${id}]`);
      if (shown(link)) labels.push(link.textContent.trim());
    }
    return { labels, headerPost: document.querySelector('header a[href="/assignments/new"]') !== null };
  });

/** The most recent mail to `email` with a link matching `pattern`, once there are at least `count` such mails. */
async function waitForNthMailLink(email, pattern, count) {
  const url = `${MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`;
  const deadline = Date.now() + 30_000;
  let seen = 0;
  while (Date.now() < deadline) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const links = (await response.json())
        .map((message) => messageText(String(message.mimeMessage ?? '')).match(pattern)?.[0])
        .filter(Boolean);
      seen = links.length;
      if (links.length >= count) return links[links.length - 1];
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`${seen} mail(s) with a link for ${email}, expected ${count}`);
}

export async function runListpageScenario({ page, check, spaUrl, assertNoA11yViolations }) {
  const spaOrigin = new URL(spaUrl).origin;
  const assignments = {};

  const signedOut = async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${spaUrl}/`);
    await page.waitForSelector('[data-testid=header-login], [data-testid=account-menu-button]', { state: 'attached' });
    if (await page.locator('[data-testid=account-menu-button]').count()) await logoutViaMenu(page);
  };

  const login = async (username, password = 'demo') => {
    await signedOut();
    await page.click('[data-testid=header-login]');
    await loginAsKeycloakUser(page, { username, password, spaUrl });
    await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
  };

  /** The first published assignment whose title starts with `prefix`, from the public API. */
  const findAssignment = async (prefix) => {
    const response = await fetch(`${API_URL}/api/v1/assignments?q=${encodeURIComponent(prefix)}`);
    const found = (await response.json()).items.find((item) => item.title.startsWith(prefix));
    if (!found) throw new Error(`no published assignment "${prefix}…" (did the earlier scenarios run?)`);
    return found;
  };

  const FOUND = 'listpage: the assignments of the earlier scenarios are published';
  await check(FOUND, async () => {
    assignments['assignment of someone else'] = await findAssignment('E2E opdracht scrum master');
    assignments["the client's own assignment"] = await findAssignment('E2E opdracht reacties');
  });

  await check(
    'listpage a) the list at 390×844: count, first result on the first screen, places, per uur, labelled "waar", axe',
    async () => {
      await signedOut();
      await page.setViewportSize(PHONE);
      try {
        await page.goto(`${spaUrl}/assignments`);
        await page.waitForSelector('[data-testid=assignment-item]');
        const firstTitleBottom = () =>
          page.evaluate(() =>
            Math.round(document.querySelector('[data-testid=assignment-item] h3').getBoundingClientRect().bottom),
          );
        const banner = page.locator('[data-testid=storage-consent]');
        if (await banner.count()) {
          console.log(`  with the first-visit storage banner the first title ends at ${await firstTitleBottom()}px`);
          await banner.getByRole('button', { name: 'Alleen noodzakelijk' }).click();
          await banner.waitFor({ state: 'detached' });
        }
        const count = (await page.textContent('[data-testid=assignments-count]'))?.trim() ?? '';
        if (!/^\d+ opdrachten?$/.test(count)) throw new Error(`the result count reads "${count}"`);
        const layout = await page.evaluate(() => {
          const title = document.querySelector('[data-testid=assignment-item] h3');
          const root = document.documentElement;
          return {
            titleBottom: title.getBoundingClientRect().bottom,
            height: window.innerHeight,
            sideways: root.scrollWidth > root.clientWidth,
            meta: [...document.querySelectorAll('[data-testid=assignment-item] .card__meta')].map((p) => p.textContent),
            whereOptions: [...document.querySelectorAll('#assignment-search-where option')].map((o) => o.textContent),
            textInputsForRegion: document.querySelectorAll('input#assignment-search-region').length,
          };
        });
        console.log(`  "${count}", first title ends at ${Math.round(layout.titleBottom)}px of ${layout.height}px`);
        if (layout.sideways) throw new Error('the list scrolls sideways');
        if (layout.titleBottom > layout.height)
          throw new Error(`the first result's title ends at ${layout.titleBottom}px of a ${layout.height}px screen`);
        const meta = layout.meta.join(' | ');
        if (!/\(postcode \d{4}\)|Buitenland/.test(meta)) throw new Error(`no place names in "${meta}"`);
        if (!meta.includes('per uur')) throw new Error(`no "per uur" in "${meta}"`);
        if (/\bABROAD\b/.test(meta)) throw new Error('"ABROAD" is shown');
        for (const option of ['Utrecht', 'Noord-Holland', 'Buitenland'])
          if (!layout.whereOptions.includes(option)) throw new Error(`"waar" has no choice "${option}"`);
        if (layout.textInputsForRegion > 0) throw new Error('the region is still a text field');
        await assertNoA11yViolations('/assignments 390px');
      } finally {
        await page.setViewportSize(DESKTOP);
      }
    },
  );

  await check(
    "listpage b) sorting by rate and by start date shows the API's order, kept in the address; the province filter",
    async () => {
      await page.goto(`${spaUrl}/assignments`);
      await page.waitForSelector('[data-testid=assignment-item]');
      for (const [sort, label] of [
        ['RATE', 'Hoogste tarief eerst'],
        ['START_DATE', 'Vroegste start eerst'],
      ]) {
        await page.selectOption('[data-testid=assignments-sort]', { label });
        await page.waitForURL((url) => url.searchParams.get('sort') === sort);
        const expected = (await (await fetch(`${API_URL}/api/v1/assignments?sort=${sort}`)).json()).items.map(
          (item) => item.title,
        );
        await page.waitForFunction(
          (titles) =>
            JSON.stringify(
              [...document.querySelectorAll('[data-testid=assignment-item] h3')].map((h) => h.textContent.trim()),
            ) === JSON.stringify(titles),
          expected,
          { timeout: DEFAULT_TIMEOUT_MS },
        );
      }
      await assertNoA11yViolations('/assignments sorted');
      await page.selectOption('#assignment-search-where', { label: 'Utrecht' });
      await page.click('[data-testid=assignment-search-submit]');
      await page.waitForURL((url) => url.searchParams.get('province') === 'UTRECHT');
      await page.waitForFunction(() => {
        const metas = [...document.querySelectorAll('[data-testid=assignment-item] .card__meta:first-of-type')];
        const empty = document.querySelector('[data-testid=assignments-empty]');
        return empty || (metas.length > 0 && metas.every((p) => p.textContent.startsWith('Utrecht (postcode')));
      });
    },
  );

  await check(
    'listpage c) the visitor who posted the anonymous assignment (its management link in this browser): Beheren, no Reageren',
    async () => {
      await signedOut();
      await page.goto(`${spaUrl}/assignments/${assignments['assignment of someone else'].id}`);
      await page.waitForSelector('[data-testid=manage-link]');
      const { labels } = await visibleActions(page);
      if (JSON.stringify(labels) !== JSON.stringify(['Beheren']))
        throw new Error(`the poster by link sees [${labels.join(', ')}]`);
      // From here on this browser holds no management link, as for anyone but that poster.
      await page.evaluate(() => {
        for (const key of Object.keys(window.sessionStorage))
          if (key.startsWith('werkbank.manage.')) window.sessionStorage.removeItem(key);
      });
    },
    { needs: [FOUND] },
  );

  const roles = [
    ['visitor', null],
    ['professional', 'professional'],
    ['client', 'client'],
    ['admin', 'admin'],
  ];
  for (const [role, username] of roles) {
    await check(
      `listpage c) ${role}: the visible actions on the list and assignment pages match the table, axe`,
      async () => {
        if (username) await login(username);
        else await signedOut();
        const rows = [];
        for (const [name, expectedByRole] of Object.entries(VISIBLE_ACTIONS)) {
          const path = name === 'list' ? '/assignments' : `/assignments/${assignments[name].id}`;
          await page.goto(`${spaUrl}${path}`);
          await page.waitForSelector(
            name === 'list' ? '[data-testid=assignment-item]' : '[data-testid=assignment-detail]',
          );
          if (username) await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
          const expected = expectedByRole[role];
          // The role-dependent actions appear once the roles are known: wait for them, then compare.
          await page
            .waitForFunction(
              (labels) => {
                const shown = [...document.querySelectorAll('main a')]
                  .filter((a) => a.offsetParent !== null)
                  .map((a) => a.textContent.trim());
                return labels.every((label) => shown.includes(label));
              },
              expected,
              { timeout: 5_000 },
            )
            .catch(() => undefined);
          await page.waitForLoadState('networkidle');
          const { labels, headerPost } = await visibleActions(page);
          rows.push(`${name}: ${labels.join(', ') || '—'}`);
          if (JSON.stringify(labels) !== JSON.stringify(expected))
            throw new Error(`${role} on ${name} sees [${labels.join(', ')}]; expected [${expected.join(', ')}]`);
          if (role === 'professional' && headerPost) throw new Error('the header offers a professional to post');
          await assertNoA11yViolations(`${role} ${path}`);
        }
        console.log(`  ${role}: ${rows.join('; ')}`);
      },
      { needs: [FOUND] },
    );
  }

  await check(
    'listpage d) on a phone "Reageren" sticks to the first screen, is reachable by keyboard and at the end covers nothing',
    async () => {
      // Still signed in as admin from c); a visitor is who the bar is for.
      await signedOut();
      await page.setViewportSize(PHONE);
      try {
        await page.goto(`${spaUrl}/assignments/${assignments['assignment of someone else'].id}`);
        await page.waitForSelector('[data-testid=respond-link-bar]');
        const first = await page.evaluate(() => {
          const bar = document.querySelector('[data-testid=assignment-actions-bar]').getBoundingClientRect();
          const top = document.querySelector('[data-testid=respond-link]');
          return {
            top: bar.top,
            bottom: bar.bottom,
            height: window.innerHeight,
            topLinkShown: top.offsetParent !== null,
          };
        });
        if (first.bottom > first.height + 1 || first.top < first.height - 120)
          throw new Error(`the bar is at ${first.top}–${first.bottom}px of a ${first.height}px screen`);
        if (first.topLinkShown) throw new Error('the wide-screen action row is shown on a phone too');
        const name = await page.getAttribute('[data-testid=respond-link-bar]', 'aria-label');
        if (!name?.startsWith('Reageren op ')) throw new Error(`the bar's link is named "${name}"`);
        let reached = false;
        for (let i = 0; i < 80 && !reached; i += 1) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => document.activeElement?.dataset.testid === 'respond-link-bar');
        }
        if (!reached) throw new Error('Tab never reaches the bar');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const end = await page.evaluate(() => {
          const bar = document.querySelector('[data-testid=assignment-actions-bar]').getBoundingClientRect();
          const links = [...document.querySelectorAll('[data-testid=assignment-detail] > p a[href="/assignments"]')];
          const last = links.at(-1).getBoundingClientRect();
          return { barTop: bar.top, lastBottom: last.bottom };
        });
        if (end.barTop < end.lastBottom)
          throw new Error(`at the end the bar (top ${end.barTop}px) covers the last link (bottom ${end.lastBottom}px)`);
        await assertNoA11yViolations('assignment page 390px with the action bar');
        await page.click('[data-testid=respond-link-bar]');
        await page.waitForURL((url) => url.pathname.endsWith('/respond'));
      } finally {
        await page.setViewportSize(DESKTOP);
      }
    },
    { needs: [FOUND] },
  );

  await check(
    'listpage e) a visitor is told they can log in on the response form, axe',
    async () => {
      await page.goto(`${spaUrl}/assignments/${assignments['assignment of someone else'].id}/respond`);
      await page.waitForSelector('[data-testid=respond-login-hint] [data-testid=respond-login]');
      await assertNoA11yViolations('respond page, visitor');
    },
    { needs: [FOUND] },
  );

  await check(
    'listpage e) the professional sees the status of the earlier response, and elsewhere exactly what is sent, axe',
    async () => {
      await login('professional');
      await page.goto(`${spaUrl}/assignments/${assignments["the client's own assignment"].id}/respond`);
      const already = page.locator('[data-testid=respond-already]');
      await already.waitFor();
      const text = (await already.textContent()) ?? '';
      if (!text.includes('De status van je reactie:')) throw new Error(`the notice reads "${text}"`);
      if (await page.locator('[data-testid=respond-form]').count()) throw new Error('a second form is offered');
      await assertNoA11yViolations('respond page, already responded');

      await page.goto(`${spaUrl}/assignments/${assignments['assignment of someone else'].id}/respond`);
      await page.waitForSelector('[data-testid=respond-sent-details]');
      const sent = await page.evaluate(() =>
        Object.fromEntries(
          ['name', 'email', 'phone', 'cv'].map((field) => [
            field,
            document.querySelector(`[data-testid=respond-sent-${field}]`)?.textContent?.trim(),
          ]),
        ),
      );
      if (!sent.name || !sent.email?.includes('@')) throw new Error(`the preview shows ${JSON.stringify(sent)}`);
      console.log(`  sent with the response: ${JSON.stringify(sent)}`);
      await assertNoA11yViolations('respond page, what is sent');
      await logoutViaMenu(page);
    },
    { needs: [FOUND] },
  );

  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const client = {
    username: `carla.${suffix}`,
    email: `carla.${suffix}@example.nl`,
    password: `Werkbank-${suffix}-2026`,
    newPassword: `Nieuw-${suffix}-2026!`,
  };
  const SIGNED_UP =
    'listpage f) a new client signs up ("ik zoek een professional"), confirms and lands on the start page';
  await check(SIGNED_UP, async () => {
    await signedOut();
    await page.click('[data-testid=header-sign-up]');
    await page.waitForSelector('#kc-register-form');
    await page.fill('#username', client.username);
    await page.fill('#email', client.email);
    await page.fill('#firstName', 'Carla');
    await page.fill('#lastName', `Klant ${suffix}`);
    await page.fill('#password', client.password);
    await page.fill('#password-confirm', client.password);
    await page.check('input[name=werkbank_role][value=client]');
    await page.click('#kc-register-form [type=submit]');
    const { link } = await waitForMailLink(client.email, ACTION_LINK);
    await page.goto(link);
    await page.waitForURL((url) => url.origin === spaOrigin && url.pathname === '/start', { timeout: 20_000 });
    await page.waitForSelector('header a[href="/organisation/assignments"]', { state: 'attached' });
    await logoutViaMenu(page);
  });

  await check(
    'listpage f) the client resets the password through Keycloak and the mail, and logs in with the new one, axe',
    async () => {
      await signedOut();
      await page.click('[data-testid=header-login]');
      await page.waitForSelector('#username');
      await page.click('a[href*="reset-credentials"]');
      await page.waitForSelector('#kc-reset-password-form');
      const title = (await page.locator('#kc-page-title').textContent())?.trim();
      if (title !== 'Wachtwoord vergeten?') throw new Error(`the reset page is titled "${title}"`);
      await assertNoA11yViolations('Keycloak reset password');
      await page.fill('#username', client.email);
      await page.click('#kc-reset-password-form [type=submit]');
      await page.waitForSelector('#username');
      const link = await waitForNthMailLink(client.email, ACTION_LINK, 2);
      await page.goto(link);
      await page.waitForSelector('#password-new');
      await assertNoA11yViolations('Keycloak new password');
      await page.fill('#password-new', client.newPassword);
      await page.fill('#password-confirm', client.newPassword);
      await page.click('[type=submit]');
      await page.waitForURL((url) => url.origin === spaOrigin && !url.pathname.startsWith('/auth/callback'), {
        timeout: 20_000,
      });
      await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
      await logoutViaMenu(page);

      await page.click('[data-testid=header-login]');
      await page.waitForSelector('#username');
      await page.fill('#username', client.username);
      await page.fill('#password', client.password);
      await page.click('#kc-login');
      await page.waitForSelector('#input-error, .kc-feedback-text, .pf-m-danger, .alert-error');
      await loginAsKeycloakUser(page, { username: client.username, password: client.newPassword, spaUrl });
      await page.waitForSelector('[data-testid=account-menu-button]', { state: 'attached' });
      await logoutViaMenu(page);
    },
    { needs: [SIGNED_UP] },
  );

  await check('listpage: signed out at the end', signedOut);
}
