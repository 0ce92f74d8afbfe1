// A filing's life in the panel, in headless Chromium with the real extension
// and host on the rehearsal portal: the entity page filled and edited by
// hand, captured, submitted, sent back (退回) with a comment the panel shows
// beside its field, approved; then two fields changed in the dossier are
// exactly the two rows flagged as changed since the approved filing; fill
// all, and the page and the diff against the new baseline are both empty.
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datas, fillEntityThroughPanel, http, waitIn } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { capturePreview, confirmCapture, hostCall, planInPanel, profilePage } from './pages.mjs';
import { Driver } from '../../e2e/support/driver.mjs';

const label = (id) => profilePage('entity').fields.find((f) => f.id === id).label;
const flagged = (panel) => panel.$$eval('#fields tbody tr', (trs) => trs.filter((tr) => tr.querySelector('.changed')).map((tr) => tr.dataset.field));
const commented = (panel) => panel.$$eval('#fields tbody tr', (trs) => trs.filter((tr) => tr.querySelector('.comment')).map((tr) => [tr.dataset.field, tr.querySelector('.comment').textContent]));
const entityChanges = async (panel) => (await hostCall(panel, 'filing.changes', { id: 'demo' })).filings.find((f) => f.scope === 'entity');

describe('Chromium: a filing across revisions in the panel', () => {
  const ctx = withChromium('ext-filing');

  it('capture, 退回 comments beside fields, changed fields flagged against the approved baseline, fill, no diff left', async () => {
    const { browser, worker, server } = ctx;
    await http(server.port, 'POST', '/api/reset');
    const { tabId, page } = await openTab(browser, worker, `${server.base}/element-ui/#/entity`);
    await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
    const panel = await openPanel(browser, worker, tabId);
    try {
      await fillEntityThroughPanel(assert, panel, server.port);
      const original = (await hostCall(panel, 'dossier.get', { id: 'demo' })).dossier.entity;

      // A hand edit on the filed page comes back through capture.
      const driver = new Driver('element-ui', page);
      await driver.text(label('entity.basic.address'), null, `${original.basic.address}A座`);
      assert.deepEqual(await capturePreview(panel), [{ field: 'entity.basic.address', from: original.basic.address, to: `${original.basic.address}A座` }]);
      await confirmCapture(panel);

      // Submitted, then sent back with a comment on 网址: shown beside it.
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'submitted' });
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'returned', comments: [{ path: '/entity/basic/website', text: '网址无法访问，请核实' }] });
      await planInPanel(panel, 'entity');
      const comments = await commented(panel);
      assert.deepEqual(comments.map(([field]) => field), ['entity.basic.website']);
      assert.match(comments[0][1], /^(审核意见：|Reviewer: )网址无法访问，请核实$/);

      // Resubmitted and approved: the baseline; nothing is flagged.
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'submitted' });
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'approved' });
      await planInPanel(panel, 'entity');
      assert.deepEqual(await commented(panel), [], 'an approved filing shows no open comments');
      assert.deepEqual(await flagged(panel), []);

      // Two fields changed in the dossier: exactly those two are flagged.
      const current = await hostCall(panel, 'dossier.get', { id: 'demo' });
      const next = structuredClone(current.dossier);
      next.entity.securityOfficer.email = 'anquan@zhixingxinglan.example';
      next.entity.basic.monthlyActiveUsers = '1500000';
      await hostCall(panel, 'dossier.save', { id: 'demo', dossier: next, baseRevision: current.revision });
      await planInPanel(panel, 'entity');
      assert.deepEqual((await flagged(panel)).sort(), ['entity.basic.monthlyActiveUsers', 'entity.securityOfficer.email']);
      assert.equal((await entityChanges(panel)).entries.length, 2);

      // Fill all: the page takes the two new values; capture finds nothing to save.
      await panel.$eval('#fill-all', (b) => b.click());
      await waitIn(panel, 'the fill', () => document.querySelectorAll('#fields [class^=result-]').length === document.querySelectorAll('#fields tbody tr').length);
      const results = await panel.$$eval('#fields tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.field, tr.querySelector('[class^=result-]').className])));
      assert.equal(results['entity.securityOfficer.email'], 'result-filled');
      assert.equal(results['entity.basic.monthlyActiveUsers'], 'result-filled');
      assert.deepEqual(await capturePreview(panel), [], 'the page holds the dossier');
      await panel.$eval('#capture-cancel', (b) => b.click());

      // Filed and approved again: the diff against the new baseline is empty.
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'submitted' });
      await hostCall(panel, 'filing.mark', { id: 'demo', status: 'approved' });
      assert.deepEqual((await entityChanges(panel)).entries, []);
      await planInPanel(panel, 'entity');
      assert.deepEqual(await flagged(panel), []);
      assert.deepEqual(await datas(server.port, '/api/submissions'), [], 'nothing was submitted');
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
