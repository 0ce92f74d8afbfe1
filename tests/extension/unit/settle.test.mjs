import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page } from './helpers.mjs';
import { elementUI } from './fixtures.mjs';

const plain = (x) => JSON.parse(JSON.stringify(x));
const entity = page('entity');
const SET = `const set = (el, v) => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, v);`;

async function fill(html, planFields, script, opts = {}) {
  const env = load(html, { script: SET + script });
  const p = env.BA.plan.buildPlan(env.doc, [{ page: entity, planFields }]);
  const t0 = Date.now();
  const results = await env.BA.apply.applyAll(env.win, p.fields.filter((f) => planFields.some((x) => x.id === f.id)), opts);
  return { ...env, ms: Date.now() - t0, results: Object.fromEntries(plain(results).map((r) => [r.id, r])) };
}

const twoTexts = elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }, { label: '详细地址', kind: 'text' }]]]);
const values = [{ id: 'entity.basic.name', value: '某公司' }, { id: 'entity.basic.address', value: '杭州市' }];

test('a value the page shows at once is confirmed without a fixed wait', async () => {
  const { results, ms } = await fill(twoTexts, values, '');
  assert.equal(results['entity.basic.name'].status, 'filled');
  assert.equal(results['entity.basic.address'].status, 'filled');
  assert.ok(ms < 250, `${ms} ms for two text fields`);
});

// The read-back is immediate, so a page that takes a value back a moment
// later must still be caught: the final look after the last field does.
test('a value the page resets a moment after the change is not-kept', async () => {
  const script = `document.addEventListener('change', (e) => { if (e.target.placeholder === '请输入主体名称') setTimeout(() => set(e.target, ''), 2); });`;
  const { results } = await fill(twoTexts, values, script, { settleMs: 0 });
  assert.deepEqual(results['entity.basic.name'], { id: 'entity.basic.name', status: 'failed', reason: 'not-kept' });
  assert.equal(results['entity.basic.address'].status, 'filled');
});

test('a widget that shows the value a few frames later is filled, not not-kept', async () => {
  const script = `document.addEventListener('change', (e) => { const v = e.target.value; set(e.target, ''); setTimeout(() => set(e.target, v), 60); });`;
  const { results } = await fill(twoTexts, values, script);
  assert.equal(results['entity.basic.name'].status, 'filled', JSON.stringify(results));
  assert.equal(results['entity.basic.address'].status, 'filled');
});

test('a value never shown fails as not-kept once the settle time is over', async () => {
  const script = `document.addEventListener('change', (e) => set(e.target, ''));`;
  const { results, ms } = await fill(twoTexts, values.slice(0, 1), script, { settleMs: 80 });
  assert.equal(results['entity.basic.name'].reason, 'not-kept');
  assert.ok(ms >= 80, `gave up after ${ms} ms`);
});

test('waitFor wakes on a DOM change, not after its polling step; null at the deadline', async () => {
  const { doc, BA, win } = load('<div id="box"></div>');
  win.setTimeout(() => doc.getElementById('box').append(doc.createElement('i')), 5);
  const t0 = Date.now();
  const el = await BA.events.waitFor(() => doc.querySelector('#box i'), 3000, 2000);
  assert.ok(el && Date.now() - t0 < 1000, `${Date.now() - t0} ms`);
  assert.equal(await BA.events.waitFor(() => null, 60, 10), null);
});

// Element's dropdowns open with a transition from opacity 0 and scaleY(0);
// their options take clicks from the first frame, so the fill does not wait
// for the transition to end.
test('element-ui: a dropdown still in its opening transition takes the click', async () => {
  const html = elementUI([['主体基本信息', [{ label: '主体类型', kind: 'select' }]]]) +
    `<div class="el-select-dropdown el-popper" style="display:none"><ul><li class="el-select-dropdown__item"><span>企业</span></li><li class="el-select-dropdown__item"><span>事业单位</span></li></ul></div>`;
  const script = `window.model = {};
    const sel = document.querySelector('.el-select'); const dd = document.querySelector('.el-select-dropdown');
    sel.addEventListener('click', () => { dd.style.display = ''; dd.style.opacity = '0'; });
    dd.addEventListener('click', (e) => { const li = e.target.closest('li'); if (!li) return; li.classList.add('selected');
      window.model.entityType = li.textContent; dd.style.display = 'none'; sel.querySelector('.el-input__inner').value = li.textContent; });`;
  const { results, win } = await fill(html, [{ id: 'entity.basic.entityType', value: '事业单位' }], script);
  assert.equal(results['entity.basic.entityType'].status, 'filled', JSON.stringify(results));
  assert.equal(win.model.entityType, '事业单位');
});
