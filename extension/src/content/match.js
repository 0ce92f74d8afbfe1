// Label matching: which labelled item on the page is which profile field.
// Passes from the surest to the loosest, each claiming what it settles: a
// taught selector, the label, an alias, a label that ends with the field's
// name after a group prefix (负责人电子邮箱), a farther text before the
// control, and the control's own names (placeholder, aria-label). Sections
// (headings, tabs, a label's prefix) tell same-named fields apart; when two
// candidates remain the field is ambiguous, never guessed.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { labelKey } = BA.text;
  const { isUsable } = BA.dom;
  const { scan } = BA.scan;
  const G = BA.groups;

  // Items whose content or control is usable, with their label keys.
  function usableItems(doc, seen = new Map()) {
    const events = scan(doc, seen);
    const items = BA.pairing.items(events)
      .filter((it) => isUsable(it.content, seen) || (it.control && isUsable(it.control, seen)))
      .map((it) => ({ ...it, norm: labelKey(it.label), altKeys: (it.alts || []).map(labelKey).filter(Boolean) }));
    return { items, events };
  }

  function indexBy(list, keys) {
    const map = new Map();
    for (const it of list) for (const k of new Set(keys(it))) { if (!map.has(k)) map.set(k, []); map.get(k).push(it); }
    return map;
  }

  const keysOf = (names) => [...new Set(names.map(labelKey).filter(Boolean))];
  const lookup = (map, names) => [...new Set(keysOf(names).flatMap((k) => map.get(k) || []))];

  // The sections known for these fields' pages, and each item's section.
  function sectionsFor(doc, fields, pages, events, items) {
    const known = G.sections(pages);
    const labelEls = new Set(items.map((it) => it.labelEl).filter(Boolean));
    const byIndex = G.sectionIndex(events, known, labelEls);
    const sectionOf = new Map();
    for (const it of items) {
      const tab = G.tabSection(it.content, known);
      const near = it.at != null ? byIndex[it.at] : null;
      // A heading inside the tab's panel is nearer than the tab's title.
      sectionOf.set(it, tab && !(near && tab.panel.contains(near.el)) ? tab : near);
    }
    return sectionOf;
  }

  // matchFields(doc, fields, overrides, pages) → Map(field.id → {status, item?, candidates, via})
  // pages: the profile pages these fields come from (groups, aliases, headings).
  function matchFields(doc, fields, overrides = {}, pages = null) {
    const seen = new Map();
    const { items, events } = usableItems(doc, seen);
    const pageList = pages || [{ id: '', title: '', headings: [], fields }];
    const pageOf = new Map(pageList.flatMap((p) => p.fields.map((f) => [f.id, p])));
    const sectionOf = sectionsFor(doc, fields, pageList, events, items);
    const result = new Map();
    const claimed = new Set();

    // How well a candidate's section fits a field (0: not at all). 3: the
    // section or the label's prefix names the field's own group; 2: the
    // section is the field's page (its title or step); 1: no section says
    // otherwise; 0.5: a field without a group under one of its page's
    // groups (tolerated, the weakest). Another group's or another page's
    // section rules a candidate out.
    const GROUP = 3;
    const PAGE = 2;
    const NEUTRAL = 1;
    const TOLERATED = 0.5;
    function fit(f, it, prefix) {
      const s = sectionOf.get(it);
      const page = pageOf.get(f.id);
      const fromPrefix = prefix && f.group && G.prefixNames(prefix, f.group, page);
      if (prefix && !fromPrefix && f.group && pageList.some((p) => [...new Set(p.fields.map((x) => x.group).filter(Boolean))].some((g) => g !== f.group && G.prefixNames(prefix, g, p)))) return 0;
      if (fromPrefix) return GROUP;
      if (!s || s.unknown) return NEUTRAL;
      const ownPage = !page || !page.id || s.pages.has(page.id);
      if (s.group) {
        if (s.group === f.group) return GROUP;
        return !f.group && ownPage ? TOLERATED : 0;
      }
      return ownPage ? PAGE : 0;
    }

    // The one best-fitting candidate not yet claimed; several equally good
    // ones are ambiguous, never guessed.
    function settle(f, hits, via) {
      const fits = hits.filter((h) => !claimed.has(h.item.root)).map((h) => ({ ...h, score: fit(f, h.item, h.prefix) })).filter((h) => h.score > 0);
      if (!fits.length) return;
      const best = Math.max(...fits.map((h) => h.score));
      const top = fits.filter((h) => h.score === best);
      if (top.length === 1) {
        result.set(f.id, { status: 'found', item: top[0].item, candidates: hits.length, via: hits.length > 1 ? via + '+group' : via });
        claimed.add(top[0].item.root);
      } else {
        result.set(f.id, { status: 'ambiguous', candidates: top.length, via });
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
    const names = (f) => [f.label, ...(f.aliases || [])];
    const hitsOf = (list) => list.map((item) => ({ item }));

    const byLabel = indexBy(items, (it) => [it.norm]);
    for (const f of open()) settle(f, hitsOf(lookup(byLabel, [f.label])), 'label');
    for (const f of open()) settle(f, hitsOf(lookup(byLabel, f.aliases || [])), 'alias');
    // A group's name in front of the field's own (负责人电子邮箱): the rest
    // must be the field's name, at least two characters of it.
    for (const f of open()) {
      const own = keysOf(names(f)).filter((k) => k.length >= 2);
      const hits = items.filter((it) => it.norm && !claimed.has(it.root)).flatMap((it) => {
        const k = own.find((n) => it.norm.length > n.length && it.norm.endsWith(n));
        return k ? [{ item: it, prefix: it.norm.slice(0, -k.length) }] : [];
      });
      settle(f, hits, 'prefix');
    }
    const byAlt = indexBy(items, (it) => it.altKeys);
    for (const f of open()) settle(f, hitsOf(lookup(byAlt, names(f))), 'nearby');
    const byName = indexBy(items, (it) => it.names);
    for (const f of open()) settle(f, hitsOf(lookup(byName, names(f))), 'fallback');
    for (const f of fields) if (!result.has(f.id)) result.set(f.id, { status: 'not-found', candidates: 0 });
    return result;
  }

  BA.match = { matchFields, usableItems };
})(globalThis);
