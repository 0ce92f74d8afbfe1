// The browser tests' check of generated layouts (variety.mjs does the
// filling): for each stack, a fixed handful of seeds chosen to take every
// layout axis value (tests/e2e/support/layout-seeds.mjs); every field of
// every screen ends correct or with the panel's reason, never wrong, never
// empty while the panel says filled, never on an unplanned page; nothing
// submitted and no draft saved.
import { http, waitIn } from './support.mjs';
import { fillLayout } from './variety.mjs';
import { SEEDS } from '../../e2e/support/layout-seeds.mjs';

export { SEEDS };

export async function checkLayouts(assert, { page, panel, server, hostCall }, stack) {
  for (const seed of SEEDS[stack]) {
    await http(server.port, 'POST', '/api/reset');
    const r = await fillLayout({ page, panel, port: server.port, base: server.base, hostCall }, stack, String(seed));
    const bad = r.fields.filter((f) => !['correct', 'empty-reported'].includes(f.outcome)).map((f) => `${f.screen} ${f.id}: ${f.outcome} (${f.reason})`);
    assert.deepEqual(bad, [], `${stack} layout ${seed}: every field correct or reported`);
    assert.ok(r.fields.length >= 60, `${stack} layout ${seed}: ${r.fields.length} fields judged`);
    const reported = r.fields.filter((f) => f.outcome === 'empty-reported').length;
    assert.ok(reported <= 3, `${stack} layout ${seed}: at most 3 fields left for the person (${reported})`);
    assert.deepEqual([r.submissions, r.drafts], [0, 0], `${stack} layout ${seed}: nothing submitted, no draft saved`);
  }
}

// One stack's layouts in a portal tab and its panel (opened by the caller,
// for either browser); no page error; both closed whatever happens.
export async function checkStack(assert, { page, panel, server }, stack) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 20_000);
    const hostCall = (type, params) => panel.evaluate((t, p) => globalThis.BeianPanel.host(t, p), type, params);
    await checkLayouts(assert, { page, panel, server, hostCall }, stack);
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await panel.close();
    await page.close();
  }
}
