// Benchmark (not a test): fill all through the real panel and host on N
// seeded layouts × the four stacks of the rehearsal portal, every screen,
// each field judged against the page app's own model (see
// tests/extension/e2e/variety.mjs). Prints the totals, a table per stack and
// per axis value, the fields that went wrong most, and writes every field's
// outcome to build/bench/variety.json.
//   npm run bench:variety -- N [FIRST_SEED]     (needs build/native-host/beian-assist)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildAll, cleanup, http, makeHome, startServer, writeChromiumHostManifest } from '../e2e/support.mjs';
import { launchChromium, openPanel, openTab, serviceWorker } from '../e2e/chromium-browser.mjs';
import { STACKS, fillLayout } from '../e2e/variety.mjs';

const N = Number(process.argv[2] || 10);
const FIRST = Number(process.argv[3] || 1);
// VARIETY_STACKS=a,b: some stacks only; VARIETY_VERBOSE=1: every miss of every layout.
const STACK_LIST = process.env.VARIETY_STACKS ? process.env.VARIETY_STACKS.split(',') : STACKS;
const VERBOSE = !!process.env.VARIETY_VERBOSE;
const OUTCOMES = ['correct', 'wrong', 'empty-reported', 'empty-silent', 'not-planned'];

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
function tally(rows) {
  const t = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  for (const r of rows) t[r.outcome] += 1;
  return { ...t, total: rows.length };
}
function table(title, groups) {
  const lines = [`\n${title}`, `${'value'.padEnd(28)}${OUTCOMES.map((o) => o.padStart(15)).join('')}${'total'.padStart(8)}${'correct %'.padStart(11)}`];
  for (const [key, rows] of groups) {
    const t = tally(rows);
    lines.push(`${String(key).slice(0, 27).padEnd(28)}${OUTCOMES.map((o) => String(t[o]).padStart(15)).join('')}${String(t.total).padStart(8)}${pct(t.correct, t.total).padStart(11)}`);
  }
  return lines.join('\n');
}
const groupBy = (rows, key) => {
  const m = new Map();
  for (const r of rows) { const k = key(r); if (k === undefined) continue; if (!m.has(k)) m.set(k, []); m.get(k).push(r); }
  return [...m].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
};

const ext = buildAll();
const home = makeHome('beian-bench-variety-');
const server = await startServer(home);
const profileDir = mkdtempSync(join(tmpdir(), 'beian-bench-variety-profile-'));
writeChromiumHostManifest(profileDir);
const browser = await launchChromium(ext.chromium, home, profileDir);
const all = [];
const layouts = [];
const t0 = Date.now();
try {
  const worker = await serviceWorker(browser);
  const { tabId, page } = await openTab(browser, worker, `${server.base}/`);
  const panel = await openPanel(browser, worker, tabId);
  await panel.waitForFunction(() => !document.getElementById('pick').hidden, { timeout: 20_000, polling: 50 });
  const hostCall = (type, params) => panel.evaluate((t, p) => globalThis.BeianPanel.host(t, p), type, params);
  for (let seed = FIRST; seed < FIRST + N; seed += 1) {
    for (const stack of STACK_LIST) {
      await http(server.port, 'POST', '/api/reset');
      const started = Date.now();
      let result;
      try {
        result = await fillLayout({ page, panel, port: server.port, base: server.base, hostCall }, stack, String(seed));
      } catch (e) {
        console.error(`seed ${seed} ${stack}: ${e.message}`);
        layouts.push({ seed, stack, error: e.message });
        continue;
      }
      for (const f of result.fields) all.push({ seed, stack, ...f });
      const t = tally(result.fields);
      layouts.push({ seed, stack, ms: Date.now() - started, ...t, submissions: result.submissions, drafts: result.drafts, asked: result.screens.filter((s) => s.asked).length });
      if (VERBOSE) for (const f of result.fields) if (f.outcome !== 'correct') console.error(`    ${f.screen} ${f.id}: ${f.outcome} ${f.reason}`);
      console.error(`seed ${String(seed).padStart(3)} ${stack.padEnd(15)} ${t.correct}/${t.total} correct, ${t.wrong} wrong, ${t['empty-silent']} silent, ${t['empty-reported']} reported, ${t['not-planned']} not planned; ${result.screens.filter((s) => s.asked).length} asked; ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
  cleanup(profileDir);
  cleanup(home);
}

const t = tally(all);
const failed = layouts.filter((l) => l.error).length;
const submits = layouts.reduce((n, l) => n + (l.submissions || 0) + (l.drafts || 0), 0);
console.log(`variety benchmark: seeds ${FIRST}–${FIRST + N - 1} × ${STACK_LIST.length} stacks = ${layouts.length} layouts (${failed} aborted), ${t.total} fields, ${((Date.now() - t0) / 60000).toFixed(1)} min`);
console.log(`correct ${t.correct} (${pct(t.correct, t.total)}), wrong ${t.wrong}, empty-reported ${t['empty-reported']}, empty-silent ${t['empty-silent']}, not-planned ${t['not-planned']}; submit or draft presses ${submits}`);
console.log(`targets: correct >= 98 % ${t.correct >= 0.98 * t.total ? 'met' : 'MISSED'}; wrong 0 ${t.wrong ? 'MISSED' : 'met'}; empty-silent 0 ${t['empty-silent'] ? 'MISSED' : 'met'}; no submit or draft ${submits ? 'MISSED' : 'met'}`);
console.log(table('by stack', groupBy(all, (r) => r.stack)));
const axes = [...new Set(all.flatMap((r) => Object.keys(r.axes || {})))].filter((a) => a !== 'stack').sort();
for (const axis of axes) console.log(table(`axis: ${axis}`, groupBy(all, (r) => (r.axes || {})[axis])));
const misses = groupBy(all.filter((r) => r.outcome !== 'correct'), (r) => `${r.id} ${r.outcome} ${r.reason}`).sort((a, b) => b[1].length - a[1].length).slice(0, 25);
console.log('\nmost frequent misses');
for (const [k, rows] of misses) console.log(`${String(rows.length).padStart(5)}  ${k}  (e.g. seed ${rows[0].seed} ${rows[0].stack})`);
mkdirSync(join(ROOT, 'build', 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'build', 'bench', 'variety.json'), JSON.stringify({ layouts, fields: all }, null, 1));
