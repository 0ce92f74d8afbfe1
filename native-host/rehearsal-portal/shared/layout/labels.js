// The visible text of a field's label, as parts, drawn along the label axes:
// the profile's label or an alias, a group prefix (负责人电子邮箱), numbering
// (1. / （一）), a required mark, a bracketed hint or unit, a colon.
const CN_DIGITS = '零一二三四五六七八九';

export function chineseNumber(n) {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

const NUMBERING = {
  none: () => '',
  'arabic-dot': (i) => `${i}.`,
  'arabic-comma': (i) => `${i}、`,
  'paren-chinese': (i) => `（${chineseNumber(i)}）`,
  'paren-arabic': (i) => `(${i})`,
};
export const numberingText = (kind, i) => NUMBERING[kind](i);

const HEADING_NUMBER = {
  none: () => '',
  chinese: (i) => `${chineseNumber(i)}、`,
  arabic: (i) => `${i}. `,
  paren: (i) => `（${chineseNumber(i)}）`,
};
export const headingNumberText = (kind, i) => HEADING_NUMBER[kind](i);

const COLONS = { none: '', half: ':', full: '：' };
const BRACKETS = { full: ['（', '）'], half: ['(', ')'] };
export const bracketed = (width, text) => `${BRACKETS[width][0]}${text}${BRACKETS[width][1]}`;

// The hints a field may carry, by what it is and how it is drawn.
export function hintsFor(field, control, limit) {
  const hints = [];
  if (field.required) hints.push('required');
  else hints.push('optional', 'if-any');
  if (['select', 'radio', 'cascader', 'chained-selects', 'date', 'range-select'].includes(control)) hints.push('choose');
  if (['multi-select', 'checkbox-group', 'grouped-checkbox', 'grouped-select'].includes(control) || (control === 'cascader' && field.multiple))
    hints.push('multiple');
  if ((control === 'text' || control === 'textarea') && limit && !field.quantity) hints.push('limit');
  return hints;
}

const HINT_TEXT = {
  required: () => '必填',
  optional: () => '选填',
  choose: () => '请选择',
  multiple: () => '可多选',
  limit: (limit) => `不超过${limit}字`,
  'if-any': () => '如有',
};
export const hintText = (kind, limit) => HINT_TEXT[kind](limit);

// What a group title is called in front of a field's own label:
// 算法安全责任人信息 → 算法安全责任人, with the page's groupAliases.
export function groupPrefixes(page, group) {
  const strip = (t) => t.replace(/信息$/, '');
  const aliases = (page.groupAliases || {})[group] || [];
  return { own: strip(group), aliases: [...new Set(aliases.map(strip))].filter((a) => a && a !== strip(group)) };
}

// Groups of a page whose fields share a label with a field of another group
// (姓名, 证件类型 under 法定代表人 and under 算法安全责任人): where real forms
// repeat the group name in each label.
export function prefixedGroups(fields) {
  const groupsOf = new Map();
  for (const f of fields) {
    if (!f.group) continue;
    if (!groupsOf.has(f.label)) groupsOf.set(f.label, new Set());
    groupsOf.get(f.label).add(f.group);
  }
  const out = new Set();
  for (const groups of groupsOf.values()) if (groups.size > 1) for (const g of groups) out.add(g);
  return out;
}

// Text the label shows (for matching in tests): the parts joined, without a
// mark the component library draws with CSS.
export const labelText = (label) =>
  label.parts
    .filter((p) => !p.css)
    .map((p) => p.text)
    .join('');

// Assembles the parts in the order real forms put them:
// [numbering] [*] text [hint] [unit] [*] [colon]
export function labelParts({ number, mark, markCss, core, hint, unit, colon }) {
  const parts = [];
  if (number) parts.push({ kind: 'number', text: number });
  if (mark === 'before') parts.push({ kind: 'mark', text: '*', css: !!markCss });
  parts.push({ kind: 'text', text: core });
  if (hint) parts.push({ kind: 'hint', text: hint });
  if (unit) parts.push({ kind: 'unit', text: unit });
  if (mark === 'after') parts.push({ kind: 'mark', text: '*', css: false });
  if (colon !== 'none') parts.push({ kind: 'colon', text: COLONS[colon] });
  return parts;
}
