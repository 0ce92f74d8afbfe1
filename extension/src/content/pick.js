// Pick mode, for teach: the next click on the page names a form item instead
// of acting. While it lasts, pointer and click events are swallowed in the
// capture phase (so the page's own handlers, a 提交 button included, never see
// them), the item under the pointer is outlined, and Esc or the timeout ends
// it. Only the item's label leaves the page, never a value.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const SWALLOW = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'];
  let active = null;

  // win: the top window. Resolves {label, source} or {label: null, reason}.
  function pick(win, { timeoutMs = 60_000 } = {}) {
    if (active) active.finish({ label: null, reason: 'replaced' });
    const doc = win.document;
    const { items } = BA.match.usableItems(doc);
    // The control's area or its label: a person may click either.
    const itemOf = (node) => items.find((it) => it.root.contains(node)) || items.find((it) => it.labelEl && it.labelEl.contains(node) && !it.labelEl.contains(it.root)) || null;
    let outlined = null;
    const outline = (it) => {
      if (outlined) outlined.root.style.outline = outlined.prev;
      outlined = it && { root: it.root, prev: it.root.style.outline };
      if (it) it.root.style.outline = '2px dashed #409eff';
    };
    return new Promise((resolve) => {
      const swallow = (e) => {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (e.type !== 'click') return;
        const it = itemOf(e.target);
        finish(it ? { label: it.label, source: it.source } : { label: null, reason: 'no-label' });
      };
      const hover = (e) => outline(itemOf(e.target));
      const key = (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopImmediatePropagation();
        finish({ label: null, reason: 'cancelled' });
      };
      const timer = setTimeout(() => finish({ label: null, reason: 'timeout' }), timeoutMs);
      // The crosshair tells the person the next click picks (and tests when pick mode is on).
      const cursor = doc.documentElement.style.cursor;
      doc.documentElement.style.cursor = 'crosshair';
      function finish(result) {
        clearTimeout(timer);
        for (const t of SWALLOW) win.removeEventListener(t, swallow, true);
        win.removeEventListener('mouseover', hover, true);
        win.removeEventListener('keydown', key, true);
        outline(null);
        doc.documentElement.style.cursor = cursor;
        active = null;
        resolve(result);
      }
      for (const t of SWALLOW) win.addEventListener(t, swallow, true);
      win.addEventListener('mouseover', hover, true);
      win.addEventListener('keydown', key, true);
      active = { finish };
    });
  }

  BA.pick = { pick };
})(globalThis);
