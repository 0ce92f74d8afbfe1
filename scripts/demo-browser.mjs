// The end of scripts/demo.sh: Chromium with the extension loaded on the
// rehearsal portal's entity page (主体信息) and the sample dossier, the panel
// open in a window of its own bound to that tab.
//   node scripts/demo-browser.mjs
// With a display (DISPLAY or WAYLAND_DISPLAY) the browser is shown and stays
// until it is closed or Ctrl+C. Without one (or DEMO_HEADLESS=1) it presses
// 核对 and 全部填写 itself, prints what happened per field (never a value)
// and screenshots into build/demo/; exit 1 if the extension could not reach
// the host, 130 if Ctrl+C interrupts it, 2 on any other failure (with a
// window, Ctrl+C is the normal end: 0).
// BEIAN_ASSIST_BIN: the host binary (default build/native-host/beian-assist);
// DEMO_VARIANT: element-ui (default), element-plus or plain; CHROMIUM: the browser.
//
// It reuses the extension's browser-test helpers, so the demo is exactly what
// the e2e tests exercise: the extension's test build (http://127.0.0.1/* is
// granted up front; shipped packages ask for it from the panel), the host
// registered in a throwaway profile only, and a throwaway data directory, so
// the user's own dossiers and browser profile are never touched.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  BINARY, ROOT, buildAll, cleanup, clickPanel, connectionText, datas, fillHome, startServer, tableRows,
  writeChromiumHostManifest,
} from '../tests/extension/e2e/support.mjs';
import { launchChromium, openPanel, openTab, serviceWorker } from '../tests/extension/e2e/chromium-browser.mjs';

const HEADLESS = process.env.DEMO_HEADLESS === '1' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const VARIANT = process.env.DEMO_VARIANT || 'element-ui';
const HOME = join(ROOT, 'build', 'demo-home');
const OUT = join(ROOT, 'build', 'demo');
const rel = (p) => relative(process.cwd(), p) || '.';

class NoHost extends Error {}
class Interrupted extends Error {}

// Recreated each run: a dossier edited in an earlier demo must not change
// this one. Owner-only, as the host keeps its own data directory.
function demoHome() {
  rmSync(HOME, { recursive: true, force: true });
  mkdirSync(HOME, { recursive: true, mode: 0o700 });
  chmodSync(HOME, 0o700);
  return fillHome(HOME);
}

// Connected (the dossier list is shown) or the panel's own error text, which
// says how to install the host.
async function waitForHost(panel) {
  const ready = () => !document.getElementById('pick').hidden || document.getElementById('connection').classList.contains('error');
  await panel.waitForFunction(ready, { timeout: 15_000, polling: 50 }).catch(() => {});
  const text = (await connectionText(panel)).trim();
  if (await panel.$eval('#pick', (e) => e.hidden)) throw new NoHost(`the extension could not reach the host: ${text}`);
  return text;
}

// Terminal columns: CJK characters take two.
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const width = (s) => [...s].reduce((n, c) => n + (wide.test(c) ? 2 : 1), 0);
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));

// The profile's group of each row (two groups have 姓名 and 证件号码),
// where the panel lists exactly the profile's fields in its order.
function groups(rows) {
  const fields = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8')).pages.find((p) => p.id === 'entity').fields;
  const same = fields.length === rows.length && fields.every((f, i) => f.label === rows[i].label);
  return rows.map((r, i) => (same && fields[i].group ? `${fields[i].group} › ${r.label}` : r.label));
}

// The panel's rows hold class names (status-found, result-filled) and the
// reason code of a skip or failure; the values stay in the panel.
function printTable(rows) {
  const labels = groups(rows);
  const lines = rows.map((r, i) => [String(i + 1), labels[i], (r.status || '').replace(/^status-/, ''),
    (r.result || '—').replace(/^result-/, '') + (r.reason ? ` (${r.reason})` : '')]);
  const head = ['#', 'field', 'status', 'result'];
  const widths = head.map((h, c) => Math.max(width(h), ...lines.map((l) => width(l[c]))));
  for (const l of [head, ...lines]) console.log(l.map((cell, c) => pad(cell, widths[c])).join('  ').trimEnd());
}

