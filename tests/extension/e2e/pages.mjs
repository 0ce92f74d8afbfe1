// The filing pages after the entity page, driven through the real panel in
// either browser: 算法基础属性信息, 算法详细属性信息, 关联产品功能, 产品信息,
// 功能访问路径, 功能信息 and 技术服务方式 of the sample dossier's first
// algorithm and product. For each: plan, fill all, then every field's value
// in the page app's own model (mirrored to GET /api/model) against the value
// the host planned, the counters against the limits, and nothing submitted.
// Capture of a hand-edited page follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLE, clickPanel, datas, tableRows, until, waitIn } from './support.mjs';

const PROFILE = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));
export const profilePage = (id) => PROFILE.pages.find((p) => p.id === id);

// The replica's hash routes (native-host/rehearsal-portal/shared/portal.js).
export const ROUTES = {
  entity: '/entity', 'algorithm-basic': '/algorithm/basic', 'algorithm-detail': '/algorithm/detail',
  'algorithm-link': '/algorithm/link', product: '/product', 'access-path': '/product/path', function: '/product/function',
  'technical-service': '/algorithm/service',
};
export const FLOW_PAGES = ['algorithm-basic', 'algorithm-detail', 'algorithm-link', 'product', 'access-path', 'function'];

// Values as the portal shows them, comparable whatever the order of a list,
// the library's empty end of a 长期 range, or the record an upload keeps.
function norm(v) {
  if (v == null || v === '' || (Array.isArray(v) && !v.length)) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  // Uploads: the files' hashes, one record or a list alike.
  if ([].concat(v).every((r) => r && r.sha256)) return [].concat(v).map((r) => r.sha256).sort();
  if (Array.isArray(v)) return v.map(norm).map((x) => JSON.stringify(x)).sort();
  if (typeof v === 'object' && 'from' in v) return { from: v.from || '', to: v.longTerm ? '' : v.to || '', longTerm: !!v.longTerm };
  return v;
}
const log = (m) => { if (process.env.BEIAN_E2E_TIMING) console.error(`# ${new Date().toISOString().slice(11, 23)} ${m}`); };
const at = (model, path) => path.split('/').slice(1).reduce((o, k) => (o == null ? undefined : o[k]), model);

// Opens a page of the flow in the same tab (the replica is one app, as the
// portal is), and waits for its first label.
export async function goTo(page, pageId) {
  await page.evaluate((r) => { location.hash = `#${r}`; }, ROUTES[pageId]);
  await page.waitForFunction((l) => document.body.innerText.includes(l), { timeout: 10_000, polling: 50 }, profilePage(pageId).fields[0].label);
}

// 核对 in the panel, for this page; resolves with the panel's plan rows.
export async function planInPanel(panel, pageId) {
  // The rows drawn so far are marked, so that only a new plan's rows count.
  await panel.evaluate(() => { for (const tr of document.querySelectorAll('#fields tbody tr')) tr.dataset.stale = '1'; });
  await clickPanel(panel, 'plan');
  const n = profilePage(pageId).fields.length;
  await waitIn(panel, `the ${pageId} plan`, (id, count) => {
    const s = globalThis.BeianPanel.state;
    const rows = document.querySelectorAll('#fields tbody tr');
    return !!(s.plan && s.hostPlan && s.hostPlan.page.id === id && rows.length === count && ![...rows].some((tr) => tr.dataset.stale));
  }, [pageId, n], 15_000);
  return planRows(panel);
}

const planRows = (panel) => panel.evaluate(() => globalThis.BeianPanel.state.plan.fields.map((f) => ({ id: f.id, label: f.label, status: f.status, value: f.value, limit: f.limit })));

// Plan and fill one page; asserts statuses, results, counters and the model.
// Statuses are read after the fill: a field that appears only once another
// is chosen (角色 after 算法类型) is found by fill all's second pass.
export async function fillPageThroughPanel(assert, page, panel, port, pageId) {
  log(`${pageId}: open`);
  await goTo(page, pageId);
  log(`${pageId}: plan`);
  const planned = await planInPanel(panel, pageId);
  log(`${pageId}: fill`);
  const paths = await panel.evaluate(() => { const p = globalThis.BeianPanel.state.hostPlan; return Object.fromEntries(p.fields.map((f) => [f.id, f.path.slice(p.object.length)])); });
  await clickPanel(panel, 'fill-all');
  await waitIn(panel, `the ${pageId} fill`, (count) => document.querySelectorAll('#fields [class^=result-]').length === count, [planned.length]);
  const fields = await planRows(panel);
  log(`${pageId}: check`);
  assert.deepEqual(fields.filter((f) => !['found', 'not-applicable'].includes(f.status)).map((f) => `${f.label}: ${f.status}`), [], `${pageId}: every field is found`);

  // Counters: n / limit per row with a limit, red exactly when over.
  const counters = await panel.$$eval('#fields tbody tr', (trs) => trs.map((tr) => { const c = tr.querySelector('.counter'); return c ? { text: c.textContent, over: c.classList.contains('over') } : null; }));
  fields.forEach((f, i) => {
    const eff = f.limit && f.limit.effective;
    assert.deepEqual(counters[i], eff ? { text: `${eff.count ?? 0} / ${eff.limit}`, over: !!f.limit.over } : null, `${pageId}: counter of ${f.label}`);
  });

  const rows = await tableRows(panel);
  const expectResult = (f) => {
    if (f.status !== 'found') return ['result-skipped', f.status];
    if (f.limit && f.limit.over) return ['result-skipped', 'over-limit'];
    return f.value == null ? ['result-skipped', 'no-value'] : ['result-filled', ''];
  };
  assert.deepEqual(rows.map((r) => `${r.label}: ${r.result} ${r.reason || ''}`.trim()),
    fields.map((f) => `${f.label}: ${expectResult(f).join(' ')}`.trim()), `${pageId}: the fill results`);

  // The app mirrors its model at most every 100 ms.
  const want = Object.fromEntries(fields.filter((f) => expectResult(f)[0] === 'result-filled').map((f) => [f.id, norm(f.value)]));
  let got;
  await until(`the ${pageId} model`, async () => {
    const model = (await datas(port, '/api/model'))[0]?.[pageId];
    got = Object.fromEntries(Object.keys(want).map((id) => [id, norm(at(model, paths[id]))]));
    return JSON.stringify(got) === JSON.stringify(want);
  }, 5000).catch(() => {});
  assert.deepEqual(got, want, `${pageId}: the app's own model holds every filled value`);
  assert.deepEqual(await datas(port, '/api/submissions'), [], 'nothing was submitted');
  return fields;
}

