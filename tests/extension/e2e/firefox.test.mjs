// The extension in headless Firefox ESR over WebDriver BiDi, connected to the
// real host binary: the test build is installed as a temporary add-on, the
// host is registered in $HOME/.mozilla/native-messaging-hosts of a temp
// HOME, and "fill all" is driven through the real panel page, bound to the
// portal's tab. GET /api/model shows what the page's app holds afterwards.
// Run: npm run test:extension-e2e
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connectionText, fillEntityThroughPanel, http } from './support.mjs';
import { panelFor, skip, withFirefox } from './firefox-suite.mjs';
import { fillFlowAndCapture } from './pages.mjs';
import { Driver } from '../../e2e/support/driver.mjs';

// The portal tab at path with the panel bound to it; errors: its page errors.
async function openPortalAndPanel(browser, server, path) {
  const { opener: page, page: panel } = await panelFor(browser, `${server.base}${path}`);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, panel, errors };
}

// The portal reset and opened at path with its panel; run(page, panel),
// then no page error; both closed whatever happens.
async function onPortal({ browser, server }, path, run) {
  await http(server.port, 'POST', '/api/reset');
  const { page, panel, errors } = await openPortalAndPanel(browser, server, path);
  try {
    await run(page, panel);
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await panel.close();
    await page.close();
  }
}

describe('Firefox ESR with the real host', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox');

  for (const variant of ['element-ui', 'element-plus', 'plain']) {
    it(`${variant}: fill all puts the sample dossier's entity fields in the app's model, submits nothing`, () => onPortal(ctx, `/${variant}/#/entity`, async (page, panel) => {
      await page.waitForFunction(() => document.body.innerText.includes('主体名称'), { timeout: 10_000, polling: 50 });
      await fillEntityThroughPanel(assert, panel, ctx.server.port);
    }));
  }
});

describe('Firefox ESR: the algorithm and product pages', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox-pages');

  // One stack here (variety.firefox.test.mjs fills every stack's pages on
  // generated layouts); this one also captures hand edits and 技术服务方式.
  for (const variant of ['element-plus']) {
    it(`${variant}: fill all on every page of both flows, then capture two hand edits`, () => onPortal(ctx, `/${variant}/#/algorithm/basic`,
      (page, panel) => fillFlowAndCapture(assert, page, panel, ctx.server.port, variant, Driver)));
  }
});

describe('Firefox ESR without the host registered', { skip }, () => {
  const ctx = withFirefox('beian-ext-firefox-nohost', { host: false });

  it('the panel says how to install the host', () => onPortal(ctx, '/element-ui/#/entity', async (page, panel) => {
    await panel.waitForFunction(() => document.getElementById('connection').classList.contains('error'), { timeout: 10_000, polling: 50 });
    const text = await connectionText(panel);
    assert.match(text, /beian-assist install --user/);
    assert.match(text, /未找到本机程序|not found/);
    assert.equal(await panel.$eval('#pick', (e) => e.hidden), true);
  }));
});
