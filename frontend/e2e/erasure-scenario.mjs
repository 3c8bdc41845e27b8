// Browser scenario for "Erasure, also at the identity provider" (D-4, issue 9), run by run.mjs
// after the other scenarios, in a fresh browser context of the same browser and check runner.
//   a) a demo-like professional is created for this run through Keycloak's Admin REST API
//      (master realm admin: KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD from config/stack.env)
//   b) they log in to the SPA through Keycloak and the API knows them (GET /api/v1/me)
//   c) with the SPA's access token they ask for ERASURE (POST /api/v1/me/requests): completed at once
//   d) the backend's confidential client werkbank-erasure deleted the user: the Admin API answers 404
//   e) the old access token no longer brings the account back (403), and logging in again fails at
//      Keycloak ("invalid username or password")
import { randomUUID } from 'node:crypto';
import { loginAsKeycloakUser } from './lib.mjs';

const KEYCLOAK_URL = (process.env.KEYCLOAK_URL || 'http://localhost:8180').replace(/\/+$/, '');
const API_URL = (process.env.API_URL || 'http://localhost:8080').replace(/\/+$/, '');
const ADMIN_USER = process.env.KEYCLOAK_ADMIN_USER || 'admin';
const ADMIN_PASSWORD = process.env.KEYCLOAK_ADMIN_PASSWORD || 'admin-dev';
const REALM = 'werkbank';
const DELETION_WAIT_MS = Number(process.env.E2E_ERASURE_WAIT_MS ?? 15_000);

async function adminToken() {
  const response = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: ADMIN_USER,
      password: ADMIN_PASSWORD,
    }),
  });
  if (!response.ok) throw new Error(`Keycloak admin token: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

export async function admin(path, { method = 'GET', body } = {}) {
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await adminToken()}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response;
}

/** A professional like the demo users, with a password and a verified address; returns { id, username, password, email }. */
export async function createProfessional({ prefix = 'erase' } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const username = `${prefix}-${suffix}`;
  const password = `Erase-${randomUUID()}`;
  const created = await admin('/users', {
    method: 'POST',
    body: {
      username,
      enabled: true,
      emailVerified: true,
      firstName: 'Eef',
      lastName: `Erasure ${suffix}`,
      email: `${username}@example.nl`,
      attributes: { locale: ['nl'] },
      credentials: [{ type: 'password', value: password, temporary: false }],
    },
  });
  if (created.status !== 201) throw new Error(`creating the user: HTTP ${created.status}`);
  const id = created.headers.get('location').split('/').pop();
  const role = await (await admin('/roles/professional')).json();
  const mapped = await admin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: [role] });
  if (mapped.status !== 204) throw new Error(`giving the professional role: HTTP ${mapped.status}`);
  return { id, username, password, email: `${username}@example.nl` };
}

async function api(token, path, { method = 'GET', body } = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

export async function runErasureScenario({ page, check, spaUrl }) {
  const browser = page.context().browser();
  const context = await browser.newContext({ locale: 'nl-NL' });
  const own = await context.newPage();
  let user;
  let token;
  try {
    await check('erasure: a professional is created at Keycloak for this run', async () => {
      user = await createProfessional();
    });

    await check(
      'erasure: the professional logs in through Keycloak and the API knows them',
      async () => {
        await own.goto(`${spaUrl}/`);
        await own.click('[data-testid=header-login]');
        await loginAsKeycloakUser(own, { username: user.username, password: user.password, spaUrl });
        await own.waitForSelector('[data-testid=account-menu-button]');
        token = await own.evaluate(() => {
          const key = Object.keys(window.sessionStorage).find((k) => k.startsWith('oidc.user'));
          return key ? JSON.parse(window.sessionStorage.getItem(key)).access_token : null;
        });
        if (!token) throw new Error('no access token in sessionStorage');
        const me = await api(token, '/api/v1/me');
        if (me.status !== 200) throw new Error(`GET /api/v1/me answered ${me.status}`);
      },
      { needs: ['erasure: a professional is created at Keycloak for this run'] },
    );

    await check(
      'erasure: ERASURE through the API completes at once',
      async () => {
        const filed = await api(token, '/api/v1/me/requests', { method: 'POST', body: { type: 'ERASURE' } });
        if (filed.status !== 202) throw new Error(`POST /api/v1/me/requests answered ${filed.status}`);
        if (filed.json?.status !== 'COMPLETED') throw new Error(`the request is ${filed.json?.status}`);
      },
      { needs: ['erasure: the professional logs in through Keycloak and the API knows them'] },
    );

    await check(
      'erasure: the user is gone from the realm (deleted by the werkbank-erasure client)',
      async () => {
        const deadline = Date.now() + DELETION_WAIT_MS;
        let status;
        do {
          status = (await admin(`/users/${user.id}`)).status;
          if (status === 404) return;
          await new Promise((resolve) => setTimeout(resolve, 500));
        } while (Date.now() < deadline);
        throw new Error(`GET /admin/realms/${REALM}/users/{id} still answers ${status}`);
      },
      { needs: ['erasure: ERASURE through the API completes at once'] },
    );

    await check(
      'erasure: the old token does not bring the account back, and logging in again fails',
      async () => {
        const me = await api(token, '/api/v1/me');
        if (me.status !== 403) throw new Error(`GET /api/v1/me with the old token answered ${me.status}`);
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
      { needs: ['erasure: the user is gone from the realm (deleted by the werkbank-erasure client)'] },
    );
  } finally {
    await context.close();
  }
}
