// A save refused because the dossier was saved elsewhere: every field both
// sides changed, with both values, and a choice per field (the editor's by
// default); the other side's changes to other fields are already merged.
// Sensitive values stay masked until revealed. Resolves with the choices,
// or null when the person cancels (nothing is lost: the editor keeps its copy).
import { h, t, mask, button } from './dom.mjs';
import { patternOfKey } from '../model/merge.mjs';

function text(v) {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return t('editorEmpty');
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.join(' / ') : typeof x === 'object' ? JSON.stringify(x) : x)).join('、');
  if (typeof v === 'object') return v.path ? v.path.split('/').pop() : v.name || (v.basic && v.basic.name) || v.id || JSON.stringify(v);
  return String(v);
}

// "/products/@prod-app/accessPaths/@ap-home/path" → "产品 prod-app · 功能访问路径 ap-home · 产品功能访问路径".
function label(model, key) {
  const parts = [];
  let pattern = '';
  for (const seg of key.slice(1).split('/')) {
    pattern += seg.startsWith('@') ? '/*' : `/${seg}`;
    if (seg.startsWith('@')) parts.push(`${(model.describe(pattern) || {}).title || ''} ${seg.slice(1)}`);
  }
  const leaf = model.describe(patternOfKey(key));
  if (!/\/@[^/]+$/.test(key) && leaf) parts.push(leaf.title);
  return parts.join(' · ') || key;
}

export function showConflict(model, result, revision) {
  const dialog = document.getElementById('conflict');
  const choices = {};
  const rows = result.conflicts.map((c) => {
    const sensitive = !!(model.describe(patternOfKey(c.key)) || {}).profile?.sensitive;
    const shown = (v) => (sensitive && typeof v === 'string' && v ? mask(v) : text(v));
    const cells = { mine: h('span', { class: 'mine-value' }, shown(c.mine)), theirs: h('span', { class: 'theirs-value' }, shown(c.theirs)) };
    choices[c.key] = 'mine';
    const radio = (side) => h('label', {}, h('input', { type: 'radio', name: c.key, value: side, checked: side === 'mine', onchange: () => { choices[c.key] = side; } }), t(side === 'mine' ? 'editorKeepMine' : 'editorTakeTheirs'), ' ', cells[side]);
    const reveal = sensitive ? button(t('reveal'), () => { cells.mine.textContent = text(c.mine); cells.theirs.textContent = text(c.theirs); }, { class: 'reveal' }) : null;
    return h('tr', { dataset: { key: c.key } }, h('th', {}, label(model, c.key)), h('td', { class: 'mine' }, radio('mine')), h('td', { class: 'theirs' }, radio('theirs')), h('td', {}, reveal));
  });
  dialog.querySelector('.summary').textContent = t('editorConflictSummary', [String(revision), String(result.conflicts.length)]);
  dialog.querySelector('tbody').replaceChildren(...rows);
  const [ok, cancel] = dialog.querySelectorAll('.actions button');
  return new Promise((resolve) => {
    const done = (v) => { dialog.close(); ok.onclick = cancel.onclick = null; resolve(v); };
    ok.onclick = () => done(choices);
    cancel.onclick = () => done(null);
    dialog.showModal();
  });
}
