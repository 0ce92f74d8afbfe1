// Fill all through the real panel and host on generated layouts of the
// rehearsal portal (three seeds per stack, four stacks), in headless
// Firefox ESR: the same check as in Chromium (variety-check.mjs).
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { panelFor, skip, withFirefox } from './firefox-suite.mjs';
import { STACKS } from './variety.mjs';
import { checkStack, SEEDS } from './variety-check.mjs';

describe('Firefox ESR: generated layouts, every page', { skip }, () => {
  const ctx = withFirefox('beian-ext-variety-ff');
  for (const stack of STACKS) {
    it(`${stack}: layouts ${SEEDS[stack].join(', ')} filled, every field correct or reported`, async () => {
      const { opener: page, page: panel } = await panelFor(ctx.browser, `${ctx.server.base}/`);
      await checkStack(assert, { page, panel, server: ctx.server }, stack);
    });
  }
});
