// Every filing page after the entity page, in headless Chromium with the
// real extension and host, on the Element UI replica: fill all through
// the panel, the app's model holds each planned value, counters match, and
// capture of a hand-edited page returns exactly the edits (pages.mjs).
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { fillFlowAndCapture } from './pages.mjs';
import { Driver } from '../../e2e/support/driver.mjs';

describe('Chromium: the algorithm and product pages', () => {
  const ctx = withChromium('ext-pages');

  // One stack here: every stack's every page is filled on generated layouts
  // (variety.chromium.test.mjs); this one also captures hand edits and fills
  // 技术服务方式, which the sample's first algorithm (a provider) never shows.
  for (const variant of ['element-ui']) {
    it(`${variant}: fill all on every page of both flows, then capture two hand edits`, async () => {
      await http(ctx.server.port, 'POST', '/api/reset');
      const { tabId, page } = await openTab(ctx.browser, ctx.worker, `${ctx.server.base}/${variant}/#/algorithm/basic`);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const panel = await openPanel(ctx.browser, ctx.worker, tabId);
      try {
        await fillFlowAndCapture(assert, page, panel, ctx.server.port, variant, Driver);
        assert.deepEqual(errors, [], 'no page errors');
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }
});
