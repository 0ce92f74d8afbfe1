// Label, group and control pairing on layouts the extension was not written
// for: labels above their control with no `for`, tables with two pairs per
// row or with a row of column titles, numbered section rows, hints and units
// in brackets, group prefixes in front of the field's name, definition lists,
// a help line between label and control, and library items without labels.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page } from './helpers.mjs';

const entity = page('entity');
const found = (m, id) => (m.get(id).status === 'found' ? m.get(id).item : null);
const controlOf = (m, id) => { const it = found(m, id); return it && (it.content.matches('input,select,textarea') ? it.content : it.content.querySelector('input,select,textarea')); };
const match = (html, fields = entity.fields, pages = [entity]) => { const { doc, BA } = load(html); return { doc, m: BA.match.matchFields(doc, fields, {}, pages) }; };

test('labels above their controls (divs, no for) pair with the control below', () => {
  const { doc, m } = match(`<div class="grid">
    <div class="cell"><div class="lbl">主体名称</div><div class="ctl"><input id="a"></div></div>
    <div class="cell"><div class="lbl">统一社会信用代码</div><div class="ctl"><input id="b"></div></div>
    <div class="cell"><div class="lbl">详细地址</div><input id="c"></div></div>`);
  assert.equal(controlOf(m, 'entity.basic.name'), doc.getElementById('a'));
  assert.equal(controlOf(m, 'entity.basic.creditCode'), doc.getElementById('b'));
  assert.equal(controlOf(m, 'entity.basic.address'), doc.getElementById('c'));
});

test('a table with two label/control pairs per row and numbered section rows', () => {
  const { doc, m } = match(`<table>
    <tr><td colspan="4">一、主体基本信息</td></tr>
    <tr><th>主体名称：</th><td><input id="n"></td><th>统一社会信用代码：</th><td><input id="c"></td></tr>
    <tr><td colspan="4">二、法定代表人信息</td></tr>
    <tr><td class="k">姓名</td><td><input id="l1"></td><td class="k">证件号码</td><td><input id="l2"></td></tr>
    <tr><td colspan="4">三、算法安全责任人信息</td></tr>
    <tr><td class="k">姓名</td><td><input id="s1"></td><td class="k">证件号码</td><td><input id="s2"></td></tr>
    <tr><td class="k">手机号码</td><td><input id="s3"></td><td class="k">电子邮箱</td><td><input id="s4"></td></tr></table>`);
  const want = { 'entity.basic.name': 'n', 'entity.basic.creditCode': 'c', 'entity.legalRepresentative.name': 'l1', 'entity.legalRepresentative.idNumber': 'l2',
    'entity.securityOfficer.name': 's1', 'entity.securityOfficer.idNumber': 's2', 'entity.securityOfficer.mobile': 's3', 'entity.securityOfficer.email': 's4' };
  for (const [id, el] of Object.entries(want)) assert.equal(controlOf(m, id), doc.getElementById(el), id);
  assert.equal(m.get('entity.securityOfficer.name').via, 'label+group');
});

test('a row of column titles above a row of controls', () => {
  const { doc, m } = match(`<table><tr><th>主体名称</th><th>详细地址</th><th>网址</th></tr>
    <tr><td><input id="a"></td><td><input id="b"></td><td><input id="c"></td></tr></table>`);
  assert.deepEqual(['entity.basic.name', 'entity.basic.address', 'entity.basic.website'].map((id) => controlOf(m, id)?.id), ['a', 'b', 'c']);
});

test('hints and units in brackets, numbering and required marks do not hide the name', () => {
  const { doc, m } = match(`<form>
    <p><label>1. * 主体名称（必填）：</label><input id="a"></p>
    <p><span>统一社会信用代码(18位)</span><input id="b"></p>
    <p><span>（三）月活跃用户量（单位：万人）</span><input id="c"><span>万人</span></p>
    <p><span>网址【选填】</span><input id="d"></p></form>`);
  assert.deepEqual(['entity.basic.name', 'entity.basic.creditCode', 'entity.basic.monthlyActiveUsers', 'entity.basic.website'].map((id) => controlOf(m, id)?.id), ['a', 'b', 'c', 'd']);
});

