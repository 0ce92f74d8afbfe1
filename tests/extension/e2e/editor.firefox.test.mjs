// The dossier editor in headless Firefox ESR over WebDriver BiDi with the
// real host, from an empty data directory: the same scenario as in
// Chromium (editor.mjs). BiDi cannot open moz-extension:// pages, so the
// test build's hook opens the editor for a loopback URL carrying
// "beian-e2e-editor", and the panel for one carrying "beian-e2e-panel".
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDataDir, http, waitIn } from './support.mjs';
import { extensionPage, hookedPage, skip, withFirefox } from './firefox-suite.mjs';
import { editorScenario } from './editor.mjs';

describe('Firefox ESR: the dossier editor', { skip }, () => {
  const ctx = withFirefox('beian-ext-editor-ff', { home: emptyDataDir });

  it('writes the sample dossier by typing and clicking, fills the portal from it, and keeps both writers\' values', async () => {
    const { browser, server, home } = ctx;
    const { opener, page: editor } = await hookedPage(browser, `${server.base}/?beian-e2e-editor`, /\/editor\/editor\.html/);
    await opener.close();
    await editorScenario(assert, editor, home, server, async () => {
      await http(server.port, 'POST', '/api/reset');
      const { opener: page, page: panel } = await hookedPage(browser, `${server.base}/element-ui/?beian-e2e-panel#/entity`, /\/panel\/panel\.html\?tab=\d+$/);
      await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 15_000);
      return { page, panel, editorTab: (url) => extensionPage(browser, new Set([page, panel, editor]), url) };
    });
  });
});
