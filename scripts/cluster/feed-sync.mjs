// F-2 through the load balancer (make cluster-test, issue 14): a job board follows the feed's
// cursors page by page while assignments change, each page served by whichever instance the
// load balancer picks, and ends up holding exactly the published set with current titles. A
// page's ETag is the same on every instance (a 304 from the other one). The changes are made in
// SQL: the feed's entries are written by database triggers, whatever changes an assignment.
import { api, finish, INSTANCES, jobBoardToken, report, sql, tally } from './lib.mjs';

const token = await jobBoardToken();
const board = new Map();
const servedBy = [];
let cursor = null;

async function pull(limit) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  const page = await api(`/api/v1/feed/assignments?${query}`, { token });
  if (page.status !== 200) throw new Error(`feed page answered ${page.status}`);
  servedBy.push(page.instance);
  for (const item of page.json.items) {
    if (item.status === 'PUBLISHED') board.set(item.id, item.jobPosting);
    else board.delete(item.id);
  }
  cursor = page.json.nextCursor;
  return page.json.hasMore;
}

async function catchUp(limit) {
  while (await pull(limit));
}

function published() {
  return new Map(sql("SELECT id, title FROM assignment WHERE status = 'PUBLISHED'").map(([id, title]) => [id, title]));
}

function boardMatches(what) {
  const expected = published();
  const missing = [...expected.keys()].filter((id) => !board.has(id));
  const extra = [...board.keys()].filter((id) => !expected.has(id));
  const stale = [...expected].filter(([id, title]) => board.has(id) && board.get(id).title !== title);
  report(
    missing.length === 0 && extra.length === 0 && stale.length === 0,
    `${what}: the board holds the ${expected.size} published assignment(s)` +
      (missing.length + extra.length + stale.length
        ? ` (missing ${missing.length}, extra ${extra.length}, stale titles ${stale.length})`
        : ''),
  );
  return expected;
}

console.log(`feed sync through ${process.env.API_URL} (instances ${INSTANCES.join(', ')})`);
await catchUp(2);
const first = boardMatches('first catch-up, pages of 2');
if (first.size < 2) throw new Error('the browser tests left fewer than 2 published assignments to change');

const [closed, edited] = [...first.keys()];
sql(`UPDATE assignment SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = '${closed}'`);
await pull(1);
sql(`UPDATE assignment SET title = left(title, 120) || ' (bijgewerkt)', updated_at = now() WHERE id = '${edited}'`);
await pull(1);
await catchUp(1);
boardMatches('after a close and an edit, pages of 1');
report(!board.has(closed), 'the closed assignment went out as a tombstone');

const pages = tally(servedBy);
report(
  INSTANCES.every((port) => (pages[`api-${port}`] ?? 0) > 0),
  `${servedBy.length} pages, served by ${JSON.stringify(pages)}`,
);

const query = `/api/v1/feed/assignments?limit=5`;
const fresh = await api(query, { token });
const again = await api(query, { token, headers: { 'If-None-Match': fresh.headers.get('etag') } });
report(
  fresh.status === 200 && again.status === 304 && fresh.instance !== again.instance,
  `a page's ETag from ${fresh.instance} is answered 304 by ${again.instance}`,
);
finish('feed sync');
