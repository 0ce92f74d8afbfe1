// Fill all, through the real panel and host, on a generated layout of the
// rehearsal portal (native-host/rehearsal-portal/shared/layout): every screen
// of every flow in the same tab, each field then judged against the page
// app's own model (GET /api/model) with the layout spec's own expectation
// (expectedModelValue), never with knowledge of the extension's:
//   correct         the model holds what a correct fill gives, or the page
//                   has no equivalent and the panel refused with a reason
//   wrong           the model holds something else
//   empty-reported  nothing landed and the panel says why (skipped/failed)
//   empty-silent    nothing landed but the panel says filled
//   not-planned     the field's page was not planned on its screen
// Shared by the browser tests (a fixed handful of seeds) and the benchmark
// (tests/extension/bench/variety.mjs, many seeds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLE, clickPanel, datas, until, waitIn } from './support.mjs';
import { layoutFor, expectedModelValue, flowScreens, fieldsOfScreen } from '../../../native-host/rehearsal-portal/shared/layout/index.js';

export const PROFILE = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));
export const STACKS = ['element-ui', 'element-plus', 'plain', 'ant-design-vue'];

// The object each page is filled for: the sample's first algorithm and its
// first product › path › function (the panel's first choice too).
const ALGORITHM = SAMPLE.algorithms[0];
const PRODUCT = SAMPLE.products[0];
const TARGET = { algorithm: ALGORITHM.id, product: PRODUCT.id, accessPath: PRODUCT.accessPaths[0].id, function: PRODUCT.accessPaths[0].functions[0].id };

const at = (model, keys) => keys.reduce((o, k) => (o == null ? undefined : o[k]), model);
const isEmpty = (v) => v == null || v === '' || (Array.isArray(v) && !v.length) || (typeof v === 'object' && !Array.isArray(v) && 'from' in v && !v.from && !v.longTerm);

// Model values compared as the layout spec states them: lists as sets,
// uploads by SHA-256, a range without its end when 长期.
function norm(v) {
  if (Array.isArray(v)) return v.map(norm).map((x) => JSON.stringify(x)).sort();
  if (v && typeof v === 'object' && 'sha256' in v) return v.sha256;
  if (v && typeof v === 'object' && 'from' in v) return { from: v.from || '', to: v.longTerm ? '' : v.to || '', longTerm: !!v.longTerm };
  return v == null ? '' : String(v);
}
const same = (a, b) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

// The screens a person steps through: every flow, the last 备案信息 step by
// the first algorithm's 角色.
function screensOf(spec) {
  const out = [];
  for (const s of spec.screens) {
    const flow = flowScreens(spec, s.id, ALGORITHM.basic.role);
    if (flow.some((x) => x.id === s.id) && !out.includes(s)) out.push(s);
  }
  return out;
}

// The panel's state after its plan: {rows: Map(id → row), asked, pages}.
const panelState = (panel) => panel.evaluate(() => {
  const s = globalThis.BeianPanel.state;
  return {
    rows: s.plan ? s.plan.fields.map((f) => ({ id: f.id, status: f.status })) : [],
    results: s.results || {},
    pages: (s.pages || []).map((p) => p.id),
    asked: !document.getElementById('page-choice').hidden,
  };
});

// 核对 then 全部填写 on the screen the tab shows. A chooser (recognition
// unsure) is answered as it was suggested, as a person who only confirms
// would; an empty suggestion leaves the screen unplanned.
async function planAndFill(panel, screen) {
  const idle = (what, timeout = 60_000) => waitIn(panel, what, () => globalThis.BeianPanel.state.busy === 0, [], timeout);
  await idle('the panel idle');
  await panel.evaluate(() => { const s = globalThis.BeianPanel.state; s.plan = null; s.results = {}; });
  await clickPanel(panel, 'plan');
  await idle(`the plan of ${screen.id}`);
  let asked = false;
  if (await panel.evaluate(() => !document.getElementById('page-choice').hidden)) {
    asked = true;
    const ticked = await panel.evaluate(() => document.querySelectorAll('#page-candidates input:checked').length);
    if (!ticked) return { asked, planned: false };
    await panel.$eval('#page-choice-ok', (b) => b.click());
    await idle(`the plan of ${screen.id} after the choice`);
  }
  if (!(await panel.evaluate(() => !!globalThis.BeianPanel.state.plan))) return { asked, planned: false };
  await clickPanel(panel, 'fill-all');
  await idle(`the fill of ${screen.id}`);
  return { asked, planned: true };
}

