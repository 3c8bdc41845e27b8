// S-8 (make cluster-test, issue 14): scheduled work is done once across the instances. Both
// instances run every scheduler (the outbox worker every second, job-alert digests every 3 s, the
// retention sweep at the same second on both by cron); this script gives them work and counts,
// in the database and in the mail catcher, that each piece of it was done exactly once:
//   1. the outbox: mails queued in SQL, each sent once (one attempt, one message in GreenMail)
//   2. job alerts: visitors subscribe and confirm through the load balancer, an assignment is
//      posted and verified through it and approved in SQL (the admin's step needs a browser
//      login); each subscriber gets one digest
//   3. retention: the sent mails of step 1 are made 31 days old; one run clears their content,
//      no tick of the cron starts a run on both instances that applies anything
// and then (4) that an instance takes the client's address from X-Forwarded-For only when the
// load balancer sent it: the per-address limit's key of a subscription shows which address counted.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { messageText } from '../../frontend/e2e/assignments-scenario.mjs';
import { api, finish, inbox, INSTANCES, report, sql, sqlValue, tally, waitUntil } from './lib.mjs';

const run = Date.now().toString(36);
const MAILS = 120;
const SUBSCRIBERS = 6;

console.log(`work done once across instances ${INSTANCES.join(', ')} (run ${run})`);

// --- 1. the outbox -----------------------------------------------------------------------
const recipient = (i) => `cluster-${run}-${i}@werkbank.test`;
const values = Array.from(
  { length: MAILS },
  (_, i) =>
    `('${randomUUID()}', '${recipient(i)}', 'cluster-test', 'nl', 'Clustertest ${i}', 'Eén keer verstuurd.',` +
    ` '<${randomUUID()}@werkbank.test>', 'PENDING', 0, now(), now())`,
).join(',\n');
sql(`INSERT INTO outbox_message (id, recipient, template, language, mail_subject, body_text, message_id, status,
       attempts, next_attempt_at, created_at) VALUES ${values}`);
const ours = `recipient LIKE 'cluster-${run}-%'`;
await waitUntil(
  'the queued mails are sent',
  () => Number(sqlValue(`SELECT count(*) FROM outbox_message WHERE ${ours} AND status = 'PENDING'`)) === 0,
);
await new Promise((resolve) => setTimeout(resolve, 3_000)); // a few more rounds of both workers
const [sent, attempts] = sql(`SELECT count(*) FILTER (WHERE status = 'SENT'), sum(attempts) FROM outbox_message
                               WHERE ${ours}`)[0].map(Number);
report(
  sent === MAILS && attempts === MAILS,
  `outbox: ${sent} of ${MAILS} mails sent, ${attempts} send attempts in all`,
);
const received = [];
for (let i = 0; i < MAILS; i += 1) received.push((await inbox(recipient(i))).length);
const perRecipient = tally(received);
report(
  perRecipient[1] === MAILS,
  `mail catcher: messages per recipient ${JSON.stringify(perRecipient)} (count: recipients), so each once`,
);

