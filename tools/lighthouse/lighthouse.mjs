/**
 * Prints Lighthouse's scores and the main metrics for the home, list and an assignment page, in
 * Lighthouse's default mobile emulation (Moto G Power screen, slow 4G and 4× CPU slowdown,
 * simulated). Usage: CHROME_PATH=/usr/bin/chromium node lighthouse.mjs SPA_URL API_URL
 * (measure.sh starts the stack and calls this).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [spaUrl, apiUrl] = process.argv.slice(2);
if (!spaUrl || !apiUrl) {
  console.error('usage: node lighthouse.mjs SPA_URL API_URL');
  process.exit(2);
}

const newest = await fetch(`${apiUrl}/api/v1/assignments?limit=1`).then((response) => response.json());
const assignmentId = newest.items?.[0]?.id;
if (!assignmentId) throw new Error('the API lists no published assignment to measure');

const pages = {
  home: `${spaUrl}/`,
  list: `${spaUrl}/assignments`,
  assignment: `${spaUrl}/assignments/${assignmentId}`,
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
const shifts = [];
try {
  for (const [page, url] of Object.entries(pages)) {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
    const audit = (id) => lhr.audits[id];
    const scripts = (audit('resource-summary').details?.items ?? []).find((item) => item.resourceType === 'script');
    rows.push({
      page,
      ...Object.fromEntries(categories.map((category) => [category, Math.round(lhr.categories[category].score * 100)])),
      FCP: audit('first-contentful-paint').displayValue,
      LCP: audit('largest-contentful-paint').displayValue,
      TBT: audit('total-blocking-time').displayValue,
      CLS: audit('cumulative-layout-shift').displayValue,
      'JS transferred': `${((scripts?.transferSize ?? 0) / 1024).toFixed(1)} KiB`,
      'total transferred': `${(audit('total-byte-weight').numericValue / 1024).toFixed(1)} KiB`,
    });
    // What moved, so a layout shift can be traced to its element.
    for (const item of audit('layout-shifts')?.details?.items ?? []) {
      shifts.push({ page, score: item.score.toFixed(3), element: item.node?.selector ?? item.node?.snippet ?? '?' });
    }
  }
} finally {
  await chrome.kill();
}
console.log(`Lighthouse, mobile emulation, ${new Date().toISOString()}, ${spaUrl}`);
console.table(rows);
if (shifts.length > 0) console.table(shifts);