test('a group name in front of the label tells same-named fields apart without headings', () => {
  const { doc, m } = match(`<div>
    <div>法定代表人姓名</div><input id="l1"><div>法人证件号码</div><input id="l2">
    <div>负责人姓名</div><input id="s1"><div>负责人证件号码</div><input id="s2"><div>负责人电子邮箱</div><input id="s4"></div>`);
  const want = { 'entity.legalRepresentative.name': 'l1', 'entity.legalRepresentative.idNumber': 'l2', 'entity.securityOfficer.name': 's1', 'entity.securityOfficer.idNumber': 's2', 'entity.securityOfficer.email': 's4' };
  for (const [id, el] of Object.entries(want)) assert.equal(controlOf(m, id)?.id, el, id);
  assert.equal(m.get('entity.securityOfficer.email').via, 'prefix');
});

test('a heading worded as one of the group aliases names the group', () => {
  const { doc, m } = match(`<h4>法人代表信息</h4><label>姓名<input id="l1"></label><h4>负责人信息</h4><label>姓名<input id="s1"></label>`);
  assert.equal(controlOf(m, 'entity.legalRepresentative.name')?.id, 'l1');
  assert.equal(controlOf(m, 'entity.securityOfficer.name')?.id, 's1');
});

test('definition lists and a help line between label and control', () => {
  const { doc, m } = match(`<dl><dt>主体名称</dt><dd><input id="a"></dd><dt>详细地址</dt><dd><input id="b"></dd></dl>
    <div class="f"><div class="l">网址</div><div class="help">以 http:// 开头</div><div><input id="c"></div></div>`);
  assert.deepEqual(['entity.basic.name', 'entity.basic.address', 'entity.basic.website'].map((id) => controlOf(m, id)?.id), ['a', 'b', 'c']);
});

test('boxes of one group under category titles are one field; option texts are not labels', () => {
  const algo = page('algorithm-basic');
  const { doc, BA } = load(`<div><span>应用领域</span></div><div class="boxes">
    <div>网络销售类：<label><input type="checkbox" name="d">综合商品交易</label><label><input type="checkbox" name="d">商超团购</label></div>
    <div>社交娱乐类：<label><input type="checkbox" name="d">短视频</label></div></div>
    <div><span>算法名称</span><input id="n"></div>`);
  const m = BA.match.matchFields(doc, algo.fields, {}, [algo]);
  const it = found(m, 'algorithm.basic.applicationDomains');
  assert.ok(it, 'found');
  assert.equal(it.content.querySelectorAll('input[type=checkbox]').length, 3);
  assert.equal(BA.adapters.adapterFor(it.content).kind, 'checkbox-group');
  assert.equal(controlOf(m, 'algorithm.basic.name')?.id, 'n');
});

test('Element items drawn without their own label take the text above them', () => {
  const { doc, m } = match(`<div class="el-row"><div class="el-col"><div class="t">主体名称</div>
      <div class="el-form-item"><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" id="a"></div></div></div></div>
    <div class="el-col"><div class="t">详细地址</div>
      <div class="el-form-item"><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" id="b"></div></div></div></div></div>`);
  assert.equal(controlOf(m, 'entity.basic.name')?.id, 'a');
  assert.equal(controlOf(m, 'entity.basic.address')?.id, 'b');
});

test('two pairs inside one element with text between them', () => {
  const { doc, m } = match(`<p>主体名称：<input id="a"> 详细地址：<input id="b"></p>`);
  assert.equal(controlOf(m, 'entity.basic.name')?.id, 'a');
  assert.equal(controlOf(m, 'entity.basic.address')?.id, 'b');
});

test('a tab panel is named by its tab title; a hidden panel is not on the screen', () => {
  const { doc, m } = match(`<div role="tablist"><div role="tab" id="t1" aria-controls="p1" aria-selected="true">法定代表人信息</div><div role="tab" id="t2" aria-controls="p2">算法安全责任人信息</div></div>
    <div role="tabpanel" id="p1" aria-labelledby="t1"><label>姓名<input id="l1"></label></div>
    <div role="tabpanel" id="p2" aria-labelledby="t2" style="display:none"><label>姓名<input id="s1"></label></div>`);
  assert.equal(controlOf(m, 'entity.legalRepresentative.name')?.id, 'l1');
  assert.equal(m.get('entity.securityOfficer.name').status, 'not-found');
});