// 采集页面内容: the panel's preview rows {field, from, to} (as shown).
export async function capturePreview(panel) {
  await clickPanel(panel, 'capture');
  await waitIn(panel, 'the capture preview', () => !document.getElementById('capture-view').hidden);
  return panel.$$eval('#capture-changes tbody tr', (trs) => trs.map((tr) => ({ field: tr.dataset.field, from: tr.querySelector('.from').textContent, to: tr.querySelector('.to').textContent })));
}

// Confirms the capture; resolves with the saved-revision message.
export async function confirmCapture(panel) {
  await clickPanel(panel, 'capture-confirm');
  await waitIn(panel, 'the capture saved', () => document.getElementById('capture-view').hidden && document.getElementById('capture-result').textContent !== '');
  return panel.$eval('#capture-result', (e) => e.textContent);
}

// A host request through the panel's own connection.
export const hostCall = (panel, type, params) => panel.evaluate((t, p) => globalThis.BeianPanel.host(t, p), type, params);

// The whole flow in one tab: every page after the entity page filled, then
// the product page edited by hand in two fields (a text and a yes/no radio)
// and captured: the preview names exactly those two, and confirming them
// makes one revision with exactly those edits. The dossier is restored after.
export async function fillFlowAndCapture(assert, page, panel, port, variant, Driver) {
  await waitIn(panel, 'the panel connected', () => !document.getElementById('pick').hidden, [], 15_000);
  for (const pageId of FLOW_PAGES) await fillPageThroughPanel(assert, page, panel, port, pageId);
  // 关联产品功能 holds the first algorithm's links, by product and function name.
  const linked = SAMPLE.links.filter((l) => l.algorithm === SAMPLE.algorithms[0].id).length;
  assert.equal((await datas(port, '/api/model'))[0]['algorithm-link'].links.length, linked);

  await goTo(page, 'product');
  await planInPanel(panel, 'product');
  const label = (id) => profilePage('product').fields.find((f) => f.id === id).label;
  const before = await hostCall(panel, 'dossier.get', { id: 'demo' });
  const product = before.dossier.products[0];
  log('capture: edit by hand');
  const driver = new Driver(variant, page);
  await driver.text(label('product.name'), null, `${product.name}Pro`);
  await driver.choose(label('product.requiresRealName'), null, product.requiresRealName ? '否' : '是');
  await driver.settle();

  log('capture: preview');
  const preview = await capturePreview(panel);
  assert.deepEqual(preview, [
    { field: 'product.name', from: product.name, to: `${product.name}Pro` },
    { field: 'product.requiresRealName', from: product.requiresRealName ? '是' : '否', to: product.requiresRealName ? '否' : '是' },
  ], `${variant}: capture shows exactly the two hand edits`);
  const message = await confirmCapture(panel);
  assert.match(message, new RegExp(`2 .*${before.revision + 1}|${before.revision + 1}.*2`));

  const after = await hostCall(panel, 'dossier.get', { id: 'demo' });
  assert.equal(after.revision, before.revision + 1);
  const edited = structuredClone(before.dossier);
  edited.products[0].name = `${product.name}Pro`;
  edited.products[0].requiresRealName = !product.requiresRealName;
  const strip = ({ meta, ...content }) => content; // meta is the host's (id, revision, time)
  assert.deepEqual(strip(after.dossier), strip(edited), 'the new revision holds exactly the two edits');
  await hostCall(panel, 'history.restore', { id: 'demo', revision: before.revision, baseRevision: after.revision });
  await fillTechnicalService(assert, page, panel, port);
}

// 技术服务方式 is the last step only for a 服务技术支持者: the first algorithm
// is made one for this page (and restored after).
async function fillTechnicalService(assert, page, panel, port) {
  const before = await hostCall(panel, 'dossier.get', { id: 'demo' });
  const supporter = structuredClone(before.dossier);
  supporter.algorithms[0].basic.role = '服务技术支持者';
  supporter.algorithms[0].technicalService = {
    method: '通过 API 接口向企业客户提供文本生成能力，客户在其产品中调用。',
    customers: '面向出版、教育类企业客户，按合同开通接口权限。',
  };
  const saved = await hostCall(panel, 'dossier.save', { id: 'demo', dossier: supporter, baseRevision: before.revision });
  const fields = await fillPageThroughPanel(assert, page, panel, port, 'technical-service');
  assert.deepEqual(fields.map((f) => f.status), ['found', 'found'], '技术服务方式: both fields found and applicable');
  await hostCall(panel, 'history.restore', { id: 'demo', revision: before.revision, baseRevision: saved.revision });
}
