// Which elements of the page are shown and usable, and its controls. The
// labelled items are read by scan.js, pairing.js and groups.js. Read-only;
// nothing here changes the page.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});

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

  // Whether el or one of its ancestors is in the set: a walk up the tree
  // (depth) instead of a contains() test against every member (items²).
  function withinAny(el, set) {
    for (let n = el; n; n = n.parentElement) if (set.has(n)) return true;
    return false;
  }

  // querySelector(All) that counts the element itself: a field's content may
  // be its control (an input beside its label in the same cell).
  function q(el, selector) {
    return el.nodeType === 1 && el.matches(selector) ? el : el.querySelector(selector);
  }
  function qa(el, selector) {
    const inside = [...el.querySelectorAll(selector)];
    return el.nodeType === 1 && el.matches(selector) ? [el, ...inside] : inside;
  }

  // Controls inside a container, in document order.
  function controlsIn(container) {
    return qa(container, CONTROL_SELECTOR);
  }

  BA.dom = { isUsable, isShown, withinAny, ownText, controlsIn, q, qa, CONTROL_SELECTOR };
})(globalThis);
