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
    // A tab whose panel has section titles of its own holds several
    // sections: its title names none of them.
    const titled = new Set();
    for (const s of byIndex) if (s && s.el && !s.el.closest('[role=tab]')) { const panel = s.el.closest('[role=tabpanel]'); if (panel) titled.add(panel); }
    const sectionOf = new Map();
    for (const it of items) {
      const tab = G.tabSection(it.content, known);
      const near = it.at != null ? byIndex[it.at] : null;
      sectionOf.set(it, tab && !titled.has(tab.panel) ? tab : near);
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

    // The group a label names in front of the field's own words (负责人电子
    // 邮箱, 法定代表人证件号码): the longest group key the label starts with.
    // Stems of one or two words that start a field's own label (证件 of
    // 证件信息: 证件号码) say nothing and are left out.
    const groupKeys = [];
    for (const p of pageList) {
      const starts = new Set(p.fields.flatMap((x) => keysOf([x.label, ...(x.aliases || [])])));
      for (const g of new Set(p.fields.map((x) => x.group).filter(Boolean))) {
        for (const k of G.keysOf([g, ...((p.groupAliases || {})[g] || [])])) {
          if (k.length > 2 || (k.length === 2 && ![...starts].some((s) => s.startsWith(k)))) groupKeys.push([k, g]);
        }
      }
    }
    groupKeys.sort((a, b) => b[0].length - a[0].length);
    const groupOfKey = (key) => { const hit = groupKeys.find(([k]) => key.length > k.length && key.startsWith(k)); return hit ? hit[1] : null; };
    const labelGroup = new Map();
    const groupInLabel = (it) => {
      if (!labelGroup.has(it)) labelGroup.set(it, groupOfKey(it.norm));
      return labelGroup.get(it);
    };

    // How well a candidate fits a field (0: not at all): 3, its label names
    // the field's group; 2.5, its section does; 2, its section is the field's
    // page (its title or step); 1, nothing says otherwise; 0.5, a field
    // without a group under one of its page's groups. A label or a section
    // naming another group, or another page's section, rules it out.
    // A section that disagrees only rules out a candidate of a field whose
    // name another field shares (姓名, 证件号码): sections are there to tell
    // those apart. A field named like no other (手机号码) is only weakened
    // (a tab titled by one group may hold the next group too).
    const nameCount = new Map();
    for (const f of fields) for (const k of keysOf([f.label, ...(f.aliases || [])])) nameCount.set(k, (nameCount.get(k) || 0) + 1);
    const shared = (f) => keysOf([f.label, ...(f.aliases || [])]).some((k) => nameCount.get(k) > 1);
    // said: the text that named the field when it is not the item's label
    // (a placeholder: 请输入算法安全负责人姓名).
    function fit(f, it, said) {
      const page = pageOf.get(f.id);
      const named = said ? groupOfKey(said) : groupInLabel(it);
      if (named && f.group) return named === f.group ? 3 : 0;
      const s = sectionOf.get(it);
      if (!s || s.unknown) return 1;
      const ownPage = !page || !page.id || s.pages.has(page.id);
      const against = shared(f) ? 0 : 0.5;
      if (s.group) return s.group === f.group ? 2.5 : !f.group && ownPage ? 0.5 : against;
      return ownPage ? 2 : against;
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

    // Every way a field may be named, surest first: its label, an alias, a
    // label ending in its name after a prefix, a farther text before the
    // control, the control's own names (placeholder, aria-label).
    const byLabel = indexBy(items, (it) => [it.norm]);
    const byAlt = indexBy(items, (it) => it.altKeys);
    const byName = indexBy(items, (it) => it.names);
    const names = (f) => [f.label, ...(f.aliases || [])];
    const WAYS = [
      ['label', (f) => lookup(byLabel, [f.label])],
      ['alias', (f) => lookup(byLabel, f.aliases || [])],
      // The words in front must name a group (产品及功能信息 ends with 功能信息
      // but is a page's title, not a field).
      ['prefix', (f) => { const own = keysOf(names(f)).filter((k) => k.length >= 2); return items.filter((it) => it.norm && groupInLabel(it) && own.some((n) => it.norm.length > n.length && it.norm.endsWith(n))); }],
      ['nearby', (f) => lookup(byAlt, names(f))],
      ['fallback', (f) => lookup(byName, names(f))],
      // A control's own name with a group's in front (请输入负责人姓名).
      ['fallback', (f) => { const own = keysOf(names(f)).filter((k) => k.length >= 2); return items.filter((it) => it.names.some((s) => groupOfKey(s) && own.some((n) => s.length > n.length && s.endsWith(n)))); }],
    ];
    const saidBy = (f, it, rank) => (rank === WAYS.length - 1 ? it.names.find((s) => keysOf(names(f)).some((n) => s.length > n.length && s.endsWith(n))) : null);
    const cands = [];
    for (const f of fields) {
      if (result.has(f.id)) continue;
      const seenItems = new Set();
      WAYS.forEach(([via, find], rank) => {
        const found = find(f);
        for (const item of found) {
          if (claimed.has(item.root) || seenItems.has(item)) continue;
          seenItems.add(item);
          const score = fit(f, item, saidBy(f, item, rank));
          // hits: how many items this way named, before sections sorted them.
          if (score > 0) cands.push({ f, item, via, rank, score, hits: found.length });
        }
      });
    }
    assign(cands, result, claimed);
    absorbCategories(fields, items, result, claimed, nameCount);
    for (const f of fields) if (!result.has(f.id)) result.set(f.id, { status: 'not-found', candidates: 0 });
    return result;
  }

  // A group of boxes found by a text that does not name it (its label is
  // the first category title, 网络销售类：, and the field's name lies
  // before it) takes in the groups right after it that no field claimed
  // and whose labels name no field: the other categories of the same field.
  const CHOICE_INPUT = 'input[type=checkbox], input[type=radio], .el-checkbox, .ant-checkbox-wrapper';
  function absorbCategories(fields, items, result, claimed, nameCount) {
    for (const f of fields) {
      const r = result.get(f.id);
      if (!r || r.status !== 'found' || r.item.norm && keysOf([f.label, ...(f.aliases || [])]).includes(r.item.norm)) continue;
      if (!r.item.content.querySelector(CHOICE_INPUT)) continue;
      let content = r.item.content;
      for (let i = items.indexOf(r.item) + 1; i < items.length; i += 1) {
        const next = items[i];
        if (claimed.has(next.root) || nameCount.has(next.norm) || !next.content.querySelector(CHOICE_INPUT)) break;
        const box = lcaOf(content, next.content);
        if (!box || [...claimed].some((root) => root !== r.item.root && box.contains(root))) break;
        content = box;
        claimed.add(next.root);
      }
      if (content !== r.item.content) result.set(f.id, { ...r, item: { ...r.item, content, root: r.item.root } });
    }
  }
  function lcaOf(a, b) {
    for (let n = a; n; n = n.parentElement) if (n.contains(b)) return n;
    return null;
  }

  // Candidates taken level by level, best fit and surest way first: a field
  // with one free candidate at a level takes it (repeated while that frees
  // others); one with several is ambiguous, never guessed.
  function assign(cands, result, claimed) {
    const levels = [...new Set(cands.map((c) => `${4 - c.score}|${c.rank}`))].sort((a, b) => { const [sa, ra] = a.split('|').map(Number); const [sb, rb] = b.split('|').map(Number); return sa - sb || ra - rb; });
    for (const level of levels) {
      const here = cands.filter((c) => `${4 - c.score}|${c.rank}` === level);
      const free = (f) => here.filter((c) => c.f === f && !claimed.has(c.item.root));
      for (let changed = true; changed;) {
        changed = false;
        for (const f of [...new Set(here.map((c) => c.f))]) {
          if (result.has(f.id)) continue;
          const mine = free(f);
          if (mine.length !== 1) continue;
          const c = mine[0];
          result.set(f.id, { status: 'found', item: c.item, candidates: c.hits, via: c.hits > 1 ? `${c.via}+group` : c.via });
          claimed.add(c.item.root);
          changed = true;
        }
      }
      for (const f of [...new Set(here.map((c) => c.f))]) {
        if (result.has(f.id)) continue;
        const mine = free(f);
        if (mine.length > 1) result.set(f.id, { status: 'ambiguous', candidates: mine.length, via: mine[0].via });
      }
    }
  }

  BA.match = { matchFields, usableItems };
})(globalThis);
