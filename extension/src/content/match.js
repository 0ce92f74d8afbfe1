// Label matching: which labelled item on the page is a profile field. Three
// passes (label, alias, then placeholder / aria / nearby text), group
// headings to tell same-named fields apart, and a refusal to guess when two
// candidates remain.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { normalizeLabel, normalizePlaceholder } = BA.text;
  const { isUsable, collectItems, headings, groupOf, controlsIn, ownText } = BA.dom;

  // An item counts when its label or its content is visible and it holds a
  // control; an item whose controls are all hidden is not a field.
  function usableItems(doc) {
    return collectItems(doc)
      .filter((it) => isUsable(it.content) || (it.control && isUsable(it.control)))
      .map((it) => ({ ...it, norm: normalizeLabel(it.label) }));
  }

  // Text that names a control without a <label>: aria-label, aria-labelledby,
  // placeholder, or the text just before it in its parent.
  function fallbackNames(el) {
    const doc = el.ownerDocument;
    const names = [];
    if (el.getAttribute('aria-label')) names.push(normalizeLabel(el.getAttribute('aria-label')));
    const by = el.getAttribute('aria-labelledby');
    if (by) names.push(normalizeLabel(by.split(/\s+/).map((id) => ownText(doc.getElementById(id))).join('')));
    if (el.getAttribute('placeholder')) names.push(normalizePlaceholder(el.getAttribute('placeholder')));
    const prev = el.previousSibling && (el.previousSibling.nodeType === 3 ? el.previousSibling.nodeValue : el.previousSibling.textContent);
    if (prev && /[:：]\s*$/.test(prev)) names.push(normalizeLabel(prev));
    return names.filter(Boolean);
  }

  function fallbackItems(doc, items) {
    const inItems = (el) => items.some((it) => it.content.contains(el) || it.control === el);
    return controlsIn(doc.body || doc)
      .filter((el) => !inItems(el) && isUsable(el) && !/^(radio|checkbox)$/i.test(el.type || ''))
      .map((el) => ({ label: '', labelEl: null, root: el, content: el.parentElement, control: el, source: 'fallback', names: fallbackNames(el) }));
  }

  // match(doc, fields) → Map(field.id → {status, item?, candidates, via})
  function matchFields(doc, fields, overrides = {}) {
    const items = usableItems(doc);
    const hs = headings(doc);
    const groupNames = [...new Set(fields.map((f) => f.group).filter(Boolean))];
    const groupCache = new Map();
    const itemGroup = (it) => {
      if (!groupCache.has(it.root)) groupCache.set(it.root, groupNames.length ? groupOf(it.root, groupNames, hs) : null);
      return groupCache.get(it.root);
    };
    // A candidate under another field's section heading is not this field.
    const inGroup = (f, it) => {
      const g = itemGroup(it);
      return !f.group || !g || normalizeLabel(g) === normalizeLabel(f.group);
    };
    const result = new Map();
    const claimed = new Set();

    function settle(f, hits, via) {
      const inside = hits.filter((it) => inGroup(f, it));
      if (inside.length === 1) {
        result.set(f.id, { status: 'found', item: inside[0], candidates: hits.length, via: hits.length > 1 ? via + '+group' : via });
        claimed.add(inside[0].root);
      } else if (inside.length > 1) {
        result.set(f.id, { status: 'ambiguous', candidates: inside.length, via });
      }
    }

    // Pass 0: a binding the person taught (a selector kept as a local
    // profile override) wins over any label.
    for (const f of fields) {
      const sel = overrides[f.id];
      if (!sel) continue;
      let el = null;
      try { el = doc.querySelector(sel); } catch { /* a bad selector is a miss */ }
      const it = el && (items.find((i) => i.root === el || i.content === el || i.content.contains(el)) || { label: '', root: el, content: el, source: 'override' });
      if (it && isUsable(it.content)) { result.set(f.id, { status: 'found', item: it, candidates: 1, via: 'override' }); claimed.add(it.root); }
    }
    const open = () => fields.filter((f) => !result.has(f.id));
    for (const f of open()) settle(f, items.filter((it) => it.norm === normalizeLabel(f.label)), 'label');
    for (const f of open()) {
      const aliases = new Set((f.aliases || []).map(normalizeLabel));
      settle(f, items.filter((it) => aliases.has(it.norm) && !claimed.has(it.root)), 'alias');
    }
    const loose = open().length ? fallbackItems(doc, items) : [];
    for (const f of open()) {
      const names = new Set([f.label, ...(f.aliases || [])].map(normalizeLabel));
      settle(f, loose.filter((it) => it.names.some((n) => names.has(n)) && !claimed.has(it.root)), 'fallback');
    }
    for (const f of open()) result.set(f.id, { status: 'not-found', candidates: 0 });
    return result;
  }

  BA.match = { matchFields, usableItems, fallbackNames };
})(globalThis);
