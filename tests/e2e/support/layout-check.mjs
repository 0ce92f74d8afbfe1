// What a generated layout's screen must show, worked out in node from the
// spec with the portal's own screen model, and the in-page look-up that
// finds it: every field's label (or placeholder) with a control of its own,
// every section heading.
import { screenSections } from '../../../native-host/rehearsal-portal/shared/screen-model.js';
import { findRow, findByPlaceholder } from './in-page.mjs';

const squash = (s) => String(s).replace(/\s+/g, '');

// {fields: [{id, label, placeholder, group}], headings: [text], others: [text]}
// for one tab (or the whole screen), with the models as they are now.
export function screenExpectations(spec, screen, store, tab) {
  const sections = screenSections(spec, screen, store, tab);
  const fields = [];
  for (const s of sections)
    for (const it of s.items) {
      if (it.kind !== 'field') continue;
      const sf = spec.fields[it.field.id];
      fields.push({
        id: sf.id,
        label: sf.label.position === 'placeholder' ? null : sf.label.text,
        placeholder: sf.label.position === 'placeholder' ? sf.label.placeholder : null,
        group: s.heading.style === 'none' ? '' : s.heading.text,
      });
    }
  const headings = sections.filter((s) => s.heading.style !== 'none').map((s) => s.heading.text);
  // Texts a label may share with something that is not a field.
  const others = [
    ...headings,
    ...(screen.tabs || []).map((t) => t.title),
    ...screen.extras.map((e) => e.label),
    screen.title,
    screen.step,
  ];
  return { fields, headings, others: others.filter(Boolean) };
}

// In the page: how often each text is shown (deepest visible elements
// whose text, without white space, is that text), and whether each field's
// label or placeholder finds a row with a control.
export function inPageCheck(findRowSrc, findByPlaceholderSrc, texts, fields) {
  const findRow = eval(`(${findRowSrc})`);
  const findByPlaceholder = eval(`(${findByPlaceholderSrc})`);
  const all = [...document.body.querySelectorAll('*')];
  // Every element's text once, as findRow normalises it and without white space.
  const normalised = new Map(all.map((el) => [el, el.textContent.replace(/[\s*＊:：]/g, '')]));
  const squashed = new Map(all.map((el) => [el, el.textContent.replace(/\s+/g, '')]));
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const wanted = new Set(texts.map((t) => t.replace(/\s+/g, '')));
  const counts = Object.fromEntries(texts.map((t) => [t, 0]));
  const byText = {};
  for (const t of texts) byText[t.replace(/\s+/g, '')] = t;
  for (const el of all) {
    const t = squashed.get(el);
    if (wanted.has(t) && shown(el) && ![...el.children].some((c) => squashed.get(c) === t)) counts[byText[t]] += 1;
  }
  const missing = fields
    .filter((f) => {
      const row = f.label === null ? findByPlaceholder(f.placeholder) : findRow(f.label, f.group, normalised);
      return !row || !row.querySelector('input, textarea, select');
    })
    .map((f) => f.id);
  return { counts, missing };
}

export const checkScreen = (page, exp) => {
  const texts = [...new Set([...exp.fields.filter((f) => f.label).map((f) => f.label), ...exp.headings])];
  return page.evaluate(inPageCheck, findRow.toString(), findByPlaceholder.toString(), texts, exp.fields);
};

export { squash };
