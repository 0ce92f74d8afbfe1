// The dossier editor in headless Firefox ESR over WebDriver BiDi with the
// real host, from an empty data directory: the same scenario as in
// Chromium (editor.mjs). BiDi cannot open moz-extension:// pages, so the
// test build's hook opens the editor for a loopback URL carrying
// "beian-e2e-editor", and the panel for one carrying "beian-e2e-panel".
// Run: npm run test:extension-e2e
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { GECKO_ID, buildAll, cleanup, emptyDataDir, hostEnv, http, startServer, until, waitIn, writeFirefoxHostManifest } from './support.mjs';
import { editorScenario } from './editor.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const skip = existsSync(FIREFOX) ? false : `${FIREFOX} is not installed`;

// A page of the extension not among known whose address matches pattern
// (BiDi reports an extension page's URL as about:blank: ask the page).
const extensionPage = (browser, known, pattern) => until(`the page ${pattern}`, async () => {
  for (const p of await browser.pages()) {
    if (known.has(p)) continue;
    const href = await p.evaluate(() => location.href).catch(() => '');
    if (/^moz-extension:/.test(href) && pattern.test(href)) return p;
  }
  return null;
}, 15_000, 100);

// The extension page the test build's hook opened for a loopback URL with
// its trigger, and the loopback page itself.
async function hookedPage(browser, url, pattern) {
  const known = new Set(await browser.pages());
  const opener = await browser.newPage();
  await opener.goto(url);
  known.add(opener);
  return { opener, page: await extensionPage(browser, known, pattern) };
}

describe('Firefox ESR: the dossier editor', { skip }, () => {
  const ctx = {};
  before(async () => {
    const ext = buildAll();
    ctx.home = emptyDataDir('beian-ext-editor-ff-');
    writeFirefoxHostManifest(ctx.home);
    ctx.server = await startServer(ctx.home);
    ctx.browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, env: { ...hostEnv(ctx.home), MOZ_CRASHREPORTER_DISABLE: '1' } });
    assert.equal(await ctx.browser.installExtension(ext.firefox), GECKO_ID);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
    cleanup(ctx.home);
  });

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
