// A generated layout's screen as the stacks draw it: sections (of the active
// tab), their items (profile fields still shown, extra fields), table rows,
// echo rows, and the step flow. Pure; the Vue stacks and plain share it.
import { isShown, getIn } from './portal.js';
import { flowScreens } from './layout/index.js';

// A field's descriptor as the layout draws it: the spec's control, options
// ({text, value}) and label, the profile's keys, limit and checks. Messages
// name the field the way the page does (its label's words).
export function layoutField(sf, desc) {
  const range = !!(sf.quantity && sf.quantity.unit === 'range');
  return {
    ...desc,
    label: sf.label.core,
    control: range ? 'select' : desc.control,
    drawn: sf.control,
    options: sf.options || null,
    tree: sf.tree || desc.tree,
    quantity: sf.quantity || null,
    upload: sf.upload || null,
    rangePicker: !!sf.rangePicker,
    dateFormat: sf.dateFormat || 'YYYY-MM-DD',
    parts: sf.label.parts,
    position: sf.label.position,
    placeholder: sf.label.placeholder || '',
    help: sf.help || '',
    wide: !!sf.wide,
    limit: range ? null : desc.limit,
    format: range || (sf.quantity && sf.quantity.unit !== 'base') ? null : desc.format,
    multiple: desc.multiple || sf.control === 'multi-select' || sf.control === 'checkbox-group',
  };
}

const extraLabel = (extra, colon) => [{ kind: 'text', text: extra.label }, ...(colon ? [{ kind: 'colon', text: colon }] : [])];

// Sections of a screen (all, or those of one tab), each with its items.
export function screenSections(spec, screen, store, tab = null) {
  const colonOf = (ids) => {
    const f = ids.map((id) => spec.fields[id]).find(Boolean);
    const c = f && f.label.parts.find((p) => p.kind === 'colon');
    return c ? c.text : '';
  };
  return screen.sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => tab === null || section.tab === tab)
    .map(({ section, index }) => {
      const page = store.pages[section.page];
      const model = store.models[section.page];
      const items = [];
      const extrasAt = (i) =>
        screen.extras
          .filter((e) => e.section === index && e.after === i)
          .forEach((e) =>
            items.push({ kind: 'extra', key: `extra:${e.label}`, extra: e, parts: extraLabel(e, colonOf(section.fields)), wide: e.control === 'textarea', position: section.body.labelPosition === 'placeholder' ? 'left' : section.body.labelPosition }),
          );
      section.fields.forEach((id, i) => {
        extrasAt(i);
        const sf = spec.fields[id];
        const desc = page.fields.find((f) => f.id === id);
        if (sf.presence === 'omitted' || !isShown(desc, model, page.fields)) return;
        const field = layoutField(sf, desc);
        items.push({ kind: 'field', key: id, field, model, page: section.page, parts: field.parts, wide: field.wide, position: field.position });
      });
      extrasAt(section.fields.length);
      return { index, section, heading: section.heading, body: section.body, items, rows: tableRows(items, section.body.pairs) };
    });
}

// Table rows of `pairs` label/control pairs; a wide item takes a row alone.
export function tableRows(items, pairs) {
  const rows = [];
  let row = null;
  for (const it of items) {
    if (it.wide || pairs === 1) {
      rows.push({ items: [it], span: pairs * 2 - 1 });
      row = null;
      continue;
    }
    if (!row || row.items.length >= pairs) {
      row = { items: [], span: 1 };
      rows.push(row);
    }
    row.items.push(it);
  }
  // A short last row stretches its last control over the empty cells.
  for (const r of rows) r.lastSpan = r.items.length === pairs ? r.span : (pairs - r.items.length) * 2 + 1;
  return rows;
}

export function echoRows(screen, store, session) {
  return screen.echo.map((e) => ({
    label: e.label,
    value: e.source === 'company' ? session.companyName || '' : getIn(store.models.product, ['name']) || '（未填写）',
  }));
}

// The steps a person walks for this screen, by the 角色 picked.
export function screenFlow(spec, screen, store) {
  const role = store.models['algorithm-basic'] && store.models['algorithm-basic'].basic && store.models['algorithm-basic'].basic.role;
  const flow = flowScreens(spec, screen.id, role);
  const index = flow.findIndex((s) => s.id === screen.id);
  const titleOf = (s) => (s.pages.length > 1 ? s.pages.map((id) => store.pages[id].step || store.pages[id].title).join(' + ') : store.pages[s.pages[0]].step || store.pages[s.pages[0]].title);
  return { flow, index, isLast: index === flow.length - 1, titles: flow.map(titleOf) };
}

// Extra fields keep their values here, outside every profile page's model.
export const extrasModel = (screen) => Object.fromEntries(screen.extras.map((e) => [e.label, e.control === 'checkbox' ? [] : '']));
