// The dashboard in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core from web/): ingests the bundled seeds, starts `entente serve` on a free
// loopback port, picks the North Korea–China dyad and checks the timeline, the network
// and the event table (evidence highlighted, traceable to the stored sentence), keeps a
// screenshot, and stops the server with SIGTERM. Besides the seeds it ingests one page
// (markup.jsonl, with a URL) whose text decodes to <script> and <img onerror>: shown as
// text, never run.
//
// usage: node tests/dashboard/dashboard.test.mjs ENTENTE_BINARY ARTIFACTS_DIR
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [entente = path.join(root, 'build/entente'), artifacts = path.join(root, 'build/artifacts')] = process.argv.slice(2);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const dist = path.join(root, 'web/dist');

// North Korea's partners that the dyad picker must offer.
const PARTNERS = ['CHN', 'RUS', 'CUB', 'LAO', 'VNM', 'MNG', 'KOR', 'USA'];
// Months of the PRK–CHN timeline that the seed articles report on.
const MONTHS = ['2018-10', '2023-09', '2024-03', '2024-10'];

const log = (msg) => console.log(`dashboard: ${msg}`);
function requireFile(file, hint) {
  if (!existsSync(file)) {
    console.error(`dashboard: ${file} is missing (${hint})`);
    process.exit(1);
  }
}
requireFile(entente, 'build entente first');
requireFile(path.join(dist, 'index.html'), 'build the dashboard: scripts/build.sh, or npm ci && npm run build in web/');
requireFile(chromiumPath, 'install Debian\'s chromium: scripts/deps.sh');
requireFile(path.join(root, 'web/node_modules/playwright-core'), 'npm ci in web/ (scripts/build.sh does it)');
const { chromium } = createRequire(path.join(root, 'web/package.json'))('playwright-core');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sql(db, query) {
  const out = execFileSync('sqlite3', ['-json', '-readonly', db, query], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : [];
}

const work = mkdtempSync(path.join(tmpdir(), 'entente-dashboard-'));
const db = path.join(work, 'seeds.db');
let server = null;
let browser = null;

async function main() {
  // 1. The seeds in a fresh database.
  const ingest = spawnSync(entente, ['ingest', '--db', db, '--jsonl', path.join(root, 'examples/seeds.jsonl')], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, `ingest failed: ${ingest.stderr}`);
  const markup = spawnSync(entente, ['ingest', '--db', db, '--jsonl', path.join(root, 'tests/dashboard/markup.jsonl')], { encoding: 'utf8' });
  assert.equal(markup.status, 0, `ingest of markup.jsonl failed: ${markup.stderr}`);

  // 2. The server on a free port.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(entente, ['serve', '--db', db, '--port', String(port), '--static', dist], { stdio: ['ignore', 'ignore', 'pipe'] });
  let serverLog = '';
  server.stderr.on('data', (d) => { serverLog += d; });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    try { up = (await fetch(`${base}/api/health`)).ok; } catch { await sleep(100); }
  }
  assert.ok(up, `the server did not come up: ${serverLog}`);
  const api = async (p) => (await fetch(base + p)).json();

  // 3. The page, in Chromium.
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url()); });

  const ready = () => page.waitForSelector('body[data-state=ready]', { timeout: 15000 });
  const response = await page.goto(base + '/');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'] || '', /script-src 'self'/);
  await ready();

  // 4. The dyad picker: North Korea, then its partners.
  const sources = await page.$$eval('#source option', (os) => os.map((o) => o.value));
  assert.ok(sources.includes('PRK'), `no PRK among the sources: ${sources}`);
  await page.selectOption('#source', 'PRK');
  await ready();
  const targets = await page.$$eval('#target option', (os) => os.map((o) => ({ value: o.value, label: o.textContent })));
  const offered = targets.map((t) => t.value);
  for (const p of PARTNERS) assert.ok(offered.includes(p), `the target picker does not offer PRK–${p}: ${offered}`);
  const chinaLabel = targets.find((t) => t.value === 'CHN').label;
  assert.match(chinaLabel, /^China \(CHN\) · \d+$/);
  log(`picker offers PRK with ${offered.filter(Boolean).join(', ')}`);

  await page.selectOption('#target', 'CHN');
  await ready();

  // 5. The timeline: the months of the API's series, including the seeds' main months, drawn.
  const series = await api('/api/series?source=PRK&target=CHN&by=month');
  const rows = await page.$$eval('#timeline-table tbody tr', (trs) => trs.map((tr) => ({ period: tr.dataset.period, events: Number(tr.dataset.events) })));
  assert.deepEqual(rows, series.points.map((p) => ({ period: p.period, events: p.events })));
  for (const m of MONTHS) {
    const row = rows.find((r) => r.period === m);
    assert.ok(row && row.events > 0, `the timeline has no events in ${m}: ${JSON.stringify(rows)}`);
  }
  assert.match(await page.textContent('#timeline-title'), /North Korea – China · by month/);
  const coopPixels = await page.$eval('#timeline', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 0x2e) < 8 && Math.abs(d[i + 1] - 0x8b) < 8 && Math.abs(d[i + 2] - 0x57) < 8) n++;
    return n;
  });
  assert.ok(coopPixels > 50, `the timeline chart drew no cooperation bars (${coopPixels} pixels)`);
  log(`timeline: ${rows.map((r) => `${r.period}:${r.events}`).join(' ')}`);

  // 6. The network: PRK and CHN are linked nodes.
  const nodes = await page.$$eval('#network g.node', (gs) => gs.map((g) => g.dataset.actor));
  assert.ok(nodes.includes('PRK') && nodes.includes('CHN'), `network nodes: ${nodes}`);
  assert.ok((await page.$$('#network line')).length > 0, 'the network has no links');

  // 7. The event table: PRK–CHN events, each with highlighted, traceable evidence.
  const events = await page.$$eval('#events tr.event', (trs) => trs.map((tr) => tr.dataset.id));
  assert.ok(events.length > 0, 'the event table is empty');
  const items = await page.$$eval('#events li.evidence-item', (lis) => lis.map((li) => ({
    doc: li.dataset.doc,
    sentence: Number(li.dataset.sentence),
    text: li.querySelector('p.sentence').textContent,
    marks: [...li.querySelectorAll('mark.evidence')].map((m) => m.textContent),
  })));
  assert.ok(items.length >= events.length, `fewer evidence sentences (${items.length}) than events (${events.length})`);
  const apiEvents = await api(`/api/events?source=PRK&target=CHN&limit=25`);
  assert.deepEqual(events, apiEvents.events.map((e) => String(e.id)));
  for (const e of apiEvents.events) {
    assert.ok([e.source.actor, e.target && e.target.actor].sort().join() === 'CHN,PRK', `event ${e.id} is not PRK–CHN`);
  }
  for (const item of items) {
    assert.equal(item.marks.length, 1, `one highlighted span per sentence: ${JSON.stringify(item)}`);
    assert.ok(item.marks[0].length > 0, 'an empty highlight');
    const stored = sql(db, `SELECT text FROM sentences WHERE doc_id = '${item.doc.replace(/'/g, "''")}' AND idx = ${item.sentence}`);
    assert.equal(stored.length, 1, `no stored sentence ${item.doc}#${item.sentence}`);
    assert.equal(item.text, stored[0].text, `the shown sentence is not ${item.doc}#${item.sentence}`);
    const ev = apiEvents.events.flatMap((e) => e.evidence).find((x) => x.doc === item.doc && x.sentence === item.sentence && x.evidence === item.marks[0]);
    assert.ok(ev, `the highlight is not an evidence span of ${item.doc}#${item.sentence}: ${item.marks[0]}`);
    assert.equal(item.text.slice(ev.span_utf16[0], ev.span_utf16[1]), item.marks[0]);
  }
  // Article links: the page with a URL is linked, safely; its markup is text, not elements.
  const links = await page.$$eval('#events li.evidence-item a', (as) => as.map((a) => ({ href: a.href, rel: a.rel, text: a.textContent })));
  const link = links.find((l) => l.href === 'https://example.org/news/kim-xi-trade');
  assert.ok(link, `no link to the source article: ${JSON.stringify(links)}`);
  assert.match(link.rel, /noopener/);
  assert.equal(link.text, 'Kim and Xi discuss trade <img src=x onerror=window.__xss=1>');
  assert.ok(items.some((i) => i.text.includes('<script>window.__xss=2</script><img src=x onerror=window.__xss=3>')), 'the markup sentence is not shown as text');
  assert.equal(await page.$$eval('#events script, #events img', (els) => els.length), 0, 'article text became elements');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'article text ran as script');
  log(`events: ${events.length} PRK–CHN events, ${items.length} evidence sentences, each highlighted and found in the store`);

  // 8. Filters: a period narrows the timeline; a bad code is a named error.
  await page.fill('#from', '2024');
  await page.dispatchEvent('#from', 'change');
  await ready();
  const periods2024 = await page.$$eval('#timeline-table tbody tr', (trs) => trs.map((tr) => tr.dataset.period));
  assert.ok(periods2024.length > 0 && periods2024.every((p) => p.startsWith('2024')), `from=2024: ${periods2024}`);
  await page.fill('#code', '4x');
  await page.dispatchEvent('#code', 'change');
  await ready();
  assert.ok(await page.isVisible('#error'));
  assert.match(await page.textContent('#error'), /^code: /);
  await page.fill('#code', '');
  await page.fill('#from', '');
  await page.dispatchEvent('#code', 'change');
  await ready();
  assert.ok(!(await page.isVisible('#error')));

  // 9. No script error, no CSP violation, nothing fetched from elsewhere.
  assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
  assert.deepEqual(external, []);

  // 10. The screenshot, kept.
  mkdirSync(artifacts, { recursive: true });
  const shot = path.join(artifacts, 'dashboard.png');
  await page.screenshot({ path: shot, fullPage: true });
  assert.ok(statSync(shot).size > 10000, 'the screenshot is suspiciously small');
  log(`screenshot ${shot}`);
  await browser.close();
  browser = null;

  // 11. A graceful stop.
  server.kill('SIGTERM');
  const end = await Promise.race([exited, sleep(10000).then(() => null)]);
  assert.ok(end, 'the server did not stop within 10 s of SIGTERM');
  assert.equal(end.code, 0, `the server exited with ${JSON.stringify(end)}: ${serverLog}`);
  server = null;
  log('ok');
}

try {
  await main();
} catch (err) {
  console.error(`dashboard: FAILED: ${err.stack || err}`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
