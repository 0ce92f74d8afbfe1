// Element UI 2.x (Vue 2) and Element Plus (Vue 3) draw their form items with
// the same class names (el-form-item, el-input, el-select, el-radio …); they
// differ in wrappers and in the dropdown's selected class. One factory makes
// both adapters; element-ui.js and element-plus.js only name the variant.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});
  const { sameText } = BA.text;
  // nextTurn after a press: the widget reacts in its handlers and Vue's
  // microtask render, so one task is enough (setTimeout(0) is clamped).
  const { typeValue, typeValueAfterFocus, press, key, waitFor, nextTurn, setChoices, Refusal } = BA.events;
  const { isShown } = BA.dom;
  const A = (BA.adapters = BA.adapters || {});

  const LONG_TERM = '长期';
  const { q, qa } = BA.dom;
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');

  // Kind by the widget's root class; first match wins (a date range holds
  // el-input classes too, so it comes before text).
  const KINDS = [
    ['upload', '.el-upload, input[type=file]'],
    ['date-range', '.el-range-editor, .el-date-editor--daterange'],
    ['date', '.el-date-editor'],
    ['cascader', '.el-cascader'],
    ['select', '.el-select'],
    ['radio', '.el-radio-group, .el-radio, .el-radio-button'],
    ['checkbox-group', '.el-checkbox-group'],
    ['checkbox', '.el-checkbox'],
    ['textarea', '.el-textarea'],
    ['text', '.el-input-number, .el-input, .el-autocomplete'],
  ];

  function kind(content) {
    const longTerm = longTermBox(content);
    for (const [k, sel] of KINDS) {
      if (!q(content, sel)) continue;
      if (k === 'date' && longTerm) return 'date-range';
      if (k === 'checkbox' && qa(content, '.el-checkbox').length > 1) return 'checkbox-group';
      if (k === 'select' && isMultiSelect(content)) return 'multi-select';
      return k;
    }
    return null;
  }

  const isMultiSelect = (content) => !!q(content, '.el-select__tags, .el-select__selection .el-tag, .el-select--multiple, .is-multiple');
  const longTermBox = (content) => qa(content, '.el-checkbox').find((c) => sameText(text(c), LONG_TERM));
  const textTarget = (content) => q(content, 'textarea.el-textarea__inner, .el-input__inner, textarea, input:not([type=hidden]):not([type=file])');
  const isChecked = (el) => el.classList.contains('is-checked') || !!(q(el, 'input') || {}).checked;
  const choices = (content, sel) => qa(content, sel).filter((c) => !sameText(text(c), LONG_TERM));
  const RADIOS = '.el-radio, .el-radio-button';

  function read(content, k) {
    switch (k) {
      case 'text': case 'textarea': { const t = textTarget(content); return t ? t.value : null; }
      case 'date': { const t = q(content, '.el-date-editor input'); return t ? t.value : null; }
      case 'select': case 'multi-select': {
        // One text per tag: Element Plus nests .el-select__tags-text in .el-tag__content.
        const tags = qa(content, '.el-tag').map((t) => text(q(t, '.el-select__tags-text') || q(t, '.el-tag__content') || t));
        if (k === 'multi-select') return tags;
        const ph = q(content, '.el-select__selected-item:not(.is-transparent) span, .el-select__placeholder:not(.is-transparent) span');
        const inp = q(content, '.el-input__inner');
        return inp && inp.value ? inp.value : ph && !q(content, '.el-select__placeholder.is-transparent') ? text(ph) : '';
      }
      case 'cascader': {
        // 省 → 市 → 区 drawn as one select per level.
        if (!q(content, '.el-cascader')) return qa(content, '.el-select').map((s) => read(s, 'select')).filter(Boolean);
        // Element Plus wraps a tag's text in .el-tag__content inside .el-tag:
        // one text per tag, not two.
        const tags = qa(content, '.el-cascader__tags .el-tag').map((t) => text(q(t, '.el-tag__content') || t)).filter(Boolean);
        if (tags.length) return tags.map((t) => t.split(/\s*\/\s*/));
        const inp = q(content, '.el-input__inner');
        return inp && inp.value ? inp.value.split(/\s*\/\s*/) : [];
      }
      case 'radio': { const r = qa(content, RADIOS).find(isChecked); return r ? text(r) : ''; }
      case 'checkbox-group': return choices(content, '.el-checkbox').filter(isChecked).map(text);
      case 'checkbox': return isChecked(q(content, '.el-checkbox'));
      case 'date-range': {
        const lt = longTermBox(content);
        const range = qa(content, '.el-range-input');
        const single = qa(content, '.el-date-editor:not(.el-range-editor) input');
        const longTerm = !!(lt && isChecked(lt));
        if (range.length) return { from: range[0].value, to: range[1] ? range[1].value : '', longTerm };
        return { from: single[0] ? single[0].value : '', to: longTerm ? '' : single[1] ? single[1].value : '', longTerm };
      }
      default: return null;
    }
  }

  // maxlength on the native element, or the show-word-limit counter "n/max"
  // (Element Plus with count-graphemes renders only the counter).
  function limit(content, k) {
    if (k !== 'text' && k !== 'textarea') return null;
    const t = textTarget(content);
    const max = t && t.getAttribute('maxlength');
    if (max && /^\d+$/.test(max)) return { limit: Number(max), unit: 'utf16', source: 'maxlength' };
    const m = /\d+\s*\/\s*(\d+)/.exec(text(q(content, '.el-input__count')));
    if (m) return { limit: Number(m[1]), unit: 'utf16', source: 'word-limit' };
    return null;
  }

  // A dropdown that became visible after pressing the trigger. Poppers are
  // appended to <body>, so they are found by being new, or by aria-controls.
  // Shown is enough: its options take clicks from the first frame of the
  // opening transition (waiting for it to end cost ~100 ms per dropdown).
  async function openPopup(doc, trigger, selector, content) {
    const before = new Set(qa(doc, selector).filter((d) => isShown(d)));
    press(trigger);
    return waitFor(() => {
      const owned = qa(content, '[aria-controls]').map((e) => doc.getElementById(e.getAttribute('aria-controls'))).find(Boolean);
      if (owned && isShown(owned) && !before.has(owned.closest(selector) || owned)) return owned.closest(selector) || owned;
      const fresh = qa(doc, selector).filter((d) => isShown(d) && !before.has(d));
      return fresh.length === 1 ? fresh[0] : null;
    });
  }

  async function closePopup(content, popup) {
    const input = q(content, 'input');
    if (input && popup && isShown(popup)) key(input, 'Escape');
    await nextTurn();
  }

  const ITEM = '.el-select-dropdown__item';
  const itemSelected = (li) => li.classList.contains('selected') || li.classList.contains('is-selected');

  async function writeSelect(content, values, multiple, same) {
    const doc = content.ownerDocument;
    const trigger = q(content, '.el-select__wrapper') || q(content, '.el-select');
    const popup = await openPopup(doc, trigger, '.el-select-dropdown', content);
    if (!popup) throw new Refusal('dropdown-not-opened');
    const items = qa(popup, ITEM).filter((li) => !li.classList.contains('is-disabled'));
    const find = (v) => items.filter((li) => same(text(li), v));
    for (const v of values) {
      const hits = find(v);
      if (hits.length !== 1) { await closePopup(content, popup); throw new Refusal(hits.length ? 'option-ambiguous' : 'option-missing'); }
    }
    if (!multiple) { const li = find(values[0])[0]; if (!itemSelected(li) || isShown(popup)) press(li); }
    else {
      for (const li of items) {
        const want = values.some((v) => same(text(li), v));
        if (want !== itemSelected(li)) { press(li); await nextTurn(); }
      }
    }
    await nextTurn();
    await closePopup(content, popup);
  }

  // Level by level: pressing a parent node opens the next menu.
  async function writeCascader(content, value, same) {
    const doc = content.ownerDocument;
    const multiple = Array.isArray(value[0]);
    const paths = multiple ? value : [value];
    const popup = await openPopup(doc, q(content, '.el-cascader'), '.el-cascader__dropdown, .el-popper', content);
    if (!popup) throw new Refusal('dropdown-not-opened');
    // First every path is walked without choosing its last level (parents
    // only open their menus), so that a path the page lacks changes nothing.
    for (const probe of [true, false]) {
      for (const path of paths) {
        for (let level = 0; level < path.length; level++) {
          const node = await waitFor(() => {
            const menu = qa(popup, '.el-cascader-menu')[level];
            return menu && qa(menu, '.el-cascader-node').find((n) => same(text(q(n, '.el-cascader-node__label') || n), path[level]));
          });
          if (!node) { await closePopup(content, popup); throw new Refusal('option-missing'); }
          const leaf = level === path.length - 1;
          if (leaf && probe) continue;
          if (leaf && multiple) { const box = q(node, '.el-checkbox'); if (box && !isChecked(box)) press(box); }
          else press(q(node, '.el-cascader-node__label') || node);
          await nextTurn();
        }
      }
    }
    await closePopup(content, popup);
  }

  const isDisabled = (el) => el.classList.contains('is-disabled');
  const writeChoice = (content, sel, wanted, exclusive, same) => setChoices(choices(content, sel), wanted, { exclusive, same, text, isChecked, isDisabled });


  async function writeDate(content, input, value) {
    if (!input) throw new Refusal('control-missing');
    await typeValueAfterFocus(input, value);
    await nextTurn();
    key(input, 'Escape');
  }

  async function writeDateRange(content, v) {
    const lt = longTermBox(content);
    if (v.longTerm && !lt) throw new Refusal('long-term-missing');
    if (lt && isChecked(lt) !== !!v.longTerm) { press(lt); await nextTurn(); }
    if (v.longTerm) {
      const from = await waitFor(() => q(content, '.el-date-editor:not(.el-range-editor) input:not([disabled])'));
      return writeDate(content, from, v.from || '');
    }
    const range = await waitFor(() => { const r = qa(content, '.el-range-input'); return r.length === 2 ? r : null; });
    if (!range) throw new Refusal('control-missing');
    await typeValueAfterFocus(range[0], v.from || '');
    await typeValueAfterFocus(range[1], v.to || '');
    await nextTurn();
    key(range[1], 'Escape');
  }

  // A path's last level, where a page shows the options flat (a cascader's
  // value drawn as checkboxes or an option-grouped select).
  const leafOf = (v) => (Array.isArray(v) ? v[v.length - 1] : v);

  // Each writer takes (content, value, same): same(pageText, wanted) says
  // whether an option's text stands for the wanted value (synonyms, ranges).
  const WRITERS = {
    text: (c, v) => typeValue(textTarget(c), String(v)),
    textarea: (c, v) => typeValue(textTarget(c), String(v)),
    select: (c, v, same) => writeSelect(c, [String(leafOf(v))], false, same),
    'multi-select': (c, v, same) => writeSelect(c, [].concat(v).map((x) => String(leafOf(x))), true, same),
    cascader: (c, v, same) => (q(c, '.el-cascader') ? writeCascader(c, [].concat(v), same) : A.writeChain(c, '.el-select', [].concat(v), (s, x) => writeSelect(s, [x], false, same))),
    radio: (c, v, same) => writeChoice(c, RADIOS, [typeof v === 'boolean' ? (v ? '是' : '否') : String(v)], true, same),
    'checkbox-group': (c, v, same) => writeChoice(c, '.el-checkbox', [].concat(v).map((x) => String(leafOf(x))), false, same),
    checkbox: async (c, v) => { const b = q(c, '.el-checkbox'); if (isChecked(b) !== !!v) press(b); },
    date: (c, v) => writeDate(c, q(c, '.el-date-editor input'), String(v)),
    'date-range': writeDateRange,
  };

  function options(content, k) {
    if (k === 'radio') return choices(content, RADIOS).map(text);
    if (k === 'checkbox-group') return choices(content, '.el-checkbox').map(text);
    return null; // select options live in a popup that is not opened for a survey
  }

  function make(lib, detectDoc) {
    return {
      lib,
      detect: (content) => !!q(content, '[class^="el-"], [class*=" el-"]') && detectDoc(content.ownerDocument),
      kind,
      read,
      limit,
      options,
      write: async (content, k, v, opts = {}) => {
        const w = WRITERS[k];
        if (!w) throw new Refusal('kind-unsupported');
        await w(content, v, opts.same || sameText);
      },
      target: (content) => q(content, '.el-select, .el-cascader, .el-radio-group, .el-checkbox-group, .el-date-editor, .el-input, .el-textarea, .el-upload') || content,
    };
  }

  // Dependent selects, one per level (省 → 市 → 区): each level's select is
  // looked up afresh, since the page may draw the next ones (or all of them
  // anew) once a level is chosen. choose(selectRoot, text) picks one.
  A.writeChain = async (content, selector, path, choose) => {
    for (let level = 0; level < path.length; level += 1) {
      const select = await waitFor(() => { const all = qa(content, selector).filter((s) => isShown(s)); return all[level] || null; }, 1500);
      if (!select) throw new Refusal('option-missing');
      await choose(select, path[level]);
      await nextTurn();
    }
  };

  // Element Plus wraps inputs and selects in *__wrapper elements; Element UI
  // never does.
  const isPlus = (doc) => !!doc.querySelector('.el-input__wrapper, .el-select__wrapper, .el-radio-group[role=radiogroup] .el-radio--default');
  A.makeElement = make;
  A.elementIsPlus = isPlus;
})(globalThis);