// The host's page form of every field of these pages, for the chosen object.
async function fillsOf(hostCall, pages) {
  const out = {};
  for (const page of pages) {
    const plan = await hostCall('page.plan', { id: 'demo', page, target: TARGET });
    for (const f of plan.fields) out[f.id] = { fill: f.fill !== undefined ? f.fill : f.value, applies: f.applies !== false };
  }
  return out;
}

function judge(sf, expected, got, row, result) {
  const reported = result && result.status !== 'filled';
  if (expected && expected.refuse) {
    if (!isEmpty(got)) return { outcome: 'wrong', reason: `filled where the page has no equivalent (${expected.reason})` };
    if (!row || ['not-found', 'ambiguous', 'incompatible'].includes(row.status) || reported) return { outcome: 'correct', reason: `refused: ${expected.reason}` };
    return { outcome: 'empty-silent', reason: 'refusal not reported' };
  }
  if (same(got, expected)) return { outcome: 'correct', reason: null };
  if (!isEmpty(got)) return { outcome: 'wrong', reason: 'model differs' };
  if (!row) return { outcome: 'not-planned', reason: 'page not planned' };
  if (row.status !== 'found') return { outcome: 'empty-reported', reason: row.status };
  if (result && result.status === 'filled') return { outcome: 'empty-silent', reason: 'said filled' };
  return { outcome: 'empty-reported', reason: result ? `${result.status}:${result.reason}` : 'no result' };
}

// One layout of one stack, every screen: [{id, screen, outcome, reason, axes}].
export async function fillLayout({ page, panel, port, base, hostCall }, stack, seed) {
  const spec = layoutFor(PROFILE, seed, stack);
  const out = { fields: [], screens: [] };
  let first = true;
  for (const screen of screensOf(spec)) {
    const url = `${base}/${stack}/?layout=${encodeURIComponent(seed)}#${screen.route}`;
    if (first) await page.goto(url);
    else await page.evaluate((r) => { location.hash = `#${r}`; }, screen.route);
    first = false;
    // The new screen is drawn when its first labelled field's words are.
    const marker = fieldsOfScreen(spec, screen.id).find((f) => f.presence !== 'omitted' && !f.conditional && f.label.position !== 'placeholder');
    await page.waitForFunction((route, words) => location.hash === `#${route}` && (!words || document.body.innerText.includes(words)), { timeout: 15_000, polling: 50 }, screen.route, marker && marker.label.core);
    const done = await planAndFill(panel, screen);
    const state = await panelState(panel);
    const fills = await fillsOf(hostCall, screen.pages);
    out.screens.push({ id: screen.id, asked: done.asked, planned: done.planned, pages: state.pages });
    const rows = new Map(state.rows.map((r) => [r.id, r]));
    let model;
    // The app mirrors its model to the host at most every 100 ms.
    await new Promise((r) => setTimeout(r, 250));
    model = (await datas(port, '/api/model'))[0] || {};
    for (const sf of fieldsOfScreen(spec, screen.id)) {
      const host = fills[sf.id];
      if (!host || !host.applies) continue;
      const empty = isEmpty(host.fill);
      const expected = expectedModelValue(spec, sf.id, host.fill);
      const got = at(model[sf.page], sf.keys);
      if (empty && !(expected && expected.refuse)) {
        if (!isEmpty(got)) out.fields.push({ id: sf.id, screen: screen.id, outcome: 'wrong', reason: 'filled without a dossier value', axes: sf.axes });
        continue;
      }
      const row = rows.get(sf.id);
      out.fields.push({ id: sf.id, screen: screen.id, ...judge(sf, expected, got, row, state.results[sf.id]), axes: sf.axes });
    }
  }
  out.submissions = (await datas(port, '/api/submissions')).length;
  out.drafts = Object.keys((await datas(port, '/api/draft'))[0] || {}).length;
  return out;
}

export { until };
