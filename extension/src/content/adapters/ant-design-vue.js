// Ant Design Vue (1.x and 3/4.x): recognised and read for plans and
// surveys; written for text, textarea, select, radio and checkboxes. Its date
// pickers commit typed text on Enter, which the filler never sends, so dates
// and cascaders are reported as unsupported rather than guessed.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { sameText } = BA.text;
  const { typeValue, press, key, waitFor, sleep, fire, Refusal } = BA.events;
  const { isUsable } = BA.dom;
  const A = BA.adapters;

  const q = (el, s) => el.querySelector(s);
  const qa = (el, s) => [...el.querySelectorAll(s)];
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');

  const KINDS = [
    ['upload', '.ant-upload, input[type=file]'],
    ['date-range', '.ant-picker-range, .ant-calendar-picker-range'],
    ['date', '.ant-picker, .ant-calendar-picker'],
    ['cascader', '.ant-cascader, .ant-cascader-picker'],
    ['multi-select', '.ant-select-multiple, .ant-select-selection--multiple'],
    ['select', '.ant-select'],
    ['radio', '.ant-radio-group, .ant-radio-wrapper'],
    ['checkbox-group', '.ant-checkbox-group'],
    ['checkbox', '.ant-checkbox-wrapper'],
    ['textarea', 'textarea'],
    ['text', '.ant-input, .ant-input-number, input'],
  ];
  const kind = (content) => (KINDS.find(([, sel]) => q(content, sel)) || [null])[0];
  const textTarget = (content) => q(content, 'textarea, input.ant-input, input:not([type=hidden]):not([type=file])');
  const isChecked = (w) => /ant-(radio|checkbox)-wrapper-checked/.test(w.className) || !!(q(w, 'input') || {}).checked;

  function read(content, k) {
    switch (k) {
      case 'text': case 'textarea': { const t = textTarget(content); return t ? t.value : null; }
      case 'select': return text(q(content, '.ant-select-selection-item, .ant-select-selection-selected-value'));
      case 'multi-select': return qa(content, '.ant-select-selection-item-content, .ant-select-selection__choice__content').map(text);
      case 'radio': { const r = qa(content, '.ant-radio-wrapper').find(isChecked); return r ? text(r) : ''; }
      case 'checkbox-group': return qa(content, '.ant-checkbox-wrapper').filter(isChecked).map(text);
      case 'checkbox': return isChecked(q(content, '.ant-checkbox-wrapper'));
      case 'date': { const t = q(content, 'input'); return t ? t.value : null; }
      case 'date-range': { const d = qa(content, 'input'); return { from: d[0] ? d[0].value : '', to: d[1] ? d[1].value : '', longTerm: false }; }
      default: return null;
    }
  }

  // Counters count code points (Input and TextArea); a native maxlength on
  // Input still counts UTF-16 units, so it wins when both are present.
  function limit(content, k) {
    if (k !== 'text' && k !== 'textarea') return null;
    const t = textTarget(content);
    const max = t && t.getAttribute('maxlength');
    if (max && /^\d+$/.test(max)) return { limit: Number(max), unit: 'utf16', source: 'maxlength' };
    const counter = q(content, '[data-count]');
    const s = counter ? counter.getAttribute('data-count') : text(q(content, '.ant-input-show-count-suffix, .ant-input-data-count'));
    const m = /\d+\s*\/\s*(\d+)/.exec(s || '');
    return m ? { limit: Number(m[1]), unit: 'codepoints', source: 'word-limit' } : null;
  }

  async function writeSelect(content, values, multiple) {
    const doc = content.ownerDocument;
    const before = new Set(qa(doc, '.ant-select-dropdown').filter(isUsable));
    const trigger = q(content, '.ant-select-selector, .ant-select-selection');
    press(trigger);
    const popup = await waitFor(() => { const f = qa(doc, '.ant-select-dropdown').filter((d) => isUsable(d) && !before.has(d)); return f.length === 1 ? f[0] : null; });
    if (!popup) throw new Refusal('dropdown-not-opened');
    const items = qa(popup, '.ant-select-item-option, .ant-select-dropdown-menu-item');
    const label = (li) => li.getAttribute('title') || text(li);
    for (const v of values) if (items.filter((li) => sameText(label(li), v)).length !== 1) throw new Refusal('option-missing');
    for (const li of items) {
      const want = values.some((v) => sameText(label(li), v));
      const selected = /selected/.test(li.className) && li.getAttribute('aria-selected') !== 'false';
      if (want && (!selected || !multiple)) { press(li); await sleep(0); }
      else if (!want && selected && multiple) { press(li); await sleep(0); }
    }
    const input = q(content, 'input');
    if (input && isUsable(popup)) key(input, 'Escape');
  }

  async function writeChoice(content, sel, wanted, exclusive) {
    const opts = qa(content, sel);
    for (const w of wanted) if (!opts.some((o) => sameText(text(o), w))) throw new Refusal('option-missing');
    for (const o of opts) {
      const want = wanted.some((w) => sameText(text(o), w));
      if ((want && !isChecked(o)) || (!want && !exclusive && isChecked(o))) { press(o); await sleep(0); }
    }
  }

  const WRITERS = {
    text: (c, v) => typeValue(textTarget(c), String(v)),
    textarea: (c, v) => typeValue(textTarget(c), String(v)),
    select: (c, v) => writeSelect(c, [String(v)], false),
    'multi-select': (c, v) => writeSelect(c, [].concat(v).map(String), true),
    radio: (c, v) => writeChoice(c, '.ant-radio-wrapper', [typeof v === 'boolean' ? (v ? '是' : '否') : String(v)], true),
    'checkbox-group': (c, v) => writeChoice(c, '.ant-checkbox-wrapper', [].concat(v).map(String), false),
    checkbox: async (c, v) => { const b = q(c, '.ant-checkbox-wrapper'); if (isChecked(b) !== !!v) press(b); },
  };

  A['ant-design-vue'] = {
    lib: 'ant-design-vue',
    detect: (content) => !!q(content, '[class*="ant-"]'),
    kind,
    read,
    limit,
    options: (content, k) => (k === 'radio' ? qa(content, '.ant-radio-wrapper').map(text) : k === 'checkbox-group' ? qa(content, '.ant-checkbox-wrapper').map(text) : null),
    write: async (content, k, v) => {
      const w = WRITERS[k];
      if (!w) throw new Refusal('kind-unsupported');
      await w(content, v);
      fire(content, 'blur');
    },
    target: (content) => q(content, '.ant-select, .ant-picker, .ant-radio-group, .ant-checkbox-group, .ant-input, textarea') || content,
  };
})(globalThis);
