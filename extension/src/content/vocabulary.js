// What counts as the dossier's value on a page, from the profile's data:
// an option worded otherwise (optionAliases: 居民身份证 shown as 身份证), a
// number asked in another unit (quantities: 1200000 人 asked in 万人 is 120)
// or as a range (100万-500万). No wording or unit is written here; a value
// with no equivalent on the page matches nothing and is never guessed.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { sameText, toHalfWidth, labelHints } = BA.text;

  // The texts a canonical option may be shown as: the field's own aliases
  // first, then the profile's.
  function aliasesOf(vocab, field, value) {
    const own = (field && field.optionAliases && field.optionAliases[value]) || [];
    const all = (vocab && vocab.optionAliases && vocab.optionAliases[value]) || [];
    return [value, ...own, ...all];
  }

  // Unit words of a quantity, longest first (万人 before 万 before 人).
  function unitsOf(vocab, field) {
    const q = field && field.quantity && vocab && vocab.quantities && vocab.quantities[field.quantity];
    if (!q) return null;
    return { base: q.base, words: Object.keys(q.units).sort((a, b) => b.length - a.length), factor: q.units };
  }

  const NUMBER = '(\\d+(?:\\.\\d+)?)';

  // "120万人" → 1200000 with the quantity's units; a bare number takes
  // `fallbackUnit` (the unit a range states once at its end).
  function amount(text, units, fallbackUnit) {
    const m = new RegExp(`^${NUMBER}(.*)$`).exec(text);
    if (!m) return null;
    const word = m[2];
    if (!word) return Number(m[1]) * (fallbackUnit ? units.factor[fallbackUnit] : 1);
    return units.words.includes(word) ? Number(m[1]) * units.factor[word] : null;
  }

  const unitAtEnd = (text, units) => units.words.find((w) => text.endsWith(w)) || null;

  // A range option's bounds in base units, both inclusive: 10万以下, 10万-100万,
  // 100万人以上, 不足1万, 500万及以上. null when the text is no range.
  function rangeOf(text, units) {
    const t = toHalfWidth(String(text)).replace(/[\s,，]/g, '').replace(/[（(](含|不含)[)）]/g, '');
    const pair = /^(.+?)(?:-|~|至|到|—|–)(.+)$/.exec(t);
    if (pair) {
      const end = unitAtEnd(pair[2], units);
      const lo = amount(pair[1], units, end);
      const hi = amount(pair[2], units, null);
      return lo != null && hi != null ? [lo, hi] : null;
    }
    const bound = (pre, post) => (pre.test(t) || post.test(t) ? amount(t.replace(pre, '').replace(post, ''), units, null) : null);
    const low = bound(/^(不足|少于|低于|小于|<=|<|≤)/, /(及以下|以下|及以内|以内)$/);
    if (low != null) return [0, low];
    const high = bound(/^(超过|多于|高于|大于|>=|>|≥)/, /(及以上|以上)$/);
    if (high != null) return [high, Infinity];
    return null;
  }

  // The unit a page asks a number in: a hint in the label's brackets
  // (单位：万人), a word right after the control (an addon or suffix), or
  // the placeholder. null: the base unit, or no quantity.
  function pageUnit(units, label, trailing, placeholder) {
    if (!units) return null;
    const said = [...labelHints(label), ...labelHints(placeholder || ''), ...[].concat(trailing || [])]
      .map((h) => toHalfWidth(h).replace(/^单位[:：]?/, '').replace(/\s+/g, ''));
    return said.map((h) => units.words.find((w) => h === w || h.endsWith(w))).find(Boolean) || null;
  }

  // Dates: the dossier holds YYYY-MM-DD; a page may show and take them in
  // another of the profile's dateFormats (2021年03月18日, 2021/03/18).
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  const formatsOf = (vocab) => (vocab && vocab.dateFormats && vocab.dateFormats.length ? vocab.dateFormats : ['YYYY-MM-DD']);
  function formatDate(iso, format) {
    const [, y, m, d] = ISO.exec(iso);
    return format.replace('YYYY', y).replace('MM', m).replace('DD', d).replace('M', String(Number(m))).replace('D', String(Number(d)));
  }
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  function parseDate(text, formats) {
    const s = String(text).trim();
    for (const f of formats) {
      const re = new RegExp(`^${escape(f).replace('YYYY', '(\\d{4})').replace('MM', '(\\d{2})').replace('DD', '(\\d{2})').replace('M', '(\\d{1,2})').replace('D', '(\\d{1,2})')}$`);
      const m = re.exec(s);
      if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    }
    return null;
  }
  // The forms to try writing a value in: the dossier's own first, then each
  // other date format (a range's dates alike).
  function dateForms(vocab, value) {
    const forms = formatsOf(vocab);
    if (typeof value === 'string' && ISO.test(value)) return forms.map((f) => formatDate(value, f));
    if (value && typeof value === 'object' && !Array.isArray(value) && ISO.test(value.from || '')) {
      return forms.map((f) => ({ ...value, from: formatDate(value.from, f), to: value.to && ISO.test(value.to) ? formatDate(value.to, f) : value.to }));
    }
    return [value];
  }

  // A number as a person would type it: no exponent, no trailing zeros.
  const format = (n) => String(Number(n.toFixed(8)));

  // For one plan row: same(pageText, wanted) → does the page's text stand for
  // the dossier's value; write(wanted) → what to type (a number in the page's
  // unit). field: the profile field; vocab: {optionAliases, quantities}.
  function forField(vocab, field, page) {
    const units = unitsOf(vocab, field);
    const unit = page && units ? pageUnit(units, page.label, page.trailing, page.placeholder) : null;
    const factor = unit ? units.factor[unit] : 1;
    const numeric = (v) => typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim());
    function same(pageText, wanted) {
      if (pageText == null || wanted == null) return false;
      if (aliasesOf(vocab, field, wanted).some((a) => sameText(pageText, a))) return true;
      if (typeof wanted === 'string' && ISO.test(wanted)) return parseDate(pageText, formatsOf(vocab)) === wanted;
      if (units && numeric(String(wanted))) {
        const want = Number(wanted);
        const shown = String(pageText).trim();
        if (/^\d+(\.\d+)?$/.test(shown)) return Math.abs(Number(shown) * factor - want) < 1e-6 * Math.max(1, want);
        const r = rangeOf(shown, units);
        return !!r && want >= r[0] && want <= r[1];
      }
      return false;
    }
    const write = (wanted) => (units && factor !== 1 && numeric(String(wanted)) ? format(Number(wanted) / factor) : wanted);
    return { same, write, unit, factor, forms: (value) => dateForms(vocab, value) };
  }

  BA.vocabulary = { forField, rangeOf, pageUnit, aliasesOf, unitsOf, parseDate, dateForms };
})(globalThis);
