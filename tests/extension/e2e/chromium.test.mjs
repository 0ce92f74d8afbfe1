// The extension in headless Chromium, connected to the real host binary:
// the test build is loaded unpacked, the host is registered in the throwaway
// profile's NativeMessagingHosts, and the rehearsal portal is served by the
// same binary. "Fill all" is driven through the real panel page (opened in
// its own window, bound to the portal tab), and GET /api/model shows what
// the page's app itself holds afterwards.
// Run: npm run test:extension-e2e
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_ID, buildAll, cleanup, clickPanel, connectionText, fillEntityThroughPanel, http, makeHome, startServer,
  until, writeChromiumHostManifest,
} from './support.mjs';
import { launchChromium, openPanel, openTab, serviceWorker } from './chromium-browser.mjs';

let ext;
let home;
let server;
const launch = (userDataDir) => launchChromium(ext.chromium, home, userDataDir);

// Whether a content script of this extension listens in the tab.
const contentListens = (worker, tabId) => worker.evaluate((id) => chrome.tabs.sendMessage(id, { to: 'content', type: 'survey', params: {} }, { frameId: 0 })
  .then(() => true, () => false), tabId);

before(async () => {
  ext = buildAll();
  home = makeHome('beian-ext-chromium-');
  server = await startServer(home);
});

after(async () => {
  await server?.stop();
  cleanup(home);
});

describe('Chromium with the real host', () => {
  let browser;
  let worker;
  let profileDir;

  before(async () => {
    profileDir = mkdtempSync(join(tmpdir(), 'beian-chromium-profile-'));
    writeChromiumHostManifest(profileDir);
    browser = await launch(profileDir);
    worker = await serviceWorker(browser);
  });

  after(async () => {
    await browser?.close();
    cleanup(profileDir);
  });

  it('loads with the fixed ID; the background reaches the host', async () => {
    assert.equal(await worker.evaluate(() => chrome.runtime.id), CHROMIUM_ID);
    const state = await worker.evaluate(async () => {
      const s = await globalThis.BeianBackground.host.connect();
      globalThis.BeianBackground.host.disconnect();
      return { status: s.status, host: s.hello && s.hello.host.name, caller: s.hello && s.hello.caller };
    });
    assert.deepEqual(state, { status: 'ready', host: 'beian-assist', caller: { browser: 'chromium', extensionId: CHROMIUM_ID } });
  });

  for (const variant of ['element-ui', 'element-plus', 'plain']) {
    it(`${variant}: fill all puts the sample dossier's entity fields in the app's model, submits nothing`, async () => {
      await http(server.port, 'POST', '/api/reset');
      const { tabId, page } = await openTab(browser, worker, `${server.base}/${variant}/#/entity`);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
      const panel = await openPanel(browser, worker, tabId);
      try {
        await fillEntityThroughPanel(assert, panel, server.port);
        assert.deepEqual(errors, [], 'no page errors');
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }

  it('a sandboxed iframe inside the portal page is neither planned nor filled', async () => {
    await http(server.port, 'POST', '/api/reset');
    const { tabId, page } = await openTab(browser, worker, `${server.base}/plain/#/entity`);
    await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
    // A frame drawing the same labels, as an embedded page or an attacker would.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      frame.srcdoc = '<label>主体名称 <input id="trap"></label><label>统一社会信用代码 <input id="trap2"></label>';
      document.body.prepend(frame);
    });
    const frame = await until('the sandboxed frame', () => page.frames().find((f) => f !== page.mainFrame()) || null);
    await frame.waitForSelector('#trap');
    const panel = await openPanel(browser, worker, tabId);
    try {
      await fillEntityThroughPanel(assert, panel, server.port);
      assert.deepEqual(await frame.$$eval('input', (els) => els.map((e) => e.value)), ['', ''], 'the frame is untouched');
    } finally {
      await panel.close();
      await page.close();
    }
  });

  it('a loopback page that is no filing page: recognised as none, fill all stays off', async () => {
    const { tabId, page } = await openTab(browser, worker, `${server.base}/`);
    const panel = await openPanel(browser, worker, tabId);
    try {
      await panel.waitForFunction(() => !document.getElementById('pick').hidden, { timeout: 10_000, polling: 50 });
      await clickPanel(panel, 'plan');
      await panel.waitForFunction(() => document.getElementById('page-name').textContent.trim() !== '', { timeout: 10_000, polling: 50 });
      assert.match(await panel.$eval('#page-name', (e) => e.textContent), /未识别出备案页面|Not a filing page/);
      assert.equal(await panel.$eval('#fields', (e) => e.hidden), true, 'no plan');
      assert.equal(await panel.$eval('#fill-all', (e) => e.disabled), true, 'fill all stays disabled');
    } finally {
      await panel.close();
      await page.close();
    }
  });

  for (const [name, url] of [['a data: URL', 'data:text/html,<title>x</title><label>主体名称 <input></label>'], ['another origin (localhost)', null]]) {
    it(`${name}: no content script, the panel does not touch it`, async () => {
      const target = url || `http://localhost:${server.port}/element-ui/#/entity`;
      const { tabId, page } = await openTab(browser, worker, target);
      const panel = await openPanel(browser, worker, tabId);
      try {
        assert.equal(await contentListens(worker, tabId), false, 'no content script in the page');
        await panel.waitForFunction(() => !document.getElementById('pick').hidden, { timeout: 10_000, polling: 50 });
        await clickPanel(panel, 'plan');
        await panel.waitForFunction(() => document.getElementById('page-name').textContent.trim() !== '', { timeout: 10_000, polling: 50 });
        assert.equal(await panel.$eval('#fields', (e) => e.hidden), true, 'no plan');
        assert.equal(await panel.$eval('#fill-all', (e) => e.disabled), true);
        assert.equal(await panel.$eval('#grant', (e) => e.hidden), true, 'no offer to grant a foreign origin');
        // The background refuses content requests for the tab whatever the panel asks.
        const reply = await panel.evaluate((id) => new Promise((resolve) => {
          const port = chrome.runtime.connect({ name: 'panel' });
          port.onMessage.addListener((m) => { resolve(m.reply); port.disconnect(); });
          port.postMessage({ id: 1, type: 'content', params: { tabId: id, type: 'apply', params: { ids: null } } });
        }), tabId);
        assert.deepEqual(reply, { ok: false, error: 'origin-not-allowed' });
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }
});

describe('Chromium without the host registered', () => {
  let browser;
  let profileDir;

  before(async () => {
    profileDir = mkdtempSync(join(tmpdir(), 'beian-chromium-nohost-'));
    browser = await launch(profileDir);
  });

  after(async () => {
    await browser?.close();
    cleanup(profileDir);
  });

  it('the panel says how to install the host', async () => {
    const worker = await serviceWorker(browser);
    const { tabId, page } = await openTab(browser, worker, `${server.base}/element-ui/#/entity`);
    const panel = await openPanel(browser, worker, tabId);
    try {
      await panel.waitForFunction(() => document.getElementById('connection').classList.contains('error'), { timeout: 10_000, polling: 50 });
      const text = await connectionText(panel);
      assert.match(text, /beian-assist install --user/);
      assert.match(text, /未找到本机程序|not found/);
      assert.equal(await panel.$eval('#pick', (e) => e.hidden), true, 'nothing to pick without the host');
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
