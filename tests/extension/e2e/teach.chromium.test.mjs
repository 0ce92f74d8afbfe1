// Teach mode in headless Chromium with the real extension and host: the
// portal renames a label (主体名称 → 单位全称), the plan misses the field, the
// person presses 指认 and clicks the control on the page; the click never
// reaches the page, the host keeps the new label as an alias in the local
// override, the plan finds the field by it and fill all puts the value in.
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE, datas, http, until, waitIn } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { planInPanel } from './pages.mjs';

const NEW_LABEL = '单位全称';
const statusOf = (panel, id) => panel.$eval(`#fields tr[data-field="${id}"] [class^=status-]`, (e) => e.className);

describe('Chromium: teach mode', () => {
  const ctx = withChromium('ext-teach');

  it('a renamed label is taught by a click on its control, kept by the host, then filled', async () => {
    const { browser, worker, server, home } = ctx;
    await http(server.port, 'POST', '/api/reset');
    const { tabId, page } = await openTab(browser, worker, `${server.base}/plain/#/entity`);
    await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
    // The portal's new wording; the page counts the clicks its control gets.
    const inputId = await page.evaluate((label) => {
      // The label cell's own text node (a required mark may sit beside it).
      const text = [...document.querySelectorAll('th, label, span')].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === 3 && n.textContent.trim() === '主体名称');
      text.textContent = label;
      let row = text.parentElement;
      while (row && !row.querySelector('input')) row = row.parentElement;
      const input = row.querySelector('input');
      input.id = input.id || 'renamed-field';
      // Its placeholder is reworded too (it would name the field otherwise).
      input.placeholder = `请输入${label}`;
      globalThis.pageClicks = 0;
      input.addEventListener('click', () => { globalThis.pageClicks += 1; });
      return input.id;
    }, NEW_LABEL);

    const panel = await openPanel(browser, worker, tabId);
    try {
      await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 15_000);
      await planInPanel(panel, 'entity');
      assert.equal(await statusOf(panel, 'entity.basic.name'), 'status-not-found');

      await panel.$eval('#fields tr[data-field="entity.basic.name"] button.teach', (b) => b.click());
      await waitIn(panel, 'the teach hint', () => !document.getElementById('teach-hint').hidden);
      // Pick mode shows a crosshair over the page; then one click.
      await page.waitForFunction(() => getComputedStyle(document.documentElement).cursor === 'crosshair', { timeout: 10_000, polling: 50 });
      await page.click(`#${inputId}`);
      await waitIn(panel, 'the taught label', (l) => document.getElementById('teach-hint').textContent.includes(l), [NEW_LABEL]);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).cursor), 'auto', 'pick mode is over');
      assert.equal(await page.evaluate(() => globalThis.pageClicks), 0, 'the click never reached the page');
      await waitIn(panel, 'the plan after teaching', () => {
        const tr = document.querySelector('#fields tr[data-field="entity.basic.name"]');
        return !!tr && !!tr.querySelector('.status-found');
      });

      const override = JSON.parse(readFileSync(join(home, 'profile.override.json'), 'utf8'));
      assert.ok(JSON.stringify(override).includes(NEW_LABEL), 'the alias is in the local override');

      await panel.$eval('#fields tr[data-field="entity.basic.name"] button', (b) => b.click());
      await until('the name in the model', async () => (await datas(server.port, '/api/model'))[0]?.entity?.basic?.name === SAMPLE.entity.basic.name, 5000);
      assert.deepEqual(await datas(server.port, '/api/submissions'), [], 'nothing was submitted');
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
