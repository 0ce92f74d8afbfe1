// Phase 1 of a fill, read-only: for every profile field of this page, the
// control it maps to, its kind and library, the page's value, the dossier's
// value, lengths against the stricter limit, and the host's findings. The
// elements stay in this content script (BA.registry); only JSON leaves it.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { matchFields } = BA.match;
  const { reconcile } = BA.limits;
  const { adapterFor } = BA.adapters;

  // Which detected kinds a profile control may be drawn as; the page's kind
  // is then what gets written (a multi-select drawn as checkboxes).
  const COMPATIBLE = {
    text: ['text', 'textarea'],
    textarea: ['textarea', 'text'],
    select: ['select', 'radio'],
    'multi-select': ['multi-select', 'select', 'checkbox-group'],
    'checkbox-group': ['checkbox-group', 'multi-select', 'select', 'checkbox'],
    cascader: ['cascader', 'checkbox-group', 'select', 'multi-select'],
    radio: ['radio', 'select'],
    date: ['date', 'text'],
    'date-range': ['date-range'],
    upload: ['upload'],
    checkbox: ['checkbox'],
  };

  // A number (a field with a quantity) may be asked as a choice of ranges.
  const compatible = (f) => [...(COMPATIBLE[f.control] || [f.control]), ...(f.quantity ? ['select', 'radio'] : [])];

  // Element Plus shows no multiple marker on an empty select; the profile
  // then says what the select is.
  // value: the page value; several paths (应用领域) drawn as one select with
  // option groups are a multiple select, one path (注册地) is 省 → 市 → 区.
  function writeKind(profileControl, detected, value) {
    if (detected === 'select' && (profileControl === 'multi-select' || profileControl === 'checkbox-group')) return 'multi-select';
    const paths = Array.isArray(value) && value.some(Array.isArray);
    if (detected === 'select' && profileControl === 'cascader') return paths ? 'multi-select' : 'cascader';
    return detected;
  }

  // The host's `fill` is the value in the page's form (是/否, option texts;
  // an upload's dossier records as they are, which the panel turns into
  // files); `value` where a plan comes without it (the profile alone).
  const pageForm = (f) => (f.fill !== undefined ? f.fill : f.value === undefined ? null : f.value);

  const registry = (BA.registry = BA.registry || new Map());
  const { forField } = BA.vocabulary;

  // Texts beside a control in its content (an addon or suffix such as 万人),
  // without the control's own options, values and counters.
  const NOT_OWN = 'input, textarea, select, option, .el-select-dropdown, .el-input__count, .ant-input-show-count-suffix, .ant-input-data-count, .ant-select-selector, .el-select__wrapper';
  function ownTexts(content) {
    const out = [];
    const walker = content.ownerDocument.createTreeWalker(content, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.nodeValue.trim();
      if (s && !(n.parentElement && n.parentElement.closest(NOT_OWN))) out.push(s);
    }
    return out;
  }
  const placeholderOf = (content) => { const i = BA.dom.q(content, 'input[placeholder], textarea[placeholder]'); return i ? i.getAttribute('placeholder') : ''; };

  // sections: [{page, planFields}], one per profile page the screen shows:
  // the profile page and the host's PlanFields for it (page.plan), or the
  // profile's fields alone when no dossier is chosen (a dry survey). Every
  // page's fields are matched together, so each control goes to one field.
  function buildPlan(doc, sections, opts = {}) {
    const pages = sections.map((s) => s.page);
    const fields = sections.flatMap(({ page, planFields }) => {
      const byId = new Map((planFields || []).map((f) => [f.id, f]));
      return page.fields.map((pf) => ({ ...pf, ...(byId.get(pf.id) || {}), page: page.id }));
    });
    const matches = matchFields(doc, fields, opts.overrides || {}, pages);
    registry.clear();
    const out = fields.map((f) => {
      const m = matches.get(f.id);
      const row = {
        id: f.id, page: f.page, label: f.label, group: f.group || null, control: f.control, required: !!f.required,
        sensitive: !!f.sensitive, applies: f.applies !== false, status: m.status, via: m.via || null,
        candidates: m.candidates, library: null, kind: null, pageValue: null,
        value: pageForm(f), findings: f.findings || [], limit: null, pageLimit: null,
      };
      if (!row.applies && m.status !== 'found') row.status = 'not-applicable';
      if (m.status === 'found') {
        const { adapter, kind } = adapterFor(m.item.content);
        row.library = adapter.lib;
        row.kind = kind;
        if (!compatible(f).includes(kind)) row.status = 'incompatible';
        row.writeKind = writeKind(f.control, kind, row.value);
        try { row.pageValue = adapter.read(m.item.content, row.writeKind); } catch { row.pageValue = null; }
        row.pageLimit = adapter.limit(m.item.content, kind);
        const vocab = forField(opts.vocabulary, f, { label: m.item.label, trailing: ownTexts(m.item.content), placeholder: placeholderOf(m.item.content) });
        if (vocab.unit) { row.pageUnit = vocab.unit; row.writeValue = vocab.write(row.value); }
        registry.set(f.id, { item: m.item, adapter, kind: row.writeKind, vocab, origin: doc.defaultView.location.origin });
      }
      const profileLimit = { limit: f.limit, unit: f.unit || 'utf16' };
      row.limit = reconcile(typeof row.value === 'string' ? row.value : null, profileLimit, row.pageLimit);
      return row;
    });
    const pageInfo = (p) => ({ id: p.id, title: p.title, step: p.step || null });
    return { page: pageInfo(pages[0]), pages: pages.map(pageInfo), fields: out };
  }

  BA.plan = { buildPlan, COMPATIBLE, registry };
})(globalThis);