// Headless: 核对 then 全部填写, as a person presses them, then the results.
async function fillAll(panel, page, server) {
  await clickPanel(panel, 'plan');
  await panel.waitForFunction(() => !document.getElementById('fields').hidden, { timeout: 10_000, polling: 50 });
  const pageName = (await panel.$eval('#page-name', (e) => e.textContent)).trim();
  const fields = (await tableRows(panel)).length;
  await clickPanel(panel, 'fill-all');
  await panel.waitForFunction((n) => document.querySelectorAll('#fields [class^=result-]').length === n, { timeout: 30_000, polling: 50 }, fields);
  const rows = await tableRows(panel);
  console.log(`\n== ${pageName} (${VARIANT}): 核对, 全部填写\n`);
  printTable(rows);
  const count = (s) => rows.filter((r) => r.result === `result-${s}`).length;
  const submitted = (await datas(server.port, '/api/submissions')).length;
  console.log(`\n${count('filled')} filled / ${count('skipped')} skipped / ${count('failed')} failed of ${rows.length} fields; `
    + `${submitted ? `${submitted} submission(s) (unexpected)` : 'nothing submitted'}`);
  mkdirSync(OUT, { recursive: true });
  await panel.screenshot({ path: join(OUT, 'panel.png'), fullPage: true });
  await page.screenshot({ path: join(OUT, 'page.png'), fullPage: true });
  console.log(`screenshots: ${rel(join(OUT, 'panel.png'))}, ${rel(join(OUT, 'page.png'))}`);
}

// Ctrl+C at any point ends the demo through the cleanup below (puppeteer's
// own handlers would kill the browser and exit, leaving the server and the
// profile behind).
const interrupted = new Promise((resolve) => { for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(s, resolve); });

// Shown: wait for the person to close the browser or press Ctrl+C.
function untilClosed(browser) {
  console.log('\nThe portal and the panel are open: press 核对, then 全部填写 (it never submits).');
  console.log('Close the browser or press Ctrl+C to end.');
  return Promise.race([new Promise((resolve) => browser.once('disconnected', resolve)), interrupted]);
}

const profileDir = mkdtempSync(join(tmpdir(), 'beian-demo-profile-'));
let server;
let browser;
let code = 0;
try {
  const ext = buildAll();
  const home = demoHome();
  writeChromiumHostManifest(profileDir);
  server = await startServer(home);
  console.log(`host: ${rel(BINARY)}; data directory: ${rel(home)} (the sample dossier); portal: ${server.base}/`);
  const signals = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  browser = await launchChromium(ext.chromium, home, profileDir, HEADLESS ? signals : {
    ...signals,
    headless: false,
    defaultViewport: null,
    ignoreDefaultArgs: ['--enable-automation'], // no "controlled by automated software" bar
    args: ['--ozone-platform-hint=auto'], // Wayland without XWayland too
  });
  const blank = await browser.pages();
  const worker = await serviceWorker(browser);
  const { tabId, page } = await openTab(browser, worker, `${server.base}/${VARIANT}/#/entity`, HEADLESS ? undefined : null);
  // The first, empty tab only; the portal's tab is in the same window.
  for (const p of blank) await p.close();
  await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 15_000, polling: 50 });
  const panel = await openPanel(browser, worker, tabId);
  console.log(`panel: ${await waitForHost(panel)}`);
  if (HEADLESS) await Promise.race([fillAll(panel, page, server), interrupted.then(() => { throw new Interrupted('interrupted'); })]);
  else await untilClosed(browser);
} catch (e) {
  code = e instanceof NoHost ? 1 : e instanceof Interrupted ? 130 : 2;
  console.error(`demo: ${e.message}`);
} finally {
  if (browser?.connected) await browser.close();
  // A window closed by the person disconnects before Chromium has finished
  // writing its profile; remove it only once the process is gone.
  const proc = browser?.process();
  if (proc && proc.exitCode === null && proc.signalCode === null) await new Promise((r) => proc.once('exit', r));
  await server?.stop();
  cleanup(profileDir);
}
process.exit(code);
