// Shared by the make cluster-test scripts (issue 14, S-8): the API through the load balancer,
// the database of the cluster (psql with the PG* variables scripts/lib/cluster.sh sets), the
// job board's token from Keycloak and the mail catcher's REST API.
import { execFileSync } from 'node:child_process';

export const API_URL = (process.env.API_URL || 'http://localhost:8081').replace(/\/+$/, '');
export const KEYCLOAK_URL = (process.env.KEYCLOAK_URL || 'http://localhost:8180').replace(/\/+$/, '');
export const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8025').replace(/\/+$/, '');
export const INSTANCES = (process.env.CLUSTER_PORTS || '8082 8083').split(/[ ,]+/).filter(Boolean);

/** Rows of a query as arrays of strings (psql unaligned, tab-separated). */
export function sql(statement) {
  const out = execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-F', '\t', '-c', statement], {
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

export function sqlValue(statement) {
  const rows = sql(statement);
  return rows.length ? rows[0][0] : null;
}

/** A call through the load balancer; answers { status, json, instance, headers }. */
export async function api(path, { token, method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      // S-4: state-changing requests without a token need it, as the SPA sends it.
      ...(method !== 'GET' ? { 'X-Requested-With': 'werkbank' } : {}),
      // S-4: state-changing requests without a token need it, as the SPA sends it.
      ...(method !== 'GET' ? { 'X-Requested-With': 'werkbank' } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null,
    instance: response.headers.get('werkbank-instance'),
    headers: response.headers,
  };
}

/** The demo job board's access token (client credentials, role feed-reader). */
export async function jobBoardToken() {
  const response = await fetch(`${KEYCLOAK_URL}/realms/werkbank/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'werkbank-jobboard',
      client_secret: process.env.JOBBOARD_SECRET || 'jobboard-dev-secret',
    }),
  });
  if (!response.ok) throw new Error(`Keycloak refused the job board's token: ${response.status}`);
  return (await response.json()).access_token;
}

/** The messages GreenMail received for one address. */
export async function inbox(email) {
  const response = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`, {
    headers: { Accept: 'application/json' },
  });
  // GreenMail knows an address once a message reached it; before that it answers 400 or 404
  if (response.status === 400 || response.status === 404) return [];
  if (!response.ok) throw new Error(`GreenMail answered ${response.status} for an inbox`);
  const messages = await response.json();
  return Array.isArray(messages) ? messages : [];
}

/** Waits until `condition()` is true (polling every second) or fails with `what`. */
export async function waitUntil(what, condition, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Counts of each value: { 'api-8082': 3, 'api-8083': 3 }. */
export function tally(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

let failures = 0;
/** Prints one result line; a false `ok` makes the script fail at the end. */
export function report(ok, line) {
  if (!ok) failures += 1;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${line}`);
}

export function finish(name) {
  if (failures) {
    console.log(`${name}: ${failures} check(s) failed`);
    process.exit(1);
  }
  console.log(`${name}: all checks passed`);
}
