// Generated layouts in headless Chromium on all four stacks: for a fixed set
// of seeds, every screen (and tab) shows each profile field's label once with
// a control of its own (or deliberately not, where the spec omits the field),
// every section heading, no page error; and fields typed and picked by the
// driver land in the page's model (/api/model) as expectedModelValue says.
// Run: npm run build:rehearsal && node --test tests/e2e/layouts.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { ROOT, BINARY, ASSETS, buildAssets, datas, http, startServer } from './support/server.mjs';
import { Driver } from './support/driver.mjs';
import { launchChromium, until } from './support/chromium.mjs';
import { screenExpectations, checkScreen } from './support/layout-check.mjs';
import { fillLayoutField, FILLS, sameModelValue } from './support/layout-fill.mjs';
import { SEEDS } from './support/layout-seeds.mjs';
import { layoutFor, expectedModelValue } from '../../native-host/rehearsal-portal/shared/layout/index.js';
import { createStore, getIn } from '../../native-host/rehearsal-portal/shared/portal.js';

const profile = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));

let server;
let browser;

before(async () => {
  buildAssets();
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('beian-assist rehearse --layout', () => {
  it('prints the layout’s address on the chosen stack', async () => {
    const child = spawn(BINARY, ['rehearse', '--port', '0', '--assets', ASSETS, '--variant', 'ant-design-vue', '--layout', 'seed-42'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await until('the address', async () => (child.stdout.read() || '').toString().match(/http:\/\/127\.0\.0\.1:(\d+)\/\S*/)?.[0]);
      assert.match(line, /^http:\/\/127\.0\.0\.1:\d+\/ant-design-vue\/\?layout=seed-42#\/index$/);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a seed that cannot go into an address, and an unknown stack', () => {
    for (const args of [['--layout', 'a b'], ['--layout', ''], ['--variant', 'bootstrap']]) {
      const r = spawnSync(BINARY, ['rehearse', '--port', '0', '--assets', ASSETS, ...args], { encoding: 'utf8', timeout: 5000 });
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /--layout SEED/);
    }
  });
});

for (const [stack, seeds] of Object.entries(SEEDS)) {
  describe(`${stack} layouts`, () => {
    let page;
    let d;
    const errors = [];

    before(async () => {
      page = await browser.newPage();
      await page.setViewport({ width: 1366, height: 900 });
      page.on('pageerror', (e) => errors.push(e.message));
      d = new Driver(stack, page);
    });
    after(() => page?.close());

    for (const seed of seeds) {
      it(`layout ${seed}: every screen shows each field once, with the spec's labels and headings`, async () => {
        await http(server.port, 'POST', '/api/reset');
        const spec = layoutFor(profile, seed, stack);
        const store = createStore(profile);
        await page.goto(`${server.base}/${stack}/?layout=${seed}#/home`, { waitUntil: 'networkidle0' });
        for (const screen of spec.screens) {
          await page.evaluate((route) => (location.hash = `#${route}`), screen.route);
          await page.waitForFunction((t) => document.querySelector('.filing-title')?.textContent.trim() === t, { timeout: 5000 }, screen.title);
          for (const tab of screen.tabs ? screen.tabs.map((_, i) => i) : [null]) {
            if (tab !== null) await d.tab(screen.tabs[tab].title);
            const exp = screenExpectations(spec, screen, store, tab);
            const where = `seed ${seed} ${screen.route}${tab === null ? '' : ` tab ${tab}`}`;
            const { counts, missing } = await until(`${where} drawn`, async () => {
              const r = await checkScreen(page, exp);
              return r.missing.length === 0 && exp.headings.every((h) => r.counts[h] > 0) ? r : null;
            }).catch(async () => checkScreen(page, exp));
            assert.deepEqual(missing, [], `${where}: fields without a labelled control`);
            for (const h of exp.headings) assert.ok(counts[h] > 0, `${where}: heading “${h}” not shown`);
            const perLabel = {};
            for (const f of exp.fields) if (f.label) perLabel[f.label] = (perLabel[f.label] || 0) + 1;
            for (const [label, n] of Object.entries(perLabel))
              if (exp.others.includes(label)) assert.ok(counts[label] >= n, `${where}: “${label}”`);
              else assert.equal(counts[label], n, `${where}: “${label}” shown ${counts[label]} times, the spec has ${n}`);
            // A field the spec omits is nowhere on the screen.
            for (const id of screen.sections.flatMap((s) => s.fields).filter((i) => spec.fields[i].presence === 'omitted'))
              if (!Object.keys(perLabel).includes(spec.fields[id].label.text) && !exp.others.includes(spec.fields[id].label.text))
                assert.equal(await page.evaluate((t) => document.body.innerText.replace(/\s+/g, '').includes(t), spec.fields[id].label.text.replace(/\s+/g, '')), false, `${where}: omitted ${id}`);
          }
        }
        assert.deepEqual(errors, [], 'no page errors');
      });

      it(`layout ${seed}: typed and picked values land in the model as expectedModelValue says`, async () => {
        await http(server.port, 'POST', '/api/reset');
        const spec = layoutFor(profile, seed, stack);
        await page.goto(`${server.base}/${stack}/?layout=${seed}#/home`, { waitUntil: 'networkidle0' });
        const wanted = {};
        for (const screen of spec.screens) {
          const ids = screen.sections.flatMap((s) => s.fields).filter((id) => FILLS[id]);
          if (!ids.length) continue;
          await page.evaluate((route) => (location.hash = `#${route}`), screen.route);
          await page.waitForFunction((t) => document.querySelector('.filing-title')?.textContent.trim() === t, { timeout: 5000 }, screen.title);
          for (const id of ids) {
            const want = expectedModelValue(spec, id, FILLS[id]);
            if (want && want.refuse) continue; // no equivalent on the page: nothing to pick
            if (screen.tabs) await d.tab(screen.tabs[screen.sections[spec.fields[id].section].tab].title);
            await fillLayoutField(d, spec, id, want);
            wanted[id] = want;
          }
        }
        assert.ok(Object.keys(wanted).length >= 4, `seed ${seed}: only ${Object.keys(wanted).length} fields filled`);
        await until('the model mirror', async () => {
          const models = (await datas(server.port, '/api/model'))[0] || {};
          return Object.entries(wanted).every(([id, want]) => sameModelValue(getIn(models[spec.fields[id].page], spec.fields[id].keys), want));
        }).catch(() => null);
        const models = (await datas(server.port, '/api/model'))[0] || {};
        for (const [id, want] of Object.entries(wanted)) {
          const got = getIn(models[spec.fields[id].page], spec.fields[id].keys);
          assert.ok(sameModelValue(got, want), `seed ${seed} ${id} (${spec.fields[id].control}): ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        }
        assert.deepEqual(await datas(server.port, '/api/submissions'), [], 'nothing submitted');
        assert.deepEqual(errors, [], 'no page errors');
      });
    }
  });
}

