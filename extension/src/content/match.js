// Label matching: which labelled item on the page is a profile field. Three
// passes (label, alias, then placeholder / aria / nearby text), group
// headings to tell same-named fields apart, and a refusal to guess when two
// candidates remain.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { normalizeLabel, normalizePlaceholder } = BA.text;
  const { isUsable, withinAny, collectItems, headings, groupOf, controlsIn, ownText } = BA.dom;

  // An item counts when its label or its content is visible and it holds a
  // control; an item whose controls are all hidden is not a field.
  // seen: the plan's visibility cache (see dom.isShown).
  function usableItems(doc, seen = new Map()) {
    return collectItems(doc)
      .filter((it) => isUsable(it.content, seen) || (it.control && isUsable(it.control, seen)))
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

  function fallbackItems(doc, items, seen) {
    const contents = new Set(items.map((it) => it.content));
    const controls = new Set(items.map((it) => it.control).filter(Boolean));
    const inItems = (el) => controls.has(el) || withinAny(el, contents);
    return controlsIn(doc.body || doc)
      .filter((el) => !inItems(el) && isUsable(el, seen) && !/^(radio|checkbox)$/i.test(el.type || ''))
      .map((el) => ({ label: '', labelEl: null, root: el, content: el.parentElement, control: el, source: 'fallback', names: fallbackNames(el) }));
  }

  // match(doc, fields) → Map(field.id → {status, item?, candidates, via})
  // Items are collected, styled and indexed once per call; each field then
  // looks its names up instead of scanning every item (fields × items).
  function matchFields(doc, fields, overrides = {}) {
    const seen = new Map();
    const items = usableItems(doc, seen);
    const byNorm = indexBy(items, (it) => [it.norm]);
    const groupNames = [...new Set(fields.map((f) => f.group).filter(Boolean))];
    const groupNorms = new Set(groupNames.map(normalizeLabel));
    const hs = headings(doc).filter((h) => groupNorms.has(h.norm));
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
    for (const f of open()) settle(f, lookup(byNorm, [f.label]), 'label');
    for (const f of open()) settle(f, lookup(byNorm, f.aliases || []).filter((it) => !claimed.has(it.root)), 'alias');
    const loose = open().length ? fallbackItems(doc, items, seen) : [];
    const byName = indexBy(loose, (it) => it.names);
    for (const f of open()) {
      settle(f, lookup(byName, [f.label, ...(f.aliases || [])]).filter((it) => !claimed.has(it.root)), 'fallback');
    }
    for (const f of open()) result.set(f.id, { status: 'not-found', candidates: 0 });
    return result;
  }

  // Map(key → items in document order) for keys(item).
  function indexBy(list, keys) {
    const map = new Map();
    for (const it of list) {
      for (const k of new Set(keys(it))) {
        if (!map.has(k)) map.set(k, []);
        map.get(k).push(it);
      }
    }
    return map;
  }

  // The items under any of these names, once each (order does not matter:
  // one candidate is found, several are ambiguous).
  function lookup(map, names) {
    return [...new Set(names.map(normalizeLabel).flatMap((k) => map.get(k) || []))];
  }

  BA.match = { matchFields, usableItems, fallbackNames };
})(globalThis);
