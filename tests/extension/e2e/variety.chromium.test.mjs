// Fill all through the real panel and host on generated layouts of the
// rehearsal portal (three seeds per stack, four stacks), in headless
// Chromium: every screen of every flow, each field judged against the page
// app's own model (variety.mjs, variety-check.mjs).
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { STACKS } from './variety.mjs';
import { checkStack, SEEDS } from './variety-check.mjs';

describe('Chromium: generated layouts, every page', () => {
  const ctx = withChromium('ext-variety');
  for (const stack of STACKS) {
    it(`${stack}: layouts ${SEEDS[stack].join(', ')} filled, every field correct or reported`, async () => {
      const { tabId, page } = await openTab(ctx.browser, ctx.worker, `${ctx.server.base}/`);
      const panel = await openPanel(ctx.browser, ctx.worker, tabId);
      await checkStack(assert, { page, panel, server: ctx.server }, stack);
    });
  }
});
