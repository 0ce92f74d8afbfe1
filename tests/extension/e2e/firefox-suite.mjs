// The set-up the Firefox test files share, as node:test hooks: the test
// build installed as a temporary add-on in headless Firefox ESR (WebDriver
// BiDi), a throwaway HOME with the host registered, the rehearsal server;
// and the extension pages the test build's hook opens (BiDi cannot open a
// moz-extension:// page: a loopback URL carrying "beian-e2e-panel" or
// "beian-e2e-editor" makes the background open it).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { GECKO_ID, buildAll, cleanup, hostEnv, makeHome, startServer, until, writeFirefoxHostManifest } from './support.mjs';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const skip = existsSync(FIREFOX) ? false : `${FIREFOX} is not installed`;

export async function launchFirefox(extensionDir, home) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, env: { ...hostEnv(home), MOZ_CRASHREPORTER_DISABLE: '1' } });
  assert.equal(await browser.installExtension(extensionDir), GECKO_ID);
  return browser;
}

// Call inside describe(); the returned object is filled in by before():
// {home, server, browser}. home: a function making the data directory
// (default: one holding the sample dossier); host: false leaves the host
// unregistered.
export function withFirefox(prefix, { home = makeHome, host = true } = {}) {
  const ctx = {};
  before(async () => {
    const ext = buildAll();
    ctx.home = home(`${prefix}-`);
    if (host) writeFirefoxHostManifest(ctx.home);
    ctx.server = await startServer(ctx.home);
    ctx.browser = await launchFirefox(ext.firefox, ctx.home);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
    cleanup(ctx.home);
  });
  return ctx;
}

// A page of the extension not among known whose address matches pattern
// (BiDi reports an extension page's URL as about:blank: ask the page).
export const extensionPage = (browser, known, pattern) => until(`the page ${pattern}`, async () => {
  for (const p of await browser.pages()) {
    if (known.has(p)) continue;
    const href = await p.evaluate(() => location.href).catch(() => '');
    if (/^moz-extension:/.test(href) && pattern.test(href)) return p;
  }
  return null;
}, 15_000, 100);

// The extension page the test build's hook opened for a loopback URL with
// its trigger, and the loopback page itself.
export async function hookedPage(browser, url, pattern) {
  const known = new Set(await browser.pages());
  const opener = await browser.newPage();
  await opener.goto(url);
  known.add(opener);
  return { opener, page: await extensionPage(browser, known, pattern) };
}

// The panel bound to a new portal tab opened at url (its query gets the trigger).
export function panelFor(browser, url) {
  const hooked = url.includes('?') ? url.replace('?', '?beian-e2e-panel&') : url.replace(/(#|$)/, '?beian-e2e-panel$1');
  return hookedPage(browser, hooked, /\/panel\/panel\.html\?tab=\d+$/);
}
