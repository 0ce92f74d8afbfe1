// The panel's 生成文件草稿 and 材料清单 in headless Chromium with the real
// extension and host: the drafts are written into the dossier's own folder
// and listed, the checklist shows each material's state, and renaming an
// algorithm turns both of its documents into "reissue".
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clickPanel, waitIn } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { hostCall } from './pages.mjs';

const states = (panel) => panel.$$eval('#checklist-items li', (lis) => lis.map((li) => [li.dataset.material, li.dataset.algorithm || '', li.className.replace(/^material state-/, '')]));

describe('Chromium: document drafts and the materials checklist in the panel', () => {
  const ctx = withChromium('ext-documents');

  it('drafts the four documents, lists the materials, flags both documents of a renamed algorithm', async () => {
    const { browser, worker, server, home } = ctx;
    const { tabId, page } = await openTab(browser, worker, `${server.base}/element-ui/#/entity`);
    await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
    const panel = await openPanel(browser, worker, tabId);
    try {
      await clickPanel(panel, 'drafts');
      await waitIn(panel, 'the drafts', () => document.querySelectorAll('#drafts-list li').length === 6 && document.querySelectorAll('#checklist-items li').length > 0);
      const folder = join(home, 'dossiers', 'demo.documents');
      assert.match(await panel.$eval('#drafts-folder', (e) => e.textContent), /demo\.documents/);
      assert.doesNotMatch(await panel.$eval('#connection', (e) => e.className), /error/);
      for (const name of ['算法备案承诺书.docx', '落实算法安全主体责任基本情况.docx', '算法安全自评估报告-alg-writing.docx', '拟公示内容-alg-feed.docx'])
        assert.ok(existsSync(join(folder, name)), name);
      // The sample's upload fields hold stamped scans: the drafts do not replace them.
      const records = await panel.$$eval('#drafts-list li', (lis) => lis.map((li) => li.textContent));
      assert.ok(records.every((r) => /已有扫描件|a scan is attached/.test(r)), records.join('\n'));

      const before = await states(panel);
      assert.deepEqual(before.find(([m]) => m === 'commitmentLetter'), ['commitmentLetter', '', 'attached']);
      assert.deepEqual(before.find(([m]) => m === 'legalRepresentativeId'), ['legalRepresentativeId', '', 'missing']);

      const { dossier, revision } = await hostCall(panel, 'dossier.get', { id: 'demo' });
      dossier.algorithms[1].basic.name = '知行范文推荐算法';
      await hostCall(panel, 'dossier.save', { id: 'demo', dossier, baseRevision: revision });
      await clickPanel(panel, 'checklist');
      await waitIn(panel, 'the refreshed checklist', () => document.querySelectorAll('#checklist-items li.state-stale').length === 2);
      const stale = (await states(panel)).filter(([, , state]) => state === 'stale');
      assert.deepEqual(stale.map(([m, a]) => `${m}@${a}`).sort(), ['publicDisclosure@alg-feed', 'selfAssessmentReport@alg-feed']);
      assert.match(await panel.$eval('#checklist-items li.state-stale .next', (e) => e.textContent), /算法名称/);
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
