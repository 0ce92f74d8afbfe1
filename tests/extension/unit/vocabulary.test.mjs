// Values the page words otherwise, from the profile's data only: option
// synonyms (optionAliases), a number asked in another unit or as a range
// (quantities). A value with no equivalent is refused, never guessed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page, PROFILE } from './helpers.mjs';
import { plainTable } from './fixtures.mjs';

const entity = page('entity');
const product = page('product');
const vocabulary = { optionAliases: PROFILE.optionAliases, quantities: PROFILE.quantities };
const plain = (x) => JSON.parse(JSON.stringify(x));

async function planAndApply(html, pg, planFields) {
  const env = load(html);
  const p = env.BA.plan.buildPlan(env.doc, [{ page: pg, planFields }], { vocabulary });
  const rows = p.fields.filter((f) => planFields.some((x) => x.id === f.id));
  const results = await env.BA.apply.applyAll(env.win, rows, { settleMs: 50 });
  return { ...env, plan: plain(p), results: Object.fromEntries(results.map((r) => [r.id, plain(r)])) };
}

test('an option shown by one of its synonyms is chosen; its value stays the page\'s', async () => {
  const html = plainTable([['法定代表人信息', [{ label: '证件类型', kind: 'select', options: ['身份证', '护照'] }]], ['主体基本信息', [{ label: '主体类型', kind: 'radio', options: ['公司', '事业单位'] }]]]);
  const { results, doc } = await planAndApply(html, entity, [{ id: 'entity.legalRepresentative.idType', value: '居民身份证' }, { id: 'entity.basic.entityType', value: '企业' }]);
  assert.equal(results['entity.legalRepresentative.idType'].status, 'filled');
  assert.equal(doc.querySelector('select').value, '身份证');
  assert.equal(results['entity.basic.entityType'].status, 'filled');
  assert.equal(doc.querySelector('input[type=radio]:checked').value, '公司');
});

test('a value with no equivalent on the page is refused with option-missing and nothing changes', async () => {
  const html = plainTable([['法定代表人信息', [{ label: '证件类型', kind: 'select', options: ['护照', '其他'] }]]]);
  const { results, doc } = await planAndApply(html, entity, [{ id: 'entity.legalRepresentative.idType', value: '居民身份证' }]);
  assert.deepEqual(results['entity.legalRepresentative.idType'], { id: 'entity.legalRepresentative.idType', status: 'failed', reason: 'option-missing' });
  assert.equal(doc.querySelector('select').value, '');
});

test('a number asked in 万人 is typed in 万人; the plan says so', async () => {
  const html = plainTable([['', [{ label: '月活跃用户量（单位：万人）', kind: 'text' }]]]);
  const { results, doc, plan } = await planAndApply(html, product, [{ id: 'product.monthlyActiveUsers', value: '850000' }]);
  assert.equal(results['product.monthlyActiveUsers'].status, 'filled');
  assert.equal(doc.querySelector('input').value, '85');
  const row = plan.fields.find((f) => f.id === 'product.monthlyActiveUsers');
  assert.deepEqual([row.pageUnit, row.writeValue], ['万人', '85']);
});

test('a unit written after the input counts as well (千人)', async () => {
  const html = `<table><tr><th>月活跃用户量</th><td><input type="text"> 千人</td></tr></table>`;
  const { results, doc } = await planAndApply(html, product, [{ id: 'product.monthlyActiveUsers', value: '850000' }]);
  assert.equal(results['product.monthlyActiveUsers'].status, 'filled');
  assert.equal(doc.querySelector('input').value, '850');
});

test('a number asked as a range takes the one option whose bounds hold it', async () => {
  const opts = ['10万以下', '10万-100万', '100万-500万', '500万以上'];
  const html = plainTable([['', [{ label: '月活跃用户量', kind: 'select', options: opts }]]]);
  const { results, doc } = await planAndApply(html, product, [{ id: 'product.monthlyActiveUsers', value: '850000' }]);
  assert.equal(results['product.monthlyActiveUsers'].status, 'filled', JSON.stringify(results));
  assert.equal(doc.querySelector('select').value, '10万-100万');
  const atBoundary = await planAndApply(html, product, [{ id: 'product.monthlyActiveUsers', value: '1000000' }]);
  assert.equal(atBoundary.results['product.monthlyActiveUsers'].status, 'failed', 'a value on a shared bound is not guessed');
});

test('ranges and units parse from the profile\'s unit words', () => {
  const { BA } = load('');
  const units = BA.vocabulary.unitsOf(vocabulary, { quantity: 'people' });
  const r = (s) => plain(BA.vocabulary.rangeOf(s, units));
  assert.deepEqual(r('1-10万'), [10000, 100000]);
  assert.deepEqual(r('100万人以上'), [1000000, null]);
  assert.deepEqual(r('不足1万'), [0, 10000]);
  assert.deepEqual(r('50万~100万（含）'), [500000, 1000000]);
  assert.equal(r('约十万'), null);
  assert.equal(BA.vocabulary.pageUnit(units, '月活跃用户量(单位：亿人)', [], ''), '亿人');
  assert.equal(BA.vocabulary.pageUnit(units, '月活跃用户量', ['0 / 20'], '请输入'), null);
});

test('upload lists: count and state, shortened and replaced names', () => {
  const { doc, BA } = load(`<div id="a"><ul><li class="el-upload-list__item is-success"><a class="el-upload-list__item-name">commitment-…letter.pdf</a></li><li class="el-upload-list__item is-uploading">x</li></ul></div>
    <div id="b"><span>已上传 2 个文件</span></div>`);
  const a = plain(BA.upload.listState(doc.getElementById('a')));
  assert.deepEqual([a.done, a.busy, a.failed], [1, 1, 0]);
  assert.ok(BA.upload.shows(a.names, 'commitment-letter.pdf'));
  assert.ok(!BA.upload.shows(a.names, 'responsibility-report.pdf'));
  assert.equal(BA.upload.listState(doc.getElementById('b')).done, 2);
});
