import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './helpers.mjs';

const { BA } = load('');
const { normalizeLabel, normalizePlaceholder, mask, sameText } = BA.text;
// Objects from the jsdom realm compare by value after a JSON round trip.
const lengths = (s) => JSON.parse(JSON.stringify(BA.text.lengths(s)));

test('labels fold required marks, colons, spaces and full width', () => {
  for (const raw of ['主体名称', '* 主体名称：', '＊主体名称:', ' 主体　名称 ：', '主体名称*', '\u00A0主体名称\u200B']) {
    assert.equal(normalizeLabel(raw), '主体名称', raw);
  }
  assert.equal(normalizeLabel('《算法备案承诺书》'), '算法备案承诺书');
  assert.equal(normalizeLabel('ＡＰＰ'), 'app');
  assert.ok(sameText('生成合成（深度合成）', '生成合成(深度合成)'));
  assert.equal(normalizeLabel(null), '');
});

test('placeholders lose their verb', () => {
  assert.equal(normalizePlaceholder('请输入主体名称'), '主体名称');
  assert.equal(normalizePlaceholder('请选择证件类型'), '证件类型');
  assert.equal(normalizePlaceholder('选择日期'), '日期');
});

test('lengths count UTF-16 units and code points, CRLF as one break', () => {
  assert.deepEqual(lengths('中文'), { utf16: 2, codepoints: 2 });
  assert.deepEqual(lengths('𠮷😀'), { utf16: 4, codepoints: 2 });
  assert.deepEqual(lengths('a\r\nb'), { utf16: 3, codepoints: 3 });
  assert.equal(lengths(null), null);
});

test('masking keeps the ends only', () => {
  assert.equal(mask('110101199003074258'), '11**************58');
  assert.equal(mask('123'), '***');
});
