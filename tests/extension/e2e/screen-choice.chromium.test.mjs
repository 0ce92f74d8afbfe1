// The panel's page choice, in headless Chromium with the real host: a screen
// the extension cannot place with confidence (a product page showing only
// three of its eight fields) makes the panel list its candidates instead of
// planning; the person's pick is planned and kept for that route, so the
// next 核对 plans at once; 更改 asks again.
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clickPanel, http, waitIn } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';

const KEEP = ['产品名称', '访问地址', '服务状态'];
const idle = (panel) => waitIn(panel, 'the panel idle', () => globalThis.BeianPanel.state.busy === 0, [], 20_000);

describe('Chromium: which page a screen is, when unsure', () => {
  const ctx = withChromium('ext-choice');

  it('lists the candidates, plans the one picked, keeps the pick for the route, and asks again on 更改', async () => {
    await http(ctx.server.port, 'POST', '/api/reset');
    const { tabId, page } = await openTab(ctx.browser, ctx.worker, `${ctx.server.base}/plain/#/product`);
    await page.waitForFunction(() => document.body.innerText.includes('产品名称'), { timeout: 10_000, polling: 50 });
    // Only three of the product page's rows stay on the screen, and no step
    // bar names the page.
    const left = await page.evaluate((keep) => {
      for (const steps of document.querySelectorAll('[class*=step]')) steps.remove();
      for (const tr of document.querySelectorAll('tr')) {
        const th = tr.querySelector('th');
        if (th && tr.querySelector('input, select, textarea') && !keep.some((k) => th.textContent.includes(k))) tr.remove();
      }
      return document.querySelectorAll('tr input, tr select, tr textarea').length;
    }, KEEP);
    assert.ok(left >= 3);
    const panel = await openPanel(ctx.browser, ctx.worker, tabId);
    try {
      await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 20_000);
      await clickPanel(panel, 'plan');
      await idle(panel);
      const chooser = await panel.evaluate(() => ({
        shown: !document.getElementById('page-choice').hidden,
        planned: !!globalThis.BeianPanel.state.plan,
        boxes: [...document.querySelectorAll('#page-candidates input')].map((b) => ({ page: b.dataset.page, checked: b.checked, candidate: b.closest('label').className === 'candidate' })),
      }));
      assert.equal(chooser.shown, true, 'the chooser is shown');
      assert.equal(chooser.planned, false, 'nothing is planned before the person picks');
      assert.deepEqual(chooser.boxes[0], { page: 'product', checked: true, candidate: true }, 'the likeliest page first, ticked');
      assert.equal(chooser.boxes.length, 8, 'every profile page can be picked');

      await panel.$eval('#page-choice-ok', (b) => b.click());
      await waitIn(panel, 'the plan of the picked page', () => !!globalThis.BeianPanel.state.plan && globalThis.BeianPanel.state.busy === 0, [], 20_000);
      const plan = await panel.evaluate(() => globalThis.BeianPanel.state.plan.fields.map((f) => `${f.id}:${f.status}`));
      assert.equal(plan.length, 8, 'the product page is planned');
      assert.deepEqual(plan.filter((s) => s.endsWith(':found')).map((s) => s.split(':')[0]).sort(), ['product.accessAddress', 'product.name', 'product.serviceStatus']);

      // The next 核对 on the same route plans at once.
      await panel.evaluate(() => { globalThis.BeianPanel.state.plan = null; });
      await clickPanel(panel, 'plan');
      await idle(panel);
      assert.deepEqual(await panel.evaluate(() => [document.getElementById('page-choice').hidden, !!globalThis.BeianPanel.state.plan]), [true, true], 'the pick is kept for the route');

      await clickPanel(panel, 'page-change');
      await idle(panel);
      assert.equal(await panel.evaluate(() => !document.getElementById('page-choice').hidden), true, '更改 asks again');
      assert.deepEqual(await (await fetch(`${ctx.server.base}/api/submissions`)).json().then((b) => b.datas), [], 'nothing was submitted');
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
