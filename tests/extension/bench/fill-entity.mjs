// Benchmark (not a test): "fill all" of the whole entity page in headless
// Chromium, from the click in the real panel to the last field confirmed
// (every result shown, uploads included), against a raw script that puts the
// same values straight into the page app's own model (and uploads the same
// files through the page's upload API) in the same browser run.
//   node tests/extension/bench/fill-entity.mjs [RUNS]   (needs build/native-host/beian-assist)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT, SAMPLE, buildAll, cleanup, clickPanel, http, makeHome, startServer, writeChromiumHostManifest,
} from '../e2e/support.mjs';
import { launchChromium, openPanel, openTab, serviceWorker } from '../e2e/chromium-browser.mjs';

const RUNS = Number(process.argv[2] || 7);
const FIELDS = JSON.parse(readFileSync(join(ROOT, 'schemas/portal/profile.json'), 'utf8')).pages.find((p) => p.id === 'entity').fields.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The attachment files as the raw script posts them.
const files = Object.entries(SAMPLE.entity.attachments).map(([key, v]) => [key, [].concat(v).map((r) => ({
  name: r.path.split('/').pop(), data: readFileSync(join(ROOT, 'schemas/examples', r.path)).toString('base64'),
}))]);

// In the page: the app's reactive store (Vue 2 root or Vue 3 app), then the
// values assigned and the uploads posted; resolves after the next render.
async function rawFill(entity, uploads) {
  // Vue 3's production build does not expose its root instance.
  const el = document.querySelector('.portal');
  if (!el.__vue__) return null;
  const model = el.__vue__.$root.store.models.entity;
  const t0 = performance.now();
  for (const part of ['basic', 'certificate', 'legalRepresentative', 'securityOfficer']) Object.assign(model[part], entity[part]);
  for (const [key, list] of uploads) {
    const records = [];
    for (const f of list) {
      const form = new FormData();
      form.append('file', new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: 'application/pdf' }));
      records.push((await (await fetch('/api/file/upload', { method: 'POST', body: form })).json()).datas[0]);
    }
    model.attachments[key] = records;
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}

const ext = buildAll();
const home = makeHome('beian-bench-fill-');
const server = await startServer(home);
const profileDir = mkdtempSync(join(tmpdir(), 'beian-bench-profile-'));
writeChromiumHostManifest(profileDir);
const browser = await launchChromium(ext.chromium, home, profileDir);
try {
  const worker = await serviceWorker(browser);
  for (const variant of ['element-ui', 'element-plus']) {
    const fill = [];
    const raw = [];
    for (let i = 0; i < RUNS; i += 1) {
      await http(server.port, 'POST', '/api/reset');
      const { tabId, page } = await openTab(browser, worker, `${server.base}/${variant}/#/entity`);
      await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
      const panel = await openPanel(browser, worker, tabId);
      await clickPanel(panel, 'plan');
      await panel.waitForFunction(() => !document.getElementById('fill-all').disabled, { timeout: 10_000, polling: 20 });
      const t0 = Date.now();
      await panel.click('#fill-all');
      await panel.waitForFunction((n) => document.querySelectorAll('#fields [class^=result-]').length === n, { timeout: 30_000, polling: 10 }, FIELDS);
      fill.push(Date.now() - t0);
      const filled = await panel.$$eval('#fields .result-filled', (els) => els.length);
      if (filled !== FIELDS) throw new Error(`${variant}: ${filled}/${FIELDS} fields filled`);
      await panel.close();
      await page.close();
      await http(server.port, 'POST', '/api/reset');
      const fresh = await openTab(browser, worker, `${server.base}/${variant}/#/entity`);
      await fresh.page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
      const ms = await fresh.page.evaluate(rawFill, SAMPLE.entity, files);
      if (ms !== null) raw.push(ms);
      await fresh.page.close();
    }
    const f = median(fill);
    const r = raw.length ? median(raw) : null;
    const vsRaw = r === null ? 'raw script n/a (Vue 3 production build hides its root instance)'
      : `raw script ${r.toFixed(1)} ms, ratio ${(f / r).toFixed(1)}x, <= 3x ${f <= 3 * r ? 'met' : 'MISSED'}`;
    console.log(`${variant}: fill all ${f} ms (median of ${RUNS}, ${FIELDS} fields incl. 3 uploads), < 1000 ms ${f < 1000 ? 'met' : 'MISSED'}; ${vsRaw}`);
  }
} finally {
  await browser.close();
  await server.stop();
  cleanup(profileDir);
  cleanup(home);
}
