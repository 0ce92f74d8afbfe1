import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page } from './helpers.mjs';
import { elementUI, elementPlus, plainTable } from './fixtures.mjs';

const plain = (x) => JSON.parse(JSON.stringify(x));
const entity = page('entity');
const detail = page('algorithm-detail');

// A stand-in for an app: v-model-like listeners keep a model, and submits are counted.
const APP = `
  window.model = {}; window.events = []; window.submits = 0;
  document.addEventListener('submit', (e) => { e.preventDefault(); window.submits++; }, true);
  document.addEventListener('keydown', (e) => window.events.push('key:' + e.key), true);
  for (const t of ['input', 'change', 'focus', 'blur']) document.addEventListener(t, (e) => window.events.push(t), true);
  document.addEventListener('input', (e) => { window.model[e.target.closest('[data-f]')?.dataset.f || e.target.name] = e.target.value; }, true);
`;
const tag = (html, labels) => labels.reduce((h, [label, key]) => h.replace(`>${label}</label><div class="el-form-item__content"`, `>${label}</label><div class="el-form-item__content" data-f="${key}"`), html);

async function planAndApply(html, pg, planFields, opts = {}) {
  const env = load(html, { script: APP + (opts.script || '') });
  const p = env.BA.plan.buildPlan(env.doc, [{ page: pg, planFields }]);
  const results = await env.BA.apply.applyAll(env.win, p.fields.filter((f) => planFields.some((x) => x.id === f.id)), { settleMs: 0, ...opts });
  return { ...env, plan: plain(p), results: Object.fromEntries(plain(results).map((r) => [r.id, r])) };
}

for (const [lib, make] of [['element-ui', elementUI], ['element-plus', elementPlus], ['native', plainTable]]) {
  test(`${lib}: text through the prototype setter and input/change events, nothing submitted`, async () => {
    const html = tag(make([['主体基本信息', [{ label: '主体名称', kind: 'text' }, { label: '详细地址', kind: 'text' }]]]), [['主体名称', 'name'], ['详细地址', 'address']]);
    // An instance-level value property (what frameworks install) must be bypassed.
    const script = `const i = document.querySelector('input'); let own = 0; Object.defineProperty(i, 'value', { configurable: true, get() { return Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get.call(this); }, set(v) { own++; window.ownSets = own; Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(this, v); } });`;
    const { results, win } = await planAndApply(html, entity, [{ id: 'entity.basic.name', value: '杭州知行星澜科技有限公司' }, { id: 'entity.basic.address', value: '杭州市余杭区' }], { script });
    assert.equal(results['entity.basic.name'].status, 'filled');
    assert.equal(results['entity.basic.address'].status, 'filled');
    assert.equal(win.ownSets, undefined, 'the own setter was not used');
    assert.ok(Object.values(plain(win.model)).includes('杭州知行星澜科技有限公司'));
    const ev = plain(win.events);
    assert.ok(ev.indexOf('input') < ev.indexOf('change'));
    assert.equal(ev.filter((e) => e === 'key:Enter').length, 0);
    assert.equal(win.submits, 0);
  });
}

test('a value the app resets is reported as not-kept', async () => {
  const html = elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }]]]);
  const script = `document.addEventListener('change', (e) => { Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(e.target, ''); });`;
  const { results } = await planAndApply(html, entity, [{ id: 'entity.basic.name', value: '某公司' }], { script });
  assert.deepEqual(results['entity.basic.name'], { id: 'entity.basic.name', status: 'failed', reason: 'not-kept' });
});

test('over the stricter limit: skipped, never truncated', async () => {
  const html = elementUI([['主体基本信息', [{ label: '统一社会信用代码', kind: 'text', limit: 18 }]]]);
  const { results, doc } = await planAndApply(html, entity, [{ id: 'entity.basic.creditCode', value: '91330110MA2KX7D43K00', limit: 18 }]);
  assert.equal(results['entity.basic.creditCode'].reason, 'over-limit');
  assert.equal(doc.querySelector('input').value, '');
});

test('unchanged values are skipped; not-applicable and missing fields are not touched', async () => {
  const html = elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text', value: '同名' }]]]);
  const { results } = await planAndApply(html, entity, [{ id: 'entity.basic.name', value: '同名' }, { id: 'entity.basic.website', value: 'https://x.cn' }]);
  assert.equal(results['entity.basic.name'].reason, 'unchanged');
  assert.equal(results['entity.basic.website'].reason, 'not-found');
});

