// Plain HTML controls: input, textarea, select, radio and checkbox inputs,
// dependent selects for a region, and a date pair with a 长期 checkbox.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});
  const { sameText } = BA.text;
  const { typeValue, setNativeValue, fire, press, waitFor, Refusal } = BA.events;
  const A = (BA.adapters = BA.adapters || {});

  const TEXT_TYPES = /^(text|email|url|tel|number|search|)$/i;
  const LONG_TERM = '长期';

  function inputs(content) {
    return BA.dom.qa(content, 'input:not([type=hidden]), textarea, select');
  }

  // The visible text naming a radio or checkbox: its <label>, else the text
  // right after it.
  function choiceText(input) {
    // Its own label: the one around it first (a group's label may be `for`
    // its first box too).
    const lab = input.closest('label') || (input.labels && input.labels[0]);
    if (lab) return lab.textContent.replace(/\s+/g, ' ').trim();
    const next = input.nextSibling;
    return next ? next.textContent.trim() : input.value;
  }

  // A grouped checkbox's category: the title text of its line
  // ("网络销售类：" before the boxes).
  function choiceGroup(input) {
    const line = input.closest('div, li, p, td, fieldset');
    if (!line) return '';
    const title = [...line.childNodes].find((n) => n.nodeType === 3 ? n.nodeValue.trim() : n.tagName !== 'LABEL' && n.tagName !== 'INPUT');
    return title ? title.textContent.replace(/[:：]\s*$/, '').trim() : '';
  }

  function kind(content) {
    const all = inputs(content);
    const boxes = all.filter((e) => e.type === 'checkbox');
    const radios = all.filter((e) => e.type === 'radio');
    const selects = all.filter((e) => e.tagName === 'SELECT');
    const dates = all.filter((e) => e.type === 'date');
    const longTerm = boxes.find((b) => sameText(choiceText(b), LONG_TERM));
    if (all.some((e) => e.type === 'file')) return 'upload';
    if (dates.length >= 2 || (dates.length === 1 && longTerm)) return 'date-range';
    if (dates.length === 1) return 'date';
    if (selects.length > 1) return 'cascader';
    if (selects.length === 1) return selects[0].multiple ? 'multi-select' : 'select';
    if (radios.length) return 'radio';
    if (boxes.length > 1 || (boxes.length === 1 && boxes[0].closest('[role=group], fieldset'))) return 'checkbox-group';
    if (boxes.length === 1) return 'checkbox';
    if (all.some((e) => e.tagName === 'TEXTAREA')) return 'textarea';
    if (all.some((e) => e.tagName === 'INPUT' && TEXT_TYPES.test(e.getAttribute('type') || ''))) return 'text';
    return 'unknown';
  }

  const textTarget = (content) => inputs(content).find((e) => e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && TEXT_TYPES.test(e.getAttribute('type') || '')));

  const optionText = (o) => o.textContent.replace(/\s+/g, ' ').trim();
  const placeholderOption = (o) => o.value === '';

  function read(content, k) {
    const all = inputs(content);
    switch (k) {
      case 'text': case 'textarea': { const t = textTarget(content); return t ? t.value : null; }
      case 'select': { const s = all.find((e) => e.tagName === 'SELECT'); const o = s.selectedOptions[0]; return o && !placeholderOption(o) ? optionText(o) : ''; }
      case 'multi-select': return [...all.find((e) => e.tagName === 'SELECT').selectedOptions].map(optionText);
      case 'cascader': return all.filter((e) => e.tagName === 'SELECT').map((s) => s.selectedOptions[0]).filter((o) => o && !placeholderOption(o)).map(optionText);
      case 'radio': { const r = all.find((e) => e.type === 'radio' && e.checked); return r ? choiceText(r) : ''; }
      case 'checkbox': return all.find((e) => e.type === 'checkbox').checked;
      case 'checkbox-group': return all.filter((e) => e.type === 'checkbox' && e.checked).map((b) => choiceGroup(b) && grouped(content) ? [choiceGroup(b), choiceText(b)] : choiceText(b));
      case 'date': return all.find((e) => e.type === 'date').value;
      case 'date-range': {
        const d = all.filter((e) => e.type === 'date');
        const lt = all.find((e) => e.type === 'checkbox' && sameText(choiceText(e), LONG_TERM));
        return { from: d[0] ? d[0].value : '', to: d[1] ? d[1].value : '', longTerm: !!(lt && lt.checked) };
      }
      default: return null;
    }
  }

  // Boxes laid out in titled lines (one line per category) hold pairs.
  function grouped(content) {
    const lines = new Set(inputs(content).filter((e) => e.type === 'checkbox').map((b) => b.closest('div, li, p')));
    return lines.size > 1 && [...lines].every((l) => l && l !== content);
  }

  const LIMIT_HINT = /(?:不超过|不多于|最多|限)\s*(\d+)\s*(?:个)?(?:汉?字|字符)/;

  function limit(content, k) {
    const t = textTarget(content);
    if (!t || (k !== 'text' && k !== 'textarea')) return null;
    const max = t.getAttribute('maxlength');
    if (max && /^\d+$/.test(max)) return { limit: Number(max), unit: 'utf16', source: 'maxlength' };
    const hint = LIMIT_HINT.exec(content.textContent);
    if (hint) return { limit: Number(hint[1]), unit: 'utf16', source: 'hint' };
    return null;
  }

  // The one option standing for `text`; two (a value on the bound two
  // ranges share) is a refusal, not a pick.
  function pickOption(select, text, same = sameText) {
    const hits = [...select.options].filter((o) => !placeholderOption(o) && (same(optionText(o), text) || o.value === text));
    if (hits.length > 1) throw new Refusal('option-ambiguous');
    return hits[0];
  }

  function chooseOption(select, text, same) {
    const o = pickOption(select, text, same);
    if (!o) throw new Refusal('option-missing');
    setNativeValue(select, o.value);
    fire(select, 'input');
    fire(select, 'change');
  }

  function setBox(box, want) {
    if (box.disabled) throw new Refusal('disabled');
    if (box.checked !== want) press(box);
  }

  // Each writer takes (content, value, same): same(pageText, wanted) says
  // whether an option's text stands for the wanted value (synonyms, ranges).
  const WRITERS = {
    text: async (content, v) => typeValue(textTarget(content), String(v)),
    textarea: async (content, v) => typeValue(textTarget(content), String(v)),
    select: async (content, v, same) => chooseOption(inputs(content).find((e) => e.tagName === 'SELECT'), leaf(v), same),
    'multi-select': async (content, v, same) => {
      const s = inputs(content).find((e) => e.tagName === 'SELECT');
      const want = [].concat(v).map(leaf);
      if (want.some((t) => !pickOption(s, t, same))) throw new Refusal('option-missing');
      for (const o of s.options) o.selected = !placeholderOption(o) && want.some((t) => same(optionText(o), t) || o.value === t);
      fire(s, 'input');
      fire(s, 'change');
    },
    // Each level's options appear after the previous level changes.
    cascader: async (content, v, same) => {
      const path = [].concat(v);
      for (let i = 0; i < path.length; i++) {
        const s = await waitFor(() => { const ss = inputs(content).filter((e) => e.tagName === 'SELECT'); return ss[i] && pickOption(ss[i], path[i], same) ? ss[i] : null; });
        if (!s) throw new Refusal('option-missing');
        chooseOption(s, path[i], same);
      }
    },
    radio: async (content, v, same) => {
      const want = typeof v === 'boolean' ? (v ? '是' : '否') : String(leaf(v));
      const hits = inputs(content).filter((e) => e.type === 'radio' && same(choiceText(e), want));
      if (hits.length !== 1) throw new Refusal(hits.length ? 'option-ambiguous' : 'option-missing');
      if (!hits[0].checked) press(hits[0]);
    },
    checkbox: async (content, v) => setBox(inputs(content).find((e) => e.type === 'checkbox'), !!v),
    // A wanted [category, option] pair is matched against the box's line
    // title when the boxes are laid out by category.
    'checkbox-group': async (content, v, same) => {
      const boxes = inputs(content).filter((e) => e.type === 'checkbox' && !sameText(choiceText(e), LONG_TERM));
      const byLine = grouped(content);
      const fits = (b, w) => (Array.isArray(w)
        ? same(choiceText(b), w[w.length - 1]) && (!byLine || w.length < 2 || same(choiceGroup(b), w[w.length - 2]))
        : same(choiceText(b), w));
      const want = [].concat(v);
      for (const w of want) {
        const n = boxes.filter((b) => fits(b, w)).length;
        if (n !== 1) throw new Refusal(n ? 'option-ambiguous' : 'option-missing');
      }
      for (const b of boxes) setBox(b, want.some((w) => fits(b, w)));
    },
    date: async (content, v) => typeValue(inputs(content).find((e) => e.type === 'date'), String(v)),
    // 长期 first: ticking it may remove the end date.
    'date-range': async (content, v) => {
      const lt = inputs(content).find((e) => e.type === 'checkbox' && sameText(choiceText(e), LONG_TERM));
      if (v.longTerm && !lt) throw new Refusal('long-term-missing');
      if (lt) setBox(lt, !!v.longTerm);
      const dates = () => inputs(content).filter((e) => e.type === 'date' && !e.disabled);
      await waitFor(() => dates().length >= (v.longTerm ? 1 : 2), 500);
      const d = dates();
      if (!d[0]) throw new Refusal('control-missing');
      typeValue(d[0], v.from || '');
      if (!v.longTerm) {
        if (!d[1]) throw new Refusal('control-missing');
        typeValue(d[1], v.to || '');
      }
    },
  };

  // A path's last level, where a page shows the options flat.
  const leaf = (v) => (Array.isArray(v) ? v[v.length - 1] : v);

  A.native = {
    lib: 'native',
    detect: () => true,
    kind,
    read,
    limit,
    write: (content, k, v, opts = {}) => {
      const w = WRITERS[k];
      if (!w) throw new Refusal('kind-unsupported');
      return w(content, v, opts.same || sameText);
    },
    options(content, k) {
      const all = inputs(content);
      if (k === 'select' || k === 'multi-select') return [...all.find((e) => e.tagName === 'SELECT').options].filter((o) => !placeholderOption(o)).map(optionText);
      if (k === 'radio' || k === 'checkbox-group') return all.filter((e) => e.type === (k === 'radio' ? 'radio' : 'checkbox')).map(choiceText);
      return null;
    },
    target: (content, k) => (k === 'text' || k === 'textarea' ? textTarget(content) : inputs(content)[0]) || content,
    choiceText,
  };
})(globalThis);
