// Shared pieces of the extension's browser tests: the test build of the
// extension, a throwaway data directory holding the sample dossier, the
// real host binary serving the rehearsal portal, the native-messaging host
// manifests for Chromium and Firefox, and the expected page models.
// BEIAN_E2E_TIMING=1 prints how long connecting, planning and filling took.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datas, http, startServer as startPortal } from '../../e2e/support/server.mjs';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
export const BINARY = resolve(process.env.BEIAN_ASSIST_BIN || join(ROOT, 'build', 'native-host', 'beian-assist'));
export const ASSETS = join(ROOT, 'build', 'rehearsal-portal');
export const EXT_OUT = join(ROOT, 'build', 'extension-e2e');
export const CHROMIUM_ID = 'dgjdgjhgejeiddgmjepinjffbheeahph';
export const GECKO_ID = 'beian-assist@beianassist.cn';
export const HOST_NAME = 'cn.beianassist.host';
export const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'schemas', 'examples', 'sample-dossier.json'), 'utf8'));
const PROFILE = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));
const ENTITY_FIELDS = PROFILE.pages.find((p) => p.id === 'entity').fields;

// The rehearsal pages and the extension's test build (loopback allowed).
export function buildAll() {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: cmake --build build --target beian-assist`);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-rehearsal.mjs'), ASSETS], { stdio: 'pipe' });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-extension.mjs'), '--test-build', '--out', EXT_OUT], { stdio: 'pipe' });
  return { chromium: join(EXT_OUT, 'chromium'), firefox: join(EXT_OUT, 'firefox') };
}

// A temp directory used as HOME and BEIAN_ASSIST_HOME, with the sample
// dossier stored as dossiers/demo.json (the store's own format).
export const makeHome = (prefix) => fillHome(mkdtempSync(join(tmpdir(), prefix)));

// A temp data directory (and HOME) holding no dossier at all.
export function emptyDataDir(prefix) {
  const home = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(home, 'dossiers'), { recursive: true, mode: 0o700 });
  return home;
}

// The sample dossier and its attachments into an existing data directory
// (scripts/demo-browser.mjs fills its own build/demo-home this way).
export function fillHome(home) {
  mkdirSync(join(home, 'dossiers'), { recursive: true, mode: 0o700 });
  writeFileSync(join(home, 'dossiers', 'demo.json'), JSON.stringify(SAMPLE, null, 2), { mode: 0o600 });
  cpSync(join(ROOT, 'schemas', 'examples', 'attachments'), join(home, 'dossiers', 'attachments'), { recursive: true });
  return home;
}

// The environment the browser (and so the host it starts) runs with.
export const hostEnv = (home) => ({ ...process.env, HOME: home, BEIAN_ASSIST_HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: join(home, '.config') });

export function writeChromiumHostManifest(userDataDir, path = BINARY) {
  const dir = join(userDataDir, 'NativeMessagingHosts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${HOST_NAME}.json`), JSON.stringify({
    name: HOST_NAME, description: 'Beian Assist (test)', path, type: 'stdio', allowed_origins: [`chrome-extension://${CHROMIUM_ID}/`],
  }));
}

export function writeFirefoxHostManifest(home, path = BINARY) {
  const dir = join(home, '.mozilla', 'native-messaging-hosts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${HOST_NAME}.json`), JSON.stringify({
    name: HOST_NAME, description: 'Beian Assist (test)', path, type: 'stdio', allowed_extensions: [GECKO_ID],
  }));
}

// The host's rehearsal server on a free port, with the same home and
// environment as the browser; requests to it in the portal's envelope.
export const startServer = (home) => startPortal({ home, env: hostEnv(home) });
export { http, datas };

export async function until(what, fn, timeout = 10_000, step = 50) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); } catch (e) { last = e; }
    if (last && !(last instanceof Error)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, step));
  }
}

export function cleanup(dir) {
  // Retried: a browser's helper processes may still be writing its profile.
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}

// The entity page's model after "fill all" from the sample dossier (the
// uploads are checked by their SHA-256, attachmentHashes).
const e = SAMPLE.entity;
export const ENTITY_EXPECTED = {
  basic: { ...e.basic },
  certificate: { type: e.certificate.type, address: e.certificate.address, validity: { from: e.certificate.validity.from, to: '', longTerm: true } },
  legalRepresentative: { ...e.legalRepresentative },
  securityOfficer: { ...e.securityOfficer },
};
export const entityPart = (model) => model && {
  basic: model.basic,
  certificate: model.certificate && { ...model.certificate, validity: model.certificate.validity && { ...model.certificate.validity, to: model.certificate.validity.to || '' } },
  legalRepresentative: model.legalRepresentative,
  securityOfficer: model.securityOfficer,
};

