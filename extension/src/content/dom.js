// Reading the page's structure: which elements are usable, which labelled
// items the page has (whatever library drew them), and which section heading
// an element sits under. Read-only; nothing here changes the page.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});
  const { normalizeLabel } = BA.text;

  // jsdom has no layout, so node tests switch the size check off; browsers
  // keep it on (a zero-size control is a trap, not a field).
  const config = (BA.config = BA.config || { geometry: true });

  // Displayed: no ancestor hidden, display:none or invisible. A popup in its
  // opening transition (opacity and scale still at 0) is shown, not usable.
  // cache: an optional Map(element → shown) kept for one plan, so items that
  // share ancestors style each ancestor once (Firefox's getComputedStyle
  // per ancestor per item made planning quadratic).
  function isShown(el, cache) {
    if (!el || !el.isConnected) return false;
    const seen = cache && typeof cache.get === 'function' ? cache : null; // not filter()'s index
    const win = el.ownerDocument.defaultView;
    const chain = [];
    let shown = true;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (seen && seen.has(n)) { shown = seen.get(n); break; }
      chain.push(n);
    }
    // Outermost first: once an ancestor is hidden, everything below it is.
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const n = chain[i];
      if (shown) shown = selfShown(win, n);
      if (seen) seen.set(n, shown);
    }
    return shown;
  }

  function selfShown(win, n) {
    if (n.hidden || n.getAttribute('aria-hidden') === 'true' || n.inert) return false;
    const cs = win.getComputedStyle(n);
    return !(cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse');
  }

  function isUsable(el, seen) {
    if (!isShown(el, seen)) return false;
    const win = el.ownerDocument.defaultView;
    if (parseFloat(win.getComputedStyle(el).opacity) === 0) return false;
    if (config.geometry) {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return false;
    }
    return true;
  }

  const ownText = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');

  // Controls a person can type in or pick from; type=hidden never counts.
  const CONTROL_SELECTOR =
    'input:not([type=hidden]), textarea, select, [contenteditable=""], [contenteditable=true], [role=combobox], [role=radiogroup], [role=listbox]';
  const CHOICE = /^(radio|checkbox)$/i;

  // Labelled items as each library renders them. Each entry finds the item
  // roots, its label element and the element holding the control. Order
  // matters: a library's form item wins over the generic table or <label>.
  const ITEM_SHAPES = [
    {
      source: 'el-form-item',
      roots: '.el-form-item',
      label: (item) => firstOwn(item, '.el-form-item__label', '.el-form-item'),
      content: (item) => firstOwn(item, '.el-form-item__content', '.el-form-item'),
    },
    {
      source: 'ant-form-item',
      roots: '.ant-form-item',
      label: (item) => firstOwn(item, '.ant-form-item-label label, .ant-form-item-label', '.ant-form-item'),
      content: (item) => firstOwn(item, '.ant-form-item-control', '.ant-form-item'),
    },
    {
      source: 'table-row',
      roots: 'tr',
      label: (tr) => [...tr.children].find((c) => c.tagName === 'TH'),
      content: (tr) => {
        const th = [...tr.children].find((c) => c.tagName === 'TH');
        return th && [...tr.children].slice([...tr.children].indexOf(th) + 1).find((c) => c.tagName === 'TD');
      },
    },
  ];

  // The first match that belongs to this item, not to an item nested in it.
  function firstOwn(item, selector, itemSelector) {
    for (const el of item.querySelectorAll(selector)) if (el.closest(itemSelector) === item) return el;
    return null;
  }

  // Whether el or one of its ancestors is in the set: a walk up the tree
  // (depth) instead of a contains() test against every member (items²).
  function withinAny(el, set) {
    for (let n = el; n; n = n.parentElement) if (set.has(n)) return true;
    return false;
  }

  // Every labelled item of the document: {label, labelEl, root, content, source}.
  function collectItems(doc) {
    const items = [];
    const taken = new Set();
    for (const shape of ITEM_SHAPES) {
      for (const rootEl of doc.querySelectorAll(shape.roots)) {
        if (rootEl.parentElement && withinAny(rootEl.parentElement, taken)) continue;
        const labelEl = shape.label(rootEl);
        const content = shape.content(rootEl);
        if (!labelEl || !content) continue;
        items.push({ label: ownText(labelEl), labelEl, root: rootEl, content, source: shape.source });
        taken.add(rootEl);
      }
    }
    // <label for=id> and <label>text <input></label> outside those items; a
    // label of a radio or checkbox names an option, not a field.
    for (const labelEl of doc.querySelectorAll('label')) {
      if (withinAny(labelEl, taken)) continue;
      const control = labelEl.htmlFor
        ? doc.getElementById(labelEl.htmlFor)
        : labelEl.querySelector(CONTROL_SELECTOR);
      if (!control || (control.type && CHOICE.test(control.type))) continue;
      const text = labelEl.htmlFor ? ownText(labelEl) : textBefore(labelEl, control);
      items.push({ label: text, labelEl, root: labelEl, content: labelEl.htmlFor ? control.parentElement : labelEl, control, source: 'label' });
    }
    return items;
  }

  // The text of a wrapping label that precedes its control.
  function textBefore(container, control) {
    let s = '';
    const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (control.compareDocumentPosition(n) & 2 /* PRECEDING */) s += n.nodeValue;
    }
    return s.replace(/\s+/g, ' ').trim();
  }

  // Section titles as libraries render them; used to tell apart fields with
  // the same label (姓名 under 法定代表人信息 and under 算法安全责任人信息).
  const HEADING_SELECTOR =
    'h1, h2, h3, h4, h5, h6, legend, caption, [role=heading], .el-card__header, .ant-card-head-title, .el-divider__text, .ant-divider-inner-text, .el-collapse-item__header, .section-title';

  function headings(doc) {
    return [...doc.querySelectorAll(HEADING_SELECTOR)].map((el) => ({ el, text: ownText(el), norm: normalizeLabel(ownText(el)) }));
  }

  // The last heading before el whose text is one of the page's group names.
  function groupOf(el, groupNames, hs) {
    const wanted = new Set(groupNames.map(normalizeLabel));
    let found = null;
    for (const h of hs) {
      if (!wanted.has(h.norm)) continue;
      if (h.el.compareDocumentPosition(el) & 4 /* FOLLOWING */ || h.el.contains(el)) found = h.text;
    }
    return found;
  }

  // Controls inside a container, in document order.
  function controlsIn(container) {
    return [...container.querySelectorAll(CONTROL_SELECTOR)];
  }

  BA.dom = { isUsable, isShown, withinAny, ownText, collectItems, headings, groupOf, controlsIn, CONTROL_SELECTOR, HEADING_SELECTOR };
})(globalThis);
