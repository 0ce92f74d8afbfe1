// Text helpers shared by every content script: label normalisation and the
// length counts the portal's counters use. Classic script: content scripts
// load in a fixed order and share one namespace object, so no bundler is
// needed and node tests can evaluate the same files inside jsdom.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});

  // Full-width ASCII variants (！ to ～) map to ASCII by a fixed offset; the
  // ideographic space is not in that block.
  function toHalfWidth(s) {
    return s
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ');
  }

  // A label as the matcher compares it: no required marks, no trailing colon,
  // no whitespace of any kind, half width, lower case, without 《》 and
  // brackets' decoration, so "* 主体名称：" and "主体名称" are equal.
  function normalizeLabel(s) {
    if (s == null) return '';
    let t = toHalfWidth(String(s).normalize('NFKC'));
    t = t.replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '');
    t = t.replace(/^[*＊]+|[*＊]+$/g, '');
    t = t.replace(/[:：]+$/g, '');
    t = t.replace(/^[*＊]+/g, '');
    t = t.replace(/[《》「」『』"“”]/g, '');
    return t.toLowerCase();
  }

  // Placeholders repeat the label after a verb ("请输入主体名称"); strip the
  // verb so they can stand in for a missing label.
  const PLACEHOLDER_VERBS = /^(请(输入|选择|填写|上传)|输入|选择|填写)/;
  function normalizePlaceholder(s) {
    return normalizeLabel(String(s || '').replace(/^\s+/, '').replace(PLACEHOLDER_VERBS, ''));
  }

  // Option texts compare with the same folding as labels (full-width
  // brackets in 生成合成（深度合成） vs half width typed by a person).
  function sameText(a, b) {
    return normalizeLabel(a) === normalizeLabel(b);
  }

  // \r\n counts as one line break, like a textarea's counter.
  function lengths(value) {
    if (value == null) return null;
    const s = String(value).replace(/\r\n/g, '\n');
    return { utf16: s.length, codepoints: [...s].length };
  }

  function lengthIn(value, unit) {
    const l = lengths(value);
    if (!l) return 0;
    return unit === 'codepoints' ? l.codepoints : l.utf16;
  }

  // Sensitive values (ID numbers, mobiles) are masked in the panel until the
  // person reveals them; keep the first and last characters for recognition.
  function mask(value) {
    const s = String(value ?? '');
    if (s.length <= 4) return '*'.repeat(s.length);
    return s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2);
  }

  BA.text = { toHalfWidth, normalizeLabel, normalizePlaceholder, sameText, lengths, lengthIn, mask };
})(globalThis);
