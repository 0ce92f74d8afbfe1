// Headless Chromium with the extension's test build loaded, for the browser
// tests and the fill benchmark: launch, the service worker, tabs opened by
// the extension, and the panel in a window of its own bound to a tab.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ID, hostEnv } from './support.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PANEL = `chrome-extension://${CHROMIUM_ID}/panel/panel.html`;

// home: the throwaway HOME the host the browser starts runs with. options go
// to puppeteer.launch, args are added to ours (scripts/demo-browser.mjs
// shows a window and handles Ctrl+C itself).
export function launchChromium(extensionDir, home, userDataDir, { args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    enableExtensions: true,
    env: hostEnv(home),
    ...options,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`, '--window-size=1366,900', ...args,
    ],
  });
}

// The extension's service worker, once its extension APIs are bound: on a
// loaded machine the target can be attached before they are, and the first
// evaluate then failed with "chrome is not defined". A worker that goes away
// meanwhile (restarted) is looked up again.
export async function serviceWorker(browser) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${CHROMIUM_ID}/`), { timeout: 10_000, polling: 50 });
    const worker = await target.worker();
    for (;;) {
      const bound = await worker.evaluate(() => typeof chrome === 'object' && Boolean(chrome.tabs)).catch(() => null);
      if (bound) return worker;
      if (Date.now() >= deadline) throw new Error('the extension\'s service worker never had chrome.tabs');
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (bound === null) break; // its context is gone: find the worker again
    }
  }
}

// A tab opened by the extension itself, so its id is known even where the
// extension has no host access (no "tabs" permission). A visible window
// passes viewport null so the page follows the window's size.
export async function openTab(browser, worker, url, viewport = { width: 1366, height: 900 }) {
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id, url);
  const same = (u) => { try { return u === url || decodeURIComponent(u) === url; } catch { return false; } };
  const target = await browser.waitForTarget((t) => t.type() === 'page' && same(t.url()), { timeout: 10_000, polling: 50 });
  const page = await target.page();
  if (viewport) await page.setViewport(viewport);
  return { tabId, page };
}

// The panel in a window of its own, bound to the portal's tab (as the side
// panel is bound to its window's active tab).
export async function openPanel(browser, worker, tabId) {
  const url = `${PANEL}?tab=${tabId}`;
  await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 520, height: 800 }), url);
  const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 10_000, polling: 50 });
  return target.page();
}
