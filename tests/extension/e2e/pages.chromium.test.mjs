// Every filing page after the entity page, in headless Chromium with the
// real extension and host, on the three replica variants: fill all through
// the panel, the app's model holds each planned value, counters match, and
// capture of a hand-edited page returns exactly the edits (pages.mjs).
// Run: npm run test:extension-e2e
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll, cleanup, http, makeHome, startServer, writeChromiumHostManifest } from './support.mjs';
import { launchChromium, openPanel, openTab, serviceWorker } from './chromium-browser.mjs';
import { fillFlowAndCapture } from './pages.mjs';
import { Driver } from '../../e2e/support/driver.mjs';

describe('Chromium: the algorithm and product pages', () => {
  let ext;
  let home;
  let server;
  let browser;
  let worker;
  let profileDir;

  before(async () => {
    ext = buildAll();
    home = makeHome('beian-ext-pages-');
    server = await startServer(home);
    profileDir = mkdtempSync(join(tmpdir(), 'beian-chromium-pages-'));
    writeChromiumHostManifest(profileDir);
    browser = await launchChromium(ext.chromium, home, profileDir);
    worker = await serviceWorker(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    cleanup(profileDir);
    cleanup(home);
  });

  for (const variant of ['element-ui', 'element-plus', 'plain']) {
    it(`${variant}: fill all on every page of both flows, then capture two hand edits`, async () => {
      await http(server.port, 'POST', '/api/reset');
      const { tabId, page } = await openTab(browser, worker, `${server.base}/${variant}/#/algorithm/basic`);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const panel = await openPanel(browser, worker, tabId);
      try {
        await fillFlowAndCapture(assert, page, panel, server.port, variant, Driver);
        assert.deepEqual(errors, [], 'no page errors');
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }
});
