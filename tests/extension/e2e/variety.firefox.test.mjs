// Fill all through the real panel and host on generated layouts of the
// rehearsal portal (three seeds per stack, four stacks), in headless
// Firefox ESR: the same check as in Chromium (variety-check.mjs).
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { waitIn } from './support.mjs';
import { panelFor, skip, withFirefox } from './firefox-suite.mjs';
import { STACKS } from './variety.mjs';
import { checkLayouts, SEEDS } from './variety-check.mjs';

describe('Firefox ESR: generated layouts, every page', { skip }, () => {
  const ctx = withFirefox('beian-ext-variety-ff');
  for (const stack of STACKS) {
    it(`${stack}: layouts ${SEEDS[stack].join(', ')} filled, every field correct or reported`, async () => {
      const { opener: page, page: panel } = await panelFor(ctx.browser, `${ctx.server.base}/`);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 20_000);
        const hostCall = (type, params) => panel.evaluate((t, p) => globalThis.BeianPanel.host(t, p), type, params);
        await checkLayouts(assert, { page, panel, server: ctx.server, hostCall }, stack);
        assert.deepEqual(errors, [], 'no page errors');
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }
});