// --- 2. job alerts -----------------------------------------------------------------------
const word = `Clusterproef${run}`;
const subscriber = (i) => `alert-${run}-${i}@werkbank.test`;
async function tokenFromMail(email, pattern) {
  let token = null;
  let lastMail = '';
  try {
    await waitUntil(
      `a mail with a link for ${email}`,
      async () => {
        for (const message of await inbox(email)) {
          const raw = String(message.mimeMessage ?? '');
          // the link as sent: quoted-printable soft breaks removed and "=3D" back to "="
          const plain = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
          const match = plain.match(pattern) ?? messageText(raw).match(pattern);
          if (match) token = decodeURIComponent(match[1]);
          else lastMail = raw;
        }
        return token !== null;
      },
      90_000,
    );
  } catch (error) {
    const queued = sql(`SELECT template, status, attempts, coalesce(last_error, '') FROM outbox_message
                         WHERE recipient = '${email}'`);
    console.log(`        the outbox holds for ${email}: ${JSON.stringify(queued)}`);
    console.log(
      `        its last mail's lines with a link: ${JSON.stringify(lastMail.split(/\r?\n/).filter((l) => /token|confirm|verify/.test(l)))}`,
    );
    throw error;
  }
  return token;
}
const servedBy = [];
for (let i = 0; i < SUBSCRIBERS; i += 1) {
  const subscribed = await api('/api/v1/job-alerts', {
    method: 'POST',
    body: { email: subscriber(i), criteria: { text: word } },
  });
  if (subscribed.status !== 202) throw new Error(`POST /api/v1/job-alerts answered ${subscribed.status}`);
  const token = await tokenFromMail(subscriber(i), /\/job-alerts\/confirm#token=([A-Za-z0-9_~.%-]+)/);
  const confirmed = await api('/api/v1/job-alert-confirmations', { method: 'POST', body: { token } });
  if (confirmed.status !== 200) throw new Error(`POST /api/v1/job-alert-confirmations answered ${confirmed.status}`);
  servedBy.push(subscribed.instance, confirmed.instance);
}
const poster = `poster-${run}@werkbank.test`;
const posted = await api('/api/v1/assignments', {
  method: 'POST',
  body: {
    assignment: {
      title: `${word} interim projectleider`,
      description: 'Een opdracht om te tonen dat elke abonnee één overzicht krijgt.',
      region: '3511',
      remote: 'HYBRID',
      skills: ['Projectmanagement'],
      questions: [],
      validThrough: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
      nameOrganisation: false,
    },
    poster: { name: 'Paula Plaatser', organisation: 'Gemeente Clusterdorp', email: poster, phone: '06 12345678' },
  },
});
if (posted.status !== 202) throw new Error(`POST /api/v1/assignments answered ${posted.status}`);
const verification = await tokenFromMail(poster, /\/assignments\/verify#token=([A-Za-z0-9_~.%-]+)/);
const verified = await api('/api/v1/assignment-verifications', { method: 'POST', body: { token: verification } });
if (verified.status !== 200) throw new Error(`POST /api/v1/assignment-verifications answered ${verified.status}`);
servedBy.push(posted.instance, verified.instance);
report(
  INSTANCES.every((port) => servedBy.includes(`api-${port}`)),
  `subscriptions, confirmations and the posting were served by ${JSON.stringify(tally(servedBy))}`,
);
sql(`UPDATE assignment SET status = 'PUBLISHED', published_at = now(), updated_at = now()
      WHERE title = '${word} interim projectleider' AND status = 'PENDING_REVIEW'`);
const subscribers = `recipient LIKE 'alert-${run}-%'`;
await waitUntil(
  'every subscriber has a digest',
  () =>
    Number(
      sqlValue(`SELECT count(DISTINCT recipient) FROM outbox_message WHERE ${subscribers}
                      AND template = 'job-alert-digest' AND status = 'SENT'`),
    ) === SUBSCRIBERS,
);
await new Promise((resolve) => setTimeout(resolve, 10_000)); // several more digest rounds on both
const digests = sql(`SELECT recipient, count(*) FROM outbox_message WHERE ${subscribers}
                      AND template = 'job-alert-digest' GROUP BY recipient`).map(([, n]) => Number(n));
const digestMails = [];
for (let i = 0; i < SUBSCRIBERS; i += 1) {
  const messages = await inbox(subscriber(i));
  digestMails.push(messages.filter((m) => messageText(String(m.mimeMessage ?? '')).includes(word)).length);
}
report(
  digests.length === SUBSCRIBERS && digests.every((n) => n === 1) && digestMails.every((n) => n === 1),
  `job alerts: digests per subscriber in the outbox ${JSON.stringify(digests)}, in the mail catcher ${JSON.stringify(digestMails)}`,
);

// --- 3. retention ------------------------------------------------------------------------
// runs that finished after this moment (one that started a moment before may find the mails)
const since = sqlValue('SELECT now()');
sql(`UPDATE outbox_message SET sent_at = sent_at - interval '31 days' WHERE ${ours}`);
await waitUntil(
  'the retention sweep clears the old mails',
  () => Number(sqlValue(`SELECT count(*) FROM outbox_message WHERE ${ours} AND content_cleared_at IS NULL`)) === 0,
  45_000,
);
await new Promise((resolve) => setTimeout(resolve, 21_000)); // two more ticks of the cron on both
const runs = sql(`SELECT to_char(r.started_at, 'HH24:MI:SS'), coalesce(c.anonymised, 0)
                    FROM retention_run r
                    LEFT JOIN retention_run_category c ON c.run_id = r.id AND c.category = 'sent-mail'
                   WHERE NOT r.dry_run AND r.trigger = 'SCHEDULE' AND coalesce(r.finished_at, now()) >= '${since}'
                   ORDER BY r.started_at`);
const ticks = tally(runs.map(([second]) => second));
const applying = runs.filter(([, anonymised]) => Number(anonymised) > 0);
const cleared = applying.reduce((sum, [, anonymised]) => sum + Number(anonymised), 0);
report(
  applying.length === 1 && cleared === MAILS,
  `retention: ${runs.length} scheduled run(s) in ${Object.keys(ticks).length} tick(s), ${applying.length} of them` +
    ` cleared sent mails (${cleared} of ${MAILS})`,
);
// Both instances fire at the same second: one takes the lock and runs; the other is refused, or,
// when the first has already finished, runs too and finds nothing due.
console.log(`        runs per tick of the cron (started at, count): ${JSON.stringify(ticks)}`);
// --- 4. forwarded headers only from the load balancer -------------------------------------
/** A subscription sent from `from` to `port`, with a forged X-Forwarded-For when given. */
function subscribeFrom(port, from, forwardedFor) {
  const body = JSON.stringify({
    email: `proxy-${run}-${randomUUID().slice(0, 8)}@werkbank.test`,
    criteria: { text: word },
  });
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path: '/api/v1/job-alerts',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}
const balancer = new URL(process.env.API_URL || 'http://localhost:8081').port;
async function addressKey(port, from, forwardedFor) {
  const status = await subscribeFrom(port, from, forwardedFor);
  if (status !== 202) throw new Error(`a subscription from ${from} to ${port} answered ${status}`);
  return sqlValue("SELECT key_hash FROM submission_attempt WHERE key_kind = 'IP' ORDER BY created_at DESC LIMIT 1");
}
const viaBalancer = await addressKey(balancer, '127.0.0.1');
const viaBalancerForged = await addressKey(balancer, '127.0.0.3', '203.0.113.9');
const directForged = await addressKey(INSTANCES[0], '127.0.0.3', '203.0.113.9');
const directPosing = await addressKey(INSTANCES[0], '127.0.0.1', '127.0.0.3');
report(
  viaBalancerForged !== viaBalancer,
  "through the load balancer the client's own address counts (127.0.0.1 and 127.0.0.3 differ)",
);
report(
  directForged === viaBalancerForged,
  'a forged X-Forwarded-For is overwritten by the load balancer and ignored when sent to an instance directly',
);
report(directPosing === viaBalancer, 'a client that reaches an instance directly cannot pose as another address');
finish('once-only');
