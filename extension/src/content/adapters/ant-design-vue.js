// Ant Design Vue (4.x; 1.x class names where they differ): every control
// kind of the portal, driven through the library's own events so its model
// takes the value: inputs and textareas typed, number inputs typed and
// blurred, selects and cascaders through their dropdowns (ant-popups.js),
// radios and checkboxes clicked, date pickers typed in their own format and
// committed by a real blur (the picker submits typed text when focus leaves;
// Enter, which would also submit a form, is never sent).
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { sameText } = BA.text;
  const { typeValue, setNativeValue, press, fire, nextTurn, nextFrame, setChoices, Refusal } = BA.events;
  const { q, qa } = BA.dom;
  const A = BA.adapters;
  const P = A.antPopups;

  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const LONG_TERM = '长期';

  const KINDS = [
    ['upload', '.ant-upload-wrapper, .ant-upload, input[type=file]'],
    ['date-range', '.ant-picker-range, .ant-calendar-picker-range'],
    ['date', '.ant-picker, .ant-calendar-picker'],
    ['cascader', '.ant-cascader, .ant-cascader-picker'],
    ['multi-select', '.ant-select-multiple, .ant-select-selection--multiple'],
    ['select', '.ant-select'],
    ['radio', '.ant-radio-group, .ant-radio-wrapper'],
    ['checkbox-group', '.ant-checkbox-group'],
    ['checkbox', '.ant-checkbox-wrapper'],
    ['textarea', 'textarea'],
    ['text', '.ant-input-number, .ant-input, input'],
  ];
  const longTermBox = (content) => qa(content, '.ant-checkbox-wrapper').find((w) => sameText(text(w), LONG_TERM));
  function kind(content) {
    const k = (KINDS.find(([, sel]) => q(content, sel)) || [null])[0];
    if (k === 'date' && longTermBox(content) && qa(content, '.ant-picker').length) return 'date-range';
    if (k === 'checkbox' && qa(content, '.ant-checkbox-wrapper').length > 1) return 'checkbox-group';
    if (k === 'cascader' && q(content, '.ant-select-multiple')) return 'cascader';
    return k;
  }
  const textTarget = (content) => q(content, 'textarea, input.ant-input-number-input, input.ant-input, input:not([type=hidden]):not([type=file]):not([type=radio]):not([type=checkbox])');
  const isChecked = (w) => /ant-(radio|checkbox)-wrapper-checked/.test(w.className) || !!(q(w, 'input') || {}).checked;
  const choices = (content, sel) => qa(content, sel).filter((w) => !sameText(text(w), LONG_TERM));
  const tags = (content) => qa(content, '.ant-select-selection-item').map((t) => t.getAttribute('title') || text(q(t, '.ant-select-selection-item-content') || t));

  function read(content, k) {
    switch (k) {
      case 'text': case 'textarea': { const t = textTarget(content); return t ? t.value : null; }
      case 'select': { const t = tags(content); return t[0] || ''; }
      case 'multi-select': return tags(content);
      case 'cascader': {
        // 省 → 市 → 区 drawn as one select per level.
        if (!q(content, '.ant-cascader')) return qa(content, '.ant-select').map((s) => tags(s)[0]).filter(Boolean);
        const t = tags(content);
        if (q(content, '.ant-select-multiple')) return t;
        return t[0] ? t[0].split(/\s*\/\s*/) : [];
      }
      case 'radio': { const r = choices(content, '.ant-radio-wrapper').find(isChecked); return r ? text(r) : ''; }
      case 'checkbox-group': return choices(content, '.ant-checkbox-wrapper').filter(isChecked).map(text);
      case 'checkbox': return isChecked(q(content, '.ant-checkbox-wrapper'));
      case 'date': { const t = q(content, '.ant-picker input'); return t ? t.value : null; }
      case 'date-range': {
        const lt = longTermBox(content);
        const d = qa(content, '.ant-picker input');
        const longTerm = !!(lt && isChecked(lt));
        return { from: d[0] ? d[0].value : '', to: longTerm ? '' : d[1] ? d[1].value : '', longTerm };
      }
      default: return null;
    }
  }

  // A native maxlength counts UTF-16 units; show-count alone counts what
  // the counter shows ("0 / 200"), code points.
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

  const writeChoice = (content, sel, wanted, exclusive, same) => setChoices(choices(content, sel), wanted, { exclusive, same, text, isChecked });


  // A picker's input takes typed text while it is open and focused, and
  // commits it when focus leaves: press (opens and focuses), type, blur.
  async function typeDate(input, value) {
    press(input);
    await nextTurn();
    setNativeValue(input, value);
    fire(input, 'input', { inputType: 'insertText', data: value });
    await nextTurn();
    input.blur();
    fire(input, 'blur');
    await nextFrame();
  }

  async function writeDateRange(content, v) {
    const lt = longTermBox(content);
    if (v.longTerm && !lt) throw new Refusal('long-term-missing');
    if (lt && isChecked(lt) !== !!v.longTerm) { press(lt); await nextTurn(); }
    const inputs = qa(content, '.ant-picker input').filter((i) => !i.disabled);
    if (!inputs[0]) throw new Refusal('control-missing');
    await typeDate(inputs[0], v.from || '');
    if (!v.longTerm) {
      if (!inputs[1]) throw new Refusal('control-missing');
      await typeDate(inputs[1], v.to || '');
    }
  }

  const leaf = (v) => (Array.isArray(v) ? v[v.length - 1] : v);
  const yesNo = (v) => (typeof v === 'boolean' ? (v ? '是' : '否') : String(leaf(v)));

  const WRITERS = {
    text: async (c, v) => typeValue(textTarget(c), String(v)),
    textarea: async (c, v) => typeValue(textTarget(c), String(v)),
    select: (c, v, same) => P.writeSelect(c, [String(leaf(v))], false, same),
    'multi-select': (c, v, same) => P.writeSelect(c, [].concat(v).map((x) => String(leaf(x))), true, same),
    cascader: (c, v, same) => {
      if (!q(c, '.ant-cascader')) return A.writeChain(c, '.ant-select', [].concat(v), (s, x) => P.writeSelect(s, [x], false, same));
      const multiple = !!q(c, '.ant-select-multiple');
      const paths = multiple ? [].concat(v).map((p) => [].concat(p)) : [[].concat(v)];
      return P.writeCascader(c, paths, multiple, same);
    },
    radio: (c, v, same) => writeChoice(c, '.ant-radio-wrapper', [yesNo(v)], true, same),
    'checkbox-group': (c, v, same) => writeChoice(c, '.ant-checkbox-wrapper', [].concat(v).map((x) => String(leaf(x))), false, same),
    checkbox: async (c, v) => { const b = q(c, '.ant-checkbox-wrapper'); if (isChecked(b) !== !!v) press(b); },
    date: (c, v) => typeDate(q(c, '.ant-picker input'), String(v)),
    'date-range': writeDateRange,
  };

  A['ant-design-vue'] = {
    lib: 'ant-design-vue',
    detect: (content) => !!q(content, '[class^="ant-"], [class*=" ant-"]'),
    kind,
    read,
    limit,
    options: (content, k) => (k === 'radio' ? choices(content, '.ant-radio-wrapper').map(text) : k === 'checkbox-group' ? choices(content, '.ant-checkbox-wrapper').map(text) : null),
    write: async (content, k, v, opts = {}) => {
      const w = WRITERS[k];
      if (!w) throw new Refusal('kind-unsupported');
      await w(content, v, opts.same || sameText);
    },
    target: (content) => q(content, '.ant-select, .ant-picker, .ant-radio-group, .ant-checkbox-group, .ant-input, textarea') || content,
  };
})(globalThis);
