import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page, PROFILE } from './helpers.mjs';
import { elementUI, elementPlus, antDesignVue, plainTable, ENTITY_GROUPS } from './fixtures.mjs';

const plain = (x) => JSON.parse(JSON.stringify(x));
const entity = page('entity');

test('kind and library detection per library', () => {
  const spec = [['算法数据', [
    { label: '算法简介', kind: 'textarea', limit: 500 },
    { label: '输入数据模态', kind: 'checkbox-group', options: ['文本', '图像'] },
    { label: '是否涉及生物特征信息', kind: 'radio', options: ['是', '否'] },
    { label: '上线时间', kind: 'date' },
    { label: '证件有效期', kind: 'date-range' },
    { label: '主体类型', kind: 'select', options: ['企业'] },
  ]]];
  const want = ['textarea', 'checkbox-group', 'radio', 'date', 'date-range', 'select'];
  for (const [lib, make] of [['element-ui', elementUI], ['element-plus', elementPlus], ['native', plainTable]]) {
    const { doc, BA } = load(make(spec));
    const { items } = BA.match.usableItems(doc);
    const got = items.map((it) => BA.adapters.adapterFor(it.content));
    assert.deepEqual(plain(got.map((g) => g.kind)), want, lib);
    assert.ok(got.every((g) => g.adapter.lib === lib), `${lib}: ${got.map((g) => g.adapter.lib)}`);
  }
  const { doc, BA } = load(antDesignVue([['', [{ label: 'a', kind: 'text' }, { label: 'b', kind: 'textarea', limit: 9 }, { label: 'c', kind: 'radio', options: ['是'] }, { label: 'd', kind: 'multi-select' }, { label: 'e', kind: 'date' }]]]));
  const got = BA.match.usableItems(doc).items.map((it) => BA.adapters.adapterFor(it.content));
  assert.deepEqual(plain(got.map((g) => g.kind)), ['text', 'textarea', 'radio', 'multi-select', 'date']);
  assert.ok(got.every((g) => g.adapter.lib === 'ant-design-vue'));
});

test('page limits: maxlength, word-limit counter, ant code-point counter, plain hint', () => {
  const limitOf = (html) => {
    const { doc, BA } = load(html);
    const it = BA.match.usableItems(doc).items[0];
    const { adapter, kind } = BA.adapters.adapterFor(it.content);
    return plain(adapter.limit(it.content, kind));
  };
  assert.deepEqual(limitOf(elementUI([['', [{ label: 'x', kind: 'text', limit: 18 }]]])), { limit: 18, unit: 'utf16', source: 'maxlength' });
  assert.deepEqual(limitOf(elementPlus([['', [{ label: 'x', kind: 'text', limit: 30, counterOnly: true }]]])), { limit: 30, unit: 'utf16', source: 'word-limit' });
  assert.deepEqual(limitOf(antDesignVue([['', [{ label: 'x', kind: 'textarea', limit: 200 }]]])), { limit: 200, unit: 'codepoints', source: 'word-limit' });
  assert.deepEqual(limitOf(plainTable([['', [{ label: 'x', kind: 'text', limit: 40, hint: true }]]])), { limit: 40, unit: 'utf16', source: 'hint' });
  assert.equal(limitOf(plainTable([['', [{ label: 'x', kind: 'text' }]]])), null);
});

test('limit reconciliation: the stricter binds, each in its unit; disagreement reported', () => {
  const { BA } = load('');
  const r = (v, p, g) => plain(BA.limits.reconcile(v, p, g));
  let x = r('12345678901234567890', { limit: 18, unit: 'utf16' }, { limit: 20, unit: 'utf16', source: 'maxlength' });
  assert.equal(x.effective.source, 'profile');
  assert.equal(x.over, true);
  assert.equal(x.mismatch, true);
  x = r('😀😀😀', { limit: 5, unit: 'codepoints' }, { limit: 5, unit: 'utf16', source: 'maxlength' });
  assert.equal(x.effective.source, 'maxlength');
  assert.equal(x.effective.count, 6);
  assert.equal(x.over, true);
  x = r('abc', { limit: null }, null);
  assert.equal(x.effective, null);
  assert.equal(x.over, false);
  x = r(null, { limit: 30 }, { limit: 20, source: 'word-limit' });
  assert.equal(x.effective.limit, 20);
});

