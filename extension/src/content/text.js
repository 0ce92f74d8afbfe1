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
    // Marks and colons in either order at the end: 名称*: 名称：* 名称:
    t = t.replace(/^[*＊]+/, '').replace(/[*＊:：]+$/, '');
    t = t.replace(/[《》「」『』"“”]/g, '');
    return t.toLowerCase();
  }

  // Brackets a form puts around a hint, a unit or a note: （必填）, (单位：个),
  // 【可多选】, [选填]. Half width after toHalfWidth.
  const BRACKETED = /\(([^()]*)\)|【([^【】]*)】|\[([^[\]]*)\]|〔([^〔〕]*)〕/g;
  // Section and item numbering in front of a label or heading: 1. 1、 (1)
  // （一） 一、 ① 第一部分.
  const NUMBERING = /^(?:第?[一二三四五六七八九十百]+(?:部分|章|节)?[、.．:：\s]|\(?[一二三四五六七八九十]+\)|\(?\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*[.、)\s](?!\d)|[\u2460-\u2473\u2776-\u277f])\s*/;

  // A label as a field name: numbering, the bracketed hints and units, required
  // marks and colons removed, then folded as normalizeLabel does. "（一）* 负责人
  // 电子邮箱（必填）：" and "负责人电子邮箱" have the same key.
  function labelKey(s) {
    if (s == null) return '';
    // Numbering first, while spaces still separate it from the name (3.2 版本);
    // circled digits before NFKC turns them into plain ones.
    const lead = /^[\s\u00A0\u3000*＊]+/;
    let t = String(s).replace(lead, '').replace(NUMBERING, '');
    t = toHalfWidth(t.normalize('NFKC')).replace(lead, '').replace(NUMBERING, '');
    t = t.replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '').replace(/^[*]+/, '').replace(BRACKETED, '');
    return normalizeLabel(t);
  }

  // What the brackets said, in order ("单位：万人", "必填"): units and limits
  // are read from these, never the field's name.
  function labelHints(s) {
    const t = toHalfWidth(String(s || '').normalize('NFKC'));
    const hints = [];
    for (const m of t.matchAll(BRACKETED)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/\s+/g, '');
      if (inner) hints.push(inner);
    }
    return hints;
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

  BA.text = { toHalfWidth, normalizeLabel, normalizePlaceholder, labelKey, labelHints, sameText, lengths, lengthIn, mask };
})(globalThis);
