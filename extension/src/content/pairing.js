// From the scan's events to labelled items: controls that make one field are
// joined, each field gets its label the way Chromium's autofill infers one
// (explicit <label>, ARIA, the cell before it in its table row or the cell
// above it, <dt>, then the nearest text before it), and the element holding
// its control is found by climbing until the next step would take in its
// label or another field. Read-only.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { labelKey, normalizePlaceholder, normalizeLabel } = BA.text;
  const W = BA.widgets;
  const { isSectionRow, ownText } = BA.scan;

  const CONTROLS = W.NATIVE_CONTROL + ', [role=combobox], [role=radiogroup], [role=listbox]';
  const hasControl = (el) => el.matches(CONTROLS) || !!el.querySelector(CONTROLS);
  const firstControl = (el) => (el.matches(CONTROLS) ? el : el.querySelector(CONTROLS));

  // A text that can name a field: not a heading, not a bare separator, unit
  // or counter, and short enough to be a label rather than a help paragraph.
  function labelLike(e) {
    if (e.heading || e.nav || W.isSeparator(e.text)) return false;
    const key = labelKey(e.text);
    return key.length > 0 && key.length <= 40 && !/^\d+\/\d+$/.test(key);
  }

  // Controls joined into fields: [{events: [control events], inner: [texts]}].
  function cluster(events) {
    const clusters = [];
    let cur = null;
    let between = [];
    const sameName = (a, b) => a.el.name && a.el.name === b.el.name && a.el.form === b.el.form && W.CHOICE.test(a.el.type || '');
    // Joined widgets sit together: within a few levels of each other (a
    // date pair and its 长期 box in one cell, not a box at the page's end).
    const near = (a, b) => { let n = a.el; for (let i = 0; i < 4 && n; i += 1) { n = n.parentElement; if (n && n.contains(b.el)) return true; } return false; };
    for (const e of events) {
      if (e.type === 'text') { between.push(e); continue; }
      if (e.type === 'item') { clusters.push({ item: e.item }); cur = null; between = []; continue; }
      const last = cur && cur.events[cur.events.length - 1];
      const onlySeparators = between.every((t) => W.isSeparator(t.text));
      if (last && ((onlySeparators && W.joins(last.kind, e.kind) && near(last, e)) || sameName(last, e))) {
        cur.events.push(e);
        cur.inner.push(...between);
      } else {
        cur = { events: [e], inner: [] };
        clusters.push(cur);
      }
      between = [];
    }
    return clusters;
  }

  // The label a field states itself: <label for>, a label around a text
  // control, aria-labelledby or aria-label on the control or its group.
  function explicitLabel(c) {
    const doc = c.events[0].el.ownerDocument;
    for (const e of c.events) {
      const ctl = firstControl(e.el) || e.el;
      for (const n of [e.el, ctl, e.el.closest('[role=group], [role=radiogroup], fieldset')]) {
        if (!n) continue;
        const by = n.getAttribute('aria-labelledby');
        if (by) {
          const els = by.split(/\s+/).map((id) => doc.getElementById(id)).filter(Boolean);
          const text = els.map(ownText).join('');
          if (labelKey(text)) return { text, el: els[0], via: 'aria' };
        }
      }
      if (ctl.labels && !W.CHOICE.test(ctl.type || '')) {
        for (const lab of ctl.labels) {
          const text = lab.contains(ctl) ? textBefore(lab, ctl) : ownText(lab);
          if (labelKey(text)) return { text, el: lab, via: 'label' };
        }
      }
    }
    return null;
  }

  function textBefore(container, control) {
    let s = '';
    const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (control.compareDocumentPosition(n) & 2) s += n.nodeValue;
    return s.replace(/\s+/g, ' ').trim();
  }

  // Chromium's table fallback: the nearest cell before it in its row that
  // holds text and no control; else, when the cell above holds only text,
  // that cell (a row of column titles).
  function tableLabel(c) {
    const cell = c.events[0].el.closest('td, th');
    if (!cell || !cell.parentElement || cell.parentElement.tagName !== 'TR') return null;
    for (let p = cell.previousElementSibling; p; p = p.previousElementSibling) {
      if (hasControl(p)) break;
      if (labelKey(ownText(p))) return { text: ownText(p), el: p, via: 'table-row' };
    }
    const row = cell.parentElement;
    const prevRow = row.previousElementSibling || (row.parentElement && row.parentElement.previousElementSibling && row.parentElement.previousElementSibling.lastElementChild);
    if (!prevRow || prevRow.tagName !== 'TR') return null;
    const col = columnOf(cell);
    let at = 0;
    for (const above of prevRow.cells) {
      const span = above.colSpan || 1;
      if (col >= at && col < at + span) {
        if (!hasControl(above) && !isSectionRow(above) && labelKey(ownText(above))) return { text: ownText(above), el: above, via: 'table-column' };
        return null;
      }
      at += span;
    }
    return null;
  }

  const columnOf = (cell) => [...cell.parentElement.cells].slice(0, cell.cellIndex).reduce((n, c) => n + (c.colSpan || 1), 0);

  function termLabel(c) {
    const dd = c.events[0].el.closest('dd');
    if (!dd) return null;
    for (let p = dd.previousElementSibling; p; p = p.previousElementSibling) if (p.tagName === 'DT') return labelKey(ownText(p)) ? { text: ownText(p), el: p, via: 'dl' } : null;
    return null;
  }

  // Names a control gives itself: aria-label, placeholder, title.
  function ownNames(c) {
    const names = [];
    for (const e of c.events) {
      const ctl = firstControl(e.el) || e.el;
      for (const n of [e.el, ctl]) {
        if (n.getAttribute('aria-label')) names.push(labelKey(n.getAttribute('aria-label')));
        if (n.getAttribute('placeholder')) names.push(normalizePlaceholder(n.getAttribute('placeholder')));
        if (n.getAttribute('title')) names.push(labelKey(n.getAttribute('title')));
      }
      const ph = e.el.querySelector && e.el.querySelector('.el-select__placeholder, .ant-select-selection-placeholder');
      if (ph) names.push(normalizePlaceholder(ownText(ph)));
      // A native select's empty first option ("请选择主体类型") is its placeholder.
      const first = ctl.tagName === 'SELECT' && ctl.options[0];
      if (first && first.value === '') names.push(normalizePlaceholder(first.textContent));
    }
    return [...new Set(names.filter(Boolean))];
  }

  // Highest element around the field's controls that takes in neither its
  // label nor anything before it or after it that is not its own.
  function contentOf(els, labelEl, before, after) {
    let node = els.length === 1 ? els[0] : lca(els);
    const body = node.ownerDocument.body;
    for (let p = node.parentElement; p && p !== body; p = p.parentElement) {
      if ((labelEl && p.contains(labelEl)) || (before && p.contains(before)) || (after && p.contains(after))) break;
      node = p;
    }
    return node;
  }

  function lca(els) {
    let a = els[0];
    while (a && !els.every((e) => a.contains(e))) a = a.parentElement;
    return a;
  }

  // items(events) → [{label, labelEl, root, content, control?, source, names,
  // alts, at}]: alts are farther texts before it, at its event's index.
  function items(events) {
    const clusters = cluster(events);
    const at = new Map(events.map((e, i) => [e, i]));
    const itemEvent = new Map(events.filter((e) => e.type === 'item').map((e) => [e.item, e]));
    for (const c of clusters) {
      const own = c.item ? [itemEvent.get(c.item)] : c.events;
      c.first = at.get(own[0]);
      c.last = at.get(own[own.length - 1]);
      c.inner = new Set(c.inner || []);
    }
    // Pass 1: each field's label. Texts between the previous field and this
    // one are this one's candidates, the nearest label-like one first.
    const used = new Set();
    clusters.forEach((c, i) => {
      if (c.item) return;
      const prev = i ? clusters[i - 1] : null;
      const from = prev ? prev.last + 1 : 0;
      const prevEl = prev && (prev.item ? prev.item.root : prev.events[prev.events.length - 1].el);
      // A form's fields are labelled inside it: a text outside the <form>
      // around the control (a page title, a notice) is no label of it.
      const form = c.events[0].el.closest('form');
      const texts = events.slice(from, c.first)
        .filter((e) => e.type === 'text' && !used.has(e) && labelLike(e) && !(prevEl && nearer(e.el, prevEl, c.events[0].el)) && (!form || form.contains(e.el)))
        .reverse();
      const found = explicitLabel(c) || tableLabel(c) || termLabel(c);
      if (found) {
        c.label = found;
        const tok = texts.find((t) => t.el === found.el || found.el.contains(t.el));
        if (tok) used.add(tok);
      } else if (texts.length) {
        c.label = { text: texts[0].text, el: texts[0].el, via: 'before' };
        used.add(texts[0]);
      }
      c.alts = texts.filter((t) => !c.label || t.el !== c.label.el).map((t) => t.text);
    });
    mergeCategories(clusters, events, used);
    // Pass 2: each field's content, bounded by its neighbours.
    return clusters.filter((c) => !c.merged).map((c) => {
      if (c.item) return { ...c.item, names: [], alts: [], at: c.first };
      const els = c.events.map((e) => e.el);
      const before = prevForeign(events, c);
      const after = nextForeign(events, c, used);
      const content = contentOf(els, c.label && c.label.el, before, after);
      return {
        label: c.label ? c.label.text : '', labelEl: c.label ? c.label.el : null, root: content, content,
        control: els.length === 1 && els[0].matches(W.NATIVE_CONTROL) ? els[0] : null,
        source: c.label ? c.label.via : 'unlabelled', names: ownNames(c), alts: c.alts || [], at: c.first,
      };
    });
  }

  const elOf = (e) => e.el || e.item.root;

  // Boxes of one field laid out by category (网络销售类：☐… 生活服务类：☐…)
  // may read as one group per category. Groups that took the same label
  // element (one <dt>, one label cell) are one field. (Groups labelled by
  // their category titles are joined later, by match.js, once it knows
  // which texts name fields.)
  const CHOICES = new Set(['checkbox', 'radio', 'widget-choice']);
  function mergeCategories(clusters, events, used) {
    let prev = null;
    for (const c of clusters) {
      const kindOk = !c.item && c.events.every((e) => CHOICES.has(e.kind));
      if (prev && kindOk && c.label && prev.label && c.label.el === prev.label.el && c.label.via !== 'before') {
        for (const e of events.slice(prev.last + 1, c.last + 1)) if (e.type === 'text') { prev.inner.add(e); used.delete(e); }
        prev.events.push(...c.events);
        prev.last = c.last;
        c.merged = true;
        continue;
      }
      prev = kindOk ? c : null;
    }
  }

  const depthOf = (el) => { let d = 0; for (let n = el; n; n = n.parentElement) d += 1; return d; };
  function lcaDepth(a, b) {
    for (let n = a; n; n = n.parentElement) if (n.contains(b)) return depthOf(n);
    return 0;
  }
  // A text between two fields belongs to the one it shares the closer
  // container with: a hint or unit after a control in its own cell is that
  // control's, not a label of the next one.
  const nearer = (text, prev, next) => lcaDepth(text, prev) > lcaDepth(text, next);

  // The nearest event before the field that is not its own: anything.
  function prevForeign(events, c) {
    for (let i = c.first - 1; i >= 0; i -= 1) {
      if (c.inner.has(events[i]) || (c.label && events[i].el === c.label.el)) continue;
      return elOf(events[i]);
    }
    return null;
  }

  // The nearest event after it that belongs elsewhere: another control or
  // item, a heading, or a text some other field took as its label. Hints,
  // units and counters after a control are its own.
  function nextForeign(events, c, used) {
    for (let i = c.last + 1; i < events.length; i += 1) {
      const e = events[i];
      if (c.inner.has(e)) continue;
      if (e.type !== 'text' || e.heading || used.has(e)) return elOf(e);
    }
    return null;
  }

  BA.pairing = { items, cluster, labelLike, normalizeLabel };
})(globalThis);