test('origin re-checked at write time; a vanished element is refused', async () => {
  const env = load(elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }, { label: '详细地址', kind: 'text' }]]]));
  const p = env.BA.plan.buildPlan(env.doc, [{ page: entity, planFields: [{ id: 'entity.basic.name', value: 'a' }, { id: 'entity.basic.address', value: 'b' }] }]);
  const row = (id) => p.fields.find((f) => f.id === id);
  let r = plain(await env.BA.apply.applyField(env.win, row('entity.basic.name'), { allowedOrigins: ['https://evil.example'], settleMs: 0 }));
  assert.equal(r.reason, 'origin-not-allowed');
  env.BA.registry.get('entity.basic.name').origin = 'https://other.example';
  r = plain(await env.BA.apply.applyField(env.win, row('entity.basic.name'), { settleMs: 0 }));
  assert.equal(r.reason, 'origin-changed');
  env.BA.registry.get('entity.basic.address').item.content.closest('.el-form-item').style.display = 'none';
  r = plain(await env.BA.apply.applyField(env.win, row('entity.basic.address'), { settleMs: 0 }));
  assert.equal(r.reason, 'element-gone');
});

test('buttons and links are never pressed; Enter is never sent', () => {
  const { doc, BA } = load('<form><button type="submit">提交</button><a href="#">暂存</a><input></form>');
  assert.throws(() => BA.events.press(doc.querySelector('button')), /refused-button/);
  assert.throws(() => BA.events.press(doc.querySelector('a')), /refused-button/);
  assert.throws(() => BA.events.key(doc.querySelector('input'), 'Enter'), /refused-key/);
});

for (const [lib, make] of [['element-ui', elementUI], ['element-plus', elementPlus], ['native', plainTable]]) {
  test(`${lib}: radios (booleans as 是/否) and checkbox groups by click, to the exact target state`, async () => {
    const html = make([['算法数据', [
      { label: '输入数据模态', kind: 'checkbox-group', options: ['文本', '图像', '音频'] },
      { label: '是否涉及生物特征信息', kind: 'radio', options: ['是', '否'] },
    ]]]);
    const script = `document.querySelectorAll('input[type=checkbox]')[1].checked = true;`;
    const { results, doc } = await planAndApply(html, detail, [
      { id: 'algorithm.detail.data.inputModalities', value: ['文本', '音频'] },
      { id: 'algorithm.detail.data.involvesBiometrics', value: false },
    ], { script });
    assert.equal(results['algorithm.detail.data.inputModalities'].status, 'filled');
    assert.equal(results['algorithm.detail.data.involvesBiometrics'].status, 'filled');
    assert.deepEqual([...doc.querySelectorAll('input[type=checkbox]')].map((b) => b.checked), [true, false, true]);
    assert.deepEqual([...doc.querySelectorAll('input[type=radio]')].map((b) => b.checked), [false, true]);
  });
}

test('an option the page lacks fails with option-missing and changes nothing', async () => {
  const html = plainTable([['算法数据', [{ label: '输出文件格式', kind: 'checkbox-group', options: ['txt', 'json'] }]]]);
  const { results, doc } = await planAndApply(html, detail, [{ id: 'algorithm.detail.data.outputFormats', value: ['txt', 'docx'] }]);
  assert.equal(results['algorithm.detail.data.outputFormats'].reason, 'option-missing');
  assert.ok([...doc.querySelectorAll('input')].every((b) => !b.checked));
});

test('native: select and multi-select by option text, date range with 长期', async () => {
  const html = plainTable([['证件信息', [{ label: '主体证件类型', kind: 'select', options: ['营业执照', '其他'] }, { label: '证件有效期', kind: 'date-range' }]]]);
  const { results, doc } = await planAndApply(html, entity, [
    { id: 'entity.certificate.type', value: '营业执照' },
    { id: 'entity.certificate.validity', value: { from: '2020-01-02', to: null, longTerm: true } },
  ]);
  assert.equal(results['entity.certificate.type'].status, 'filled');
  assert.equal(doc.querySelector('select').value, '营业执照');
  assert.equal(results['entity.certificate.validity'].status, 'filled', JSON.stringify(results));
  assert.equal(doc.querySelector('input[type=date]').value, '2020-01-02');
  assert.equal(doc.querySelector('input[type=checkbox]').checked, true);
  const env2 = await planAndApply(plainTable([['', [{ label: '语种', kind: 'multi-select', options: ['中文', '英文', '日文'] }]]]), detail, [{ id: 'algorithm.detail.data.languages', value: ['中文', '英文'] }]);
  assert.equal(env2.results['algorithm.detail.data.languages'].status, 'filled');
  assert.deepEqual([...env2.doc.querySelector('select').selectedOptions].map((o) => o.value), ['中文', '英文']);
});

