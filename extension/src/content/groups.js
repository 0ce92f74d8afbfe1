// Which section a field sits in: the nearest heading before it that names a
// group the profile knows (its title or one of the page's groupAliases; 二、
// numbering and 信息 endings aside), or the title of the tab it is in. Used to
// tell apart fields with the same label (姓名 of 法定代表人 and of 算法安全
// 责任人), and a label's prefix (负责人电子邮箱) stands in where a page has
// no headings. Read-only.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { labelKey } = BA.text;
  const { ownText } = BA.scan;

  // The words that name a group, as keys: 算法安全责任人信息 → 算法安全责任人信息
  // and 算法安全责任人.
  const stem = (k) => k.replace(/(信息|情况|部分)$/, '');
  const keysOf = (names) => [...new Set(names.flatMap((n) => { const k = labelKey(n); return k ? [k, stem(k)] : []; }))];

  // sections(pages) → {byKey: Map(key → {pages: Set(page id), group|null})}:
  // every group of every page (with its aliases) and every page's own
  // headings (a title several pages share, 产品及功能信息, names them all).
  function sections(pages) {
    const byKey = new Map();
    const add = (names, page, group) => {
      for (const k of keysOf(names)) {
        const had = byKey.get(k);
        if (!had) byKey.set(k, { pages: new Set([page]), group });
        else if (!had.group && !group) had.pages.add(page);
      }
    };
    for (const p of pages) {
      const aliases = p.groupAliases || {};
      for (const g of new Set(p.fields.map((f) => f.group).filter(Boolean))) add([g, ...(aliases[g] || [])], p.id, g);
    }
    for (const p of pages) add([p.title, p.step, ...(p.headings || [])].filter(Boolean), p.id, null);
    return { byKey };
  }

  // The section of each event index: the last heading at or before it. A
  // heading the profile does not know ends the section before it (its
  // fields are in an unknown section); a line of text that is no field's
  // label starts a section when it says a known section's name.
  function sectionIndex(events, known, usedLabels) {
    const out = new Array(events.length);
    let current = null;
    events.forEach((e, i) => {
      // A card's, fieldset's or collapse panel's title covers that box only.
      if (current && current.scope && !current.scope.contains(e.el || e.item.root)) current = null;
      // Tabs, steps and breadcrumbs name no section; the one before goes on.
      if (e.type === 'text' && e.nav) { out[i] = current; return; }
      if (e.type === 'text' && (e.heading || !usedLabels.has(e.el))) {
        const hit = known.byKey.get(labelKey(e.text)) || known.byKey.get(stem(labelKey(e.text)));
        if (hit) current = { ...hit, el: e.el, scope: scopeOf(e.el) };
        else if (e.heading) current = { pages: new Set(), group: null, el: e.el, unknown: true, scope: scopeOf(e.el) };
      }
      out[i] = current;
    });
    return out;
  }

  // The box a title belongs to, when it is a box's title: what lies outside
  // that box is in no section of its.
  const SCOPES = [
    ['.el-card__header', '.el-card'], ['.ant-card-head', '.ant-card'], ['legend', 'fieldset'], ['caption', 'table'],
    ['.el-collapse-item__header', '.el-collapse-item'], ['.ant-collapse-header', '.ant-collapse-item'], ['summary', 'details'],
  ];
  function scopeOf(el) {
    for (const [title, box] of SCOPES) {
      const t = el.closest(title);
      if (t) return t.closest(box);
    }
    // A heading that opens a box of its own (<section><h3>…</h3>…</section>)
    // covers that box.
    const h = el.closest('h1, h2, h3, h4, h5, h6, [role=heading]');
    const box = h && h.parentElement;
    if (box && box.firstElementChild === h && box.children.length > 1 && box !== el.ownerDocument.body) return box;
    return null;
  }

  // A tab's title names the section of what its panel holds.
  function tabSection(el, known) {
    const panel = el.closest && el.closest('[role=tabpanel]');
    if (!panel) return null;
    const doc = el.ownerDocument;
    const by = panel.getAttribute('aria-labelledby');
    const tab = (by && doc.getElementById(by)) || (panel.id && doc.querySelector(`[aria-controls="${panel.id}"]`));
    const hit = tab && known.byKey.get(labelKey(ownText(tab)));
    return hit ? { ...hit, el: tab, panel } : null;
  }

  // Does a label's prefix name this group? 负责人 → 算法安全责任人信息 (alias
  // 负责人信息), 法人 → 法定代表人信息 (alias 法人信息).
  function prefixNames(prefix, group, page) {
    if (!prefix || prefix.length < 2 || !group) return false;
    const keys = keysOf([group, ...((page && page.groupAliases && page.groupAliases[group]) || [])]);
    return keys.some((k) => k === prefix || (k.length >= 2 && (k.endsWith(prefix) || prefix.endsWith(k))));
  }

  BA.groups = { sections, sectionIndex, tabSection, prefixNames, keysOf, stem };
})(globalThis);
