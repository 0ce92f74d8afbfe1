// The dossier editor in headless Chromium with the real extension and host,
// starting from an empty data directory: the sample dossier written through
// the editor page, 全部填写 on the rehearsal portal from it, then two
// writers (editor.mjs). One browser start, one long scenario (CI time).
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHROMIUM_ID, http, waitIn } from './support.mjs';
import { openPanel, openTab } from './chromium-browser.mjs';
import { withChromium } from './chromium-suite.mjs';
import { editorScenario } from './editor.mjs';

describe('Chromium: the dossier editor', () => {
  const ctx = withChromium('ext-editor', { emptyHome: true });

  it('writes the sample dossier by typing and clicking, fills the portal from it, and keeps both writers\' values', async () => {
    const { browser, worker, server, home } = ctx;
    const { page: editor } = await openTab(browser, worker, `chrome-extension://${CHROMIUM_ID}/editor/editor.html`);
    await editorScenario(assert, editor, home, server, async () => {
      await http(server.port, 'POST', '/api/reset');
      const { tabId, page } = await openTab(browser, worker, `${server.base}/element-ui/#/entity`);
      const panel = await openPanel(browser, worker, tabId);
      await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 15_000);
      const editorTab = async (url) => (await browser.waitForTarget((t) => url.test(t.url()) && t !== editor.target(), { timeout: 10_000 })).page();
      return { page, panel, editorTab };
    });
  });
});
