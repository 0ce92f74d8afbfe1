import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page } from './helpers.mjs';
import { elementUI, elementPlus, antDesignVue, plainTable, ENTITY_GROUPS } from './fixtures.mjs';

const entity = page('entity');
const VARIANTS = { 'element-ui': elementUI, 'element-plus': elementPlus, 'ant-design-vue': null, plain: plainTable };

for (const [name, make] of Object.entries(VARIANTS)) {
  if (!make) continue;
  test(`${name}: same labels under different headings resolve by group`, () => {
    const { doc, BA } = load(make(ENTITY_GROUPS));
    const m = BA.match.matchFields(doc, entity.fields);
    const found = (id) => m.get(id).status === 'found' && m.get(id).item;
    for (const id of ['entity.basic.name', 'entity.basic.creditCode', 'entity.certificate.type', 'entity.legalRepresentative.name',
      'entity.securityOfficer.name', 'entity.legalRepresentative.idType', 'entity.securityOfficer.idType', 'entity.securityOfficer.email']) {
      assert.ok(found(id), `${id} found`);
    }
    assert.notEqual(found('entity.legalRepresentative.name').root, found('entity.securityOfficer.name').root);
    assert.equal(m.get('entity.legalRepresentative.name').via, 'label+group');
    // 证件类型 is also an alias of 主体证件类型, but that field matched its own label.
    assert.equal(m.get('entity.certificate.type').via, 'label');
    assert.equal(m.get('entity.basic.website').status, 'not-found');
  });
}

test('aliases match when the label differs; a claimed item is not reused', () => {
  const { doc, BA } = load(elementUI([['算法安全责任人信息', [{ label: '算法安全责任人姓名', kind: 'text' }, { label: '手机号', kind: 'text' }]]]));
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.securityOfficer.name').status, 'found');
  assert.equal(m.get('entity.securityOfficer.name').via, 'alias');
  assert.equal(m.get('entity.securityOfficer.mobile').via, 'alias');
  assert.equal(m.get('entity.legalRepresentative.name').status, 'not-found');
});

test('two candidates without headings are ambiguous, never guessed', () => {
  const { doc, BA } = load(elementUI([['', [{ label: '姓名', kind: 'text' }, { label: '姓名', kind: 'text' }]]]));
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.legalRepresentative.name').status, 'ambiguous');
  assert.equal(m.get('entity.legalRepresentative.name').candidates, 2);
});

test('a single candidate under another field\'s heading is not taken', () => {
  const { doc, BA } = load(elementUI([['法定代表人信息', [{ label: '姓名', kind: 'text' }]]]));
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.legalRepresentative.name').status, 'found');
  assert.equal(m.get('entity.securityOfficer.name').status, 'not-found');
});

test('hidden and aria-hidden items are never candidates', () => {
  const html = elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }, { label: '详细地址', kind: 'text' }]]])
    .replace('<div class="el-form-item">', '<div class="el-form-item" style="display:none">')
    .replace('<div class="el-form-item"><label class="el-form-item__label" style="width: 200px;">详细地址', '<div class="el-form-item" aria-hidden="true"><label class="el-form-item__label" style="width: 200px;">详细地址');
  const { doc, BA } = load(html);
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.basic.name').status, 'not-found');
  assert.equal(m.get('entity.basic.address').status, 'not-found');
});

test('fallback: placeholder, aria-label, aria-labelledby and text before the control', () => {
  const html = `<div><input placeholder="请输入主体名称"></div>
    <div><input aria-label="统一社会信用代码"></div>
    <div><span id="l1">详细地址</span><input aria-labelledby="l1"></div>
    <div>网址：<input></div>`;
  const { doc, BA } = load(html);
  const m = BA.match.matchFields(doc, entity.fields);
  for (const id of ['entity.basic.name', 'entity.basic.creditCode', 'entity.basic.address', 'entity.basic.website']) assert.equal(m.get(id).status, 'found', id);
  // A control's own names stand in for a missing label; aria-labelledby and a
  // text before the control are its label.
  assert.deepEqual([m.get('entity.basic.name').via, m.get('entity.basic.creditCode').via], ['fallback', 'fallback']);
  assert.deepEqual([m.get('entity.basic.address').via, m.get('entity.basic.website').via], ['label', 'label']);
});

test('label[for] and wrapping labels are items; option labels are not', () => {
  const html = `<label for="n">主体名称</label><input id="n"><label>详细地址 <input></label><label><input type="radio" name="x">主体类型</label>`;
  const { doc, BA } = load(html);
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.basic.name').status, 'found');
  assert.equal(m.get('entity.basic.address').status, 'found');
  assert.equal(m.get('entity.basic.entityType').status, 'not-found');
});

test('ant design vue items (ant-form-item-label > label[for]) match', () => {
  const { doc, BA } = load(antDesignVue([['主体基本信息', [{ label: '主体名称', kind: 'text', limit: 50 }, { label: '主体类型', kind: 'select' }]]]));
  const m = BA.match.matchFields(doc, entity.fields);
  assert.equal(m.get('entity.basic.name').status, 'found');
  assert.equal(m.get('entity.basic.entityType').status, 'found');
});

test('a taught selector (local override) wins over labels', () => {
  const { doc, BA } = load(`<div id="odd"><input></div>` + elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }]]]));
  const m = BA.match.matchFields(doc, entity.fields, { 'entity.basic.name': '#odd' });
  assert.equal(m.get('entity.basic.name').via, 'override');
  assert.equal(m.get('entity.basic.name').item.root.id, 'odd');
});

test('controls inside an iframe are never seen', () => {
  const { doc, BA } = load(`<iframe sandbox srcdoc="<label>主体名称<input></label>"></iframe>`);
  assert.equal(BA.match.matchFields(doc, entity.fields).get('entity.basic.name').status, 'not-found');
});