test('native: dependent region selects are filled level by level', async () => {
  const tree = { 浙江省: { 杭州市: ['余杭区', '西湖区'] }, 北京市: { 北京市: ['海淀区'] } };
  // The page adds the next level's select after each change, like the replica.
  const script = `
    const tree = ${JSON.stringify(tree)};
    const wrap = document.querySelector('.region');
    wrap.addEventListener('change', (e) => {
      const sels = [...wrap.querySelectorAll('select')];
      const i = sels.indexOf(e.target);
      sels.slice(i + 1).forEach((s) => s.remove());
      let level = tree; for (const s of sels.slice(0, i + 1)) level = level[s.value];
      const names = Array.isArray(level) ? level : Object.keys(level || {});
      if (!names.length || !e.target.value) return;
      const s = document.createElement('select'); s.innerHTML = '<option value="">请选择</option>' + names.map((n) => '<option>' + n + '</option>').join('');
      wrap.append(s);
    });`;
  const html = plainTable([['主体基本信息', [{ label: '注册地', kind: 'cascader', tree }]]]);
  const { results, doc } = await planAndApply(html, entity, [{ id: 'entity.basic.registeredRegion', value: ['浙江省', '杭州市', '余杭区'] }], { script });
  assert.equal(results['entity.basic.registeredRegion'].status, 'filled', JSON.stringify(results));
  assert.deepEqual([...doc.querySelectorAll('select')].map((s) => s.value), ['浙江省', '杭州市', '余杭区']);
});

for (const [lib, make, selectedClass] of [['element-ui', elementUI, 'selected'], ['element-plus', elementPlus, 'is-selected']]) {
  test(`${lib}: select through the library's own dropdown, found by becoming visible`, async () => {
    const html = make([['主体基本信息', [{ label: '主体类型', kind: 'select' }]]]) +
      `<div class="el-select-dropdown el-popper" style="display:none"><ul class="el-select-dropdown__list"><li class="el-select-dropdown__item"><span>企业</span></li><li class="el-select-dropdown__item"><span>事业单位</span></li></ul></div>` +
      `<div class="el-select-dropdown el-popper other" style="display:none"><ul><li class="el-select-dropdown__item"><span>企业</span></li></ul></div>`;
    // The stand-in select: opens on click, picks on item click, shows the label.
    const script = `
      const sel = document.querySelector('.el-select'); const dd = document.querySelector('.el-select-dropdown');
      sel.addEventListener('click', () => { dd.style.display = dd.style.display === 'none' ? '' : 'none'; });
      dd.addEventListener('click', (e) => { const li = e.target.closest('li'); if (!li) return;
        dd.querySelectorAll('li').forEach((x) => x.classList.remove('${selectedClass}')); li.classList.add('${selectedClass}');
        window.model.entityType = li.textContent; dd.style.display = 'none';
        const input = sel.querySelector('.el-input__inner'); if (input) input.value = li.textContent;
        const ph = sel.querySelector('.el-select__placeholder'); if (ph) { ph.classList.remove('is-transparent'); ph.querySelector('span').textContent = li.textContent; } });`;
    const { results, win } = await planAndApply(html, entity, [{ id: 'entity.basic.entityType', value: '事业单位' }], { script });
    assert.equal(results['entity.basic.entityType'].status, 'filled', JSON.stringify(results));
    assert.equal(win.model.entityType, '事业单位');
  });
}

// Element UI's date pickers mount their panel in the focus handler's next
// tick, and the change handler writes to that panel: a change in the same
// tick as the focus throws inside the page (found in Chromium, 证件有效期).
test('element-ui: a date is typed a tick after the focus, when the picker panel exists', async () => {
  const html = tag(elementUI([['证件信息', [{ label: '证件有效期', kind: 'date-range' }]]]), [['证件有效期', 'validity']]);
  const script = `
    window.pickerErrors = 0;
    for (const input of document.querySelectorAll('.el-range-input')) {
      let picker = null;
      input.addEventListener('focus', () => { setTimeout(() => { picker = {}; }, 0); });
      input.addEventListener('blur', () => { picker = null; });
      input.addEventListener('change', () => { if (!picker) window.pickerErrors++; else picker.value = input.value; });
    }`;
  const value = { from: '2021-03-18', to: '2031-03-17', longTerm: false };
  const { results, win, doc } = await planAndApply(html, entity, [{ id: 'entity.certificate.validity', value }], { script });
  assert.equal(results['entity.certificate.validity'].status, 'filled');
  assert.equal(win.pickerErrors, 0, 'no change reached an unmounted picker');
  assert.deepEqual([...doc.querySelectorAll('.el-range-input')].map((i) => i.value), ['2021-03-18', '2031-03-17']);
});
