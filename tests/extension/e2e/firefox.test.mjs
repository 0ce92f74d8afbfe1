// The extension in headless Firefox ESR over WebDriver BiDi, connected to the
// real host binary: the test build is installed as a temporary add-on, the
// host is registered in $HOME/.mozilla/native-messaging-hosts of a temp
// HOME, and "fill all" is driven through the real panel page, bound to the
// portal's tab. GET /api/model shows what the page's app holds afterwards.
// Run: npm run test:extension-e2e
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import {
  GECKO_ID, buildAll, cleanup, connectionText, fillEntityThroughPanel, hostEnv, http, makeHome, startServer, until, writeFirefoxHostManifest,
} from './support.mjs';
import { fillFlowAndCapture } from './pages.mjs';
import { Driver } from '../../e2e/support/driver.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

let ext;
let server;
let serverHome;

before(async () => {
  ext = buildAll();
  serverHome = makeHome('beian-ext-firefox-server-');
  server = await startServer(serverHome);
});

after(async () => {
  await server?.stop();
  cleanup(serverHome);
});

async function launch(home) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...hostEnv(home), MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  assert.equal(await browser.installExtension(ext.firefox), GECKO_ID);
  return browser;
}

// The portal page and the panel bound to its tab. BiDi cannot navigate to a
// moz-extension:// page, so the test build's hook opens the panel when a
// loopback URL carries "beian-e2e-panel" in its query.
async function openPortalAndPanel(browser, path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const known = new Set(await browser.pages());
  await page.goto(`${server.base}${path.replace('#', '?beian-e2e-panel#')}`);
  // BiDi reports an extension page's URL as about:blank: ask the page itself.
  const panel = await until('the panel page', async () => {
    for (const p of await browser.pages()) {
      if (known.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\/panel\.html\?tab=\d+$/.test(href)) return p;
    }
    return null;
  }, 15_000, 100);
  return { page, panel, errors };
}

const skip = existsSync(FIREFOX) ? false : `${FIREFOX} is not installed`;

// One browser per describe(): a throwaway HOME (with the host registered
// unless host is false) and the extension installed; filled in by before().
function withFirefox(prefix, { host = true } = {}) {
  const ctx = {};
  before(async () => {
    ctx.home = makeHome(prefix);
    if (host) writeFirefoxHostManifest(ctx.home);
    ctx.browser = await launch(ctx.home);
  });
  after(async () => {
    await ctx.browser?.close();
    cleanup(ctx.home);
  });
  return ctx;
}

// The portal reset and opened at path with its panel; run(page, panel),
// then no page error; both closed whatever happens.
async function onPortal(browser, path, run) {
  await http(server.port, 'POST', '/api/reset');
  const { page, panel, errors } = await openPortalAndPanel(browser, path);
  try {
    await run(page, panel);
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await panel.close();
    await page.close();
  }
}

describe('Firefox ESR with the real host', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox-');

  for (const variant of ['element-ui', 'element-plus', 'plain']) {
    it(`${variant}: fill all puts the sample dossier's entity fields in the app's model, submits nothing`, () => onPortal(ctx.browser, `/${variant}/#/entity`, async (page, panel) => {
      await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
      await fillEntityThroughPanel(assert, panel, server.port);
    }));
  }
});

describe('Firefox ESR: the algorithm and product pages', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox-pages-');

  for (const variant of ['element-ui', 'element-plus', 'plain']) {
    it(`${variant}: fill all on every page of both flows, then capture two hand edits`, () => onPortal(ctx.browser, `/${variant}/#/algorithm/basic`,
      (page, panel) => fillFlowAndCapture(assert, page, panel, server.port, variant, Driver)));
  }
});

describe('Firefox ESR without the host registered', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox-nohost-', { host: false });

  it('the panel says how to install the host', () => onPortal(ctx.browser, '/element-ui/#/entity', async (page, panel) => {
    await panel.waitForFunction(() => document.getElementById('connection').classList.contains('error'), { timeout: 10_000, polling: 50 });
    const text = await connectionText(panel);
    assert.match(text, /beian-assist install --user/);
    assert.match(text, /未找到本机程序|not found/);
    assert.equal(await panel.$eval('#pick', (e) => e.hidden), true);
  }));
});