test('plan of the entity page: statuses, values, page values, findings, limits', () => {
  const html = elementUI(ENTITY_GROUPS);
  const { doc, BA, win } = load(html);
  doc.querySelectorAll('.el-input__inner')[0].value = '旧名称';
  const planFields = [
    { id: 'entity.basic.name', value: '杭州知行星澜科技有限公司', findings: [] },
    { id: 'entity.basic.creditCode', value: '91330110MA2KX7D43K00', limit: 18, findings: [{ code: 'USCC_LENGTH', severity: 'error' }] },
    { id: 'entity.securityOfficer.idNumber', value: '110101199003074258', sensitive: true },
  ];
  const p = plain(BA.plan.buildPlan(doc, [{ page: entity, planFields }]));
  const row = (id) => p.fields.find((f) => f.id === id);
  assert.equal(p.page.id, 'entity');
  assert.equal(p.fields.length, entity.fields.length);
  assert.equal(row('entity.basic.name').status, 'found');
  assert.equal(row('entity.basic.name').library, 'element-ui');
  assert.equal(row('entity.basic.name').pageValue, '旧名称');
  assert.equal(row('entity.basic.name').value, '杭州知行星澜科技有限公司');
  assert.equal(row('entity.basic.creditCode').limit.over, true);
  assert.equal(row('entity.basic.creditCode').findings[0].code, 'USCC_LENGTH');
  assert.equal(row('entity.securityOfficer.idNumber').sensitive, true);
  assert.equal(row('entity.certificate.validity').kind, 'date-range');
  assert.equal(row('entity.basic.website').status, 'not-found');
  assert.equal(row('entity.attachments.commitmentLetter').status, 'not-found');
  assert.equal(BA.plan.registry.size, p.fields.filter((f) => f.status === 'found' || f.status === 'incompatible').length);
  void win;
});

test('a field drawn as an incompatible control is flagged, not filled', () => {
  const { doc, BA } = load(elementUI([['主体基本信息', [{ label: '主体名称', kind: 'radio', options: ['a'] }]]]));
  const p = plain(BA.plan.buildPlan(doc, [{ page: entity, planFields: [] }]));
  assert.equal(p.fields.find((f) => f.id === 'entity.basic.name').status, 'incompatible');
});

test('fields whose condition does not hold are not applicable', () => {
  const { doc, BA } = load('');
  const p = plain(BA.plan.buildPlan(doc, [{ page: page('technical-service'), planFields: [{ id: 'algorithm.technicalService.method', applies: false, value: 'x' }] }]));
  assert.equal(p.fields[0].status, 'not-applicable');
});

test('page recognition by step, headings and labels', () => {
  const steps = (active) => `<div class="el-steps">${['算法基础属性信息', '算法详细属性信息', '关联产品功能'].map((t) => `<div class="el-step"><div class="el-step__title${t === active ? ' is-process' : ''}">${t}</div></div>`).join('')}</div>`;
  let { doc, BA } = load(`<h2>备案信息</h2>${steps('算法详细属性信息')}` + elementUI([['算法数据', [{ label: '输入数据模态', kind: 'checkbox-group', options: ['文本'] }]], ['算法模型', [{ label: '模型名称', kind: 'text' }]]]), { url: 'https://beian.cac.gov.cn/#/x' });
  assert.equal(BA.recognize.recognize(doc, PROFILE).page, 'algorithm-detail');
  ({ doc, BA } = load(plainTable(ENTITY_GROUPS)));
  assert.equal(BA.recognize.recognize(doc, PROFILE).page, 'entity');
  ({ doc, BA } = load('<h1>首页</h1><p>欢迎</p>'));
  assert.equal(BA.recognize.recognize(doc, PROFILE).page, null);
});