// The SHA-256 of the files each upload field of the entity holds.
const hashes = (v) => (v == null ? [] : [].concat(v)).map((r) => r.sha256);
export const ATTACHMENT_EXPECTED = Object.fromEntries(Object.entries(e.attachments).map(([k, v]) => [k, hashes(v)]));
export const attachmentHashes = (model) => model && model.attachments && Object.fromEntries(Object.keys(e.attachments).map((k) => [k, hashes(model.attachments[k])]));

// ---- The panel, driven as a person drives it (both browsers). ----

export const connectionText = (panel) => panel.$eval('#connection', (e) => e.textContent);

// Waits by asking from here: Firefox throttles the timers of a background
// tab (the tests' panel tab) to one a second and less, so in-page polling
// (and input actions, which wait for frames) would take minutes there.
export const waitIn = (target, what, fn, args = [], timeout = 30_000) => until(what, async () => (await target.evaluate(fn, ...args)) || null, timeout, 50);

// Clicks a panel button once it is shown and enabled (a DOM click: see waitIn).
export async function clickPanel(panel, id) {
  await waitIn(panel, `#${id} enabled`, (i) => { const b = document.getElementById(i); return !!b && !b.disabled && !b.closest('[hidden]'); }, [id], 10_000);
  await panel.$eval(`#${id}`, (b) => b.click());
}

// The panel's table: {label, status, result, reason} per field row.
export const tableRows = (panel) => panel.$$eval('#fields tbody tr', (trs) => trs.map((tr) => {
  const res = tr.querySelector('[class^=result-]');
  return {
    label: tr.querySelector('strong').textContent,
    status: (tr.querySelector('[class^=status-]') || {}).className,
    result: res ? res.className : null,
    reason: res ? res.textContent.replace(/^.*?(\((.*)\))?$/, '$2') : null,
  };
}));

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// 核对 then 全部填写 on the entity page; checks the panel's results and the
// app's model (mirrored to GET /api/model), and that nothing was submitted.
export async function fillEntityThroughPanel(assert, panel, port) {
  const t0 = Date.now();
  const mark = (what) => { if (process.env.BEIAN_E2E_TIMING) console.error(`# ${what}: ${Date.now() - t0} ms`); };
  await panel.waitForFunction(() => !document.getElementById('pick').hidden, { timeout: 15_000, polling: 50 });
  assert.match(await connectionText(panel), /本机程序版本|Host version/);
  assert.match(await panel.$eval('#dossier', (e) => e.selectedOptions[0].textContent), new RegExp(`${escape(SAMPLE.entity.basic.name)} \\(r${SAMPLE.meta.revision}\\)`));
  mark('connected');
  await clickPanel(panel, 'plan');
  await panel.waitForFunction(() => !document.getElementById('fields').hidden, { timeout: 10_000, polling: 50 });
  assert.match(await panel.$eval('#page-name', (e) => e.textContent), /主体信息/);
  const planned = await tableRows(panel);
  assert.equal(planned.length, ENTITY_FIELDS.length);
  assert.deepEqual(planned.filter((r) => r.status !== 'status-found'), [], 'every entity field is found on the page');
  mark('planned');
  await clickPanel(panel, 'fill-all');
  await panel.waitForFunction((n) => document.querySelectorAll('#fields [class^=result-]').length === n, { timeout: 30_000, polling: 50 }, ENTITY_FIELDS.length);
  mark('filled');
  const rows = await tableRows(panel);
  assert.deepEqual(rows.filter((r) => r.result !== 'result-filled'), [], 'every field is filled, uploads included');
  // The app mirrors its model to the host at most every 100 ms.
  let model;
  await until('the entity model', async () => {
    model = entityPart((await datas(port, '/api/model'))[0]?.entity);
    try { assert.deepEqual(model, ENTITY_EXPECTED); return true; } catch { return false; }
  }, 3000).catch(() => {});
  mark('model checked');
  assert.deepEqual(model, ENTITY_EXPECTED, "the app's own model holds the dossier's values");
  // The page's uploads reach its model after their own requests: waited for too.
  let files;
  await until('the uploads in the model', async () => {
    files = attachmentHashes((await datas(port, '/api/model'))[0]?.entity);
    try { assert.deepEqual(files, ATTACHMENT_EXPECTED); return true; } catch { return false; }
  }, 3000).catch(() => {});
  assert.deepEqual(files, ATTACHMENT_EXPECTED, 'the uploads hold the very files of the dossier');
  assert.deepEqual(await datas(port, '/api/submissions'), [], 'nothing was submitted');
}
