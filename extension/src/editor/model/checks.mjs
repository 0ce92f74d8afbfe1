// The two kinds of checks beside each field: the dossier schema, validated
// in the page by Ajv's build-time compiled validator (no eval under the
// extension's CSP) with ajv-i18n's Chinese messages, and the host's rule
// findings (dossier.validate on the unsaved document). Both become items
// {path, severity, message, source} that the view places beside the field
// at path (or its nearest drawn ancestor) and counts per section.
import { sectionOf } from './form-model.mjs';

// Ajv errors → items. A missing property is reported at the property.
export function schemaItems(errors, lang = 'zh') {
  return (errors || []).map((e) => {
    let path = e.instancePath || '';
    if (e.keyword === 'required') path += `/${e.params.missingProperty}`;
    if (e.keyword === 'additionalProperties') path += `/${e.params.additionalProperty}`;
    const message = lang === 'zh' ? `格式：${e.message}` : `Schema: ${e.message}`;
    return { path, severity: 'error', message, source: 'schema', keyword: e.keyword };
  }).filter((item, i, all) => all.findIndex((x) => x.path === item.path && x.message === item.message) === i);
}

// Host findings → items. A finding the filer waived (meta.acceptedFindings)
// stays, marked accepted: shown muted, counted nowhere.
export const hostItems = (findings, lang = 'zh') => (findings || []).map((f) => ({
  path: f.path || '', severity: f.severity, message: (f.message && (f.message[lang] || f.message.zh)) || f.code, source: 'host', code: f.code,
  ...(f.accepted ? { accepted: true } : {}),
}));

// Structural and completeness findings can never be waived (the host's
// check_dossier.cpp); the others may be wrong about a real document (a
// pilot-era credit code), so the filer may accept them.
const NEVER_ACCEPTED = new Set(['SCHEMA_VIOLATION', 'REQUIRED_MISSING']);
export const canAccept = (item) => item.source === 'host' && !NEVER_ACCEPTED.has(item.code);

// meta.acceptedFindings with one entry added ({code, path, note}) or removed.
export function accepting(meta, item, on, note) {
  const rest = (meta.acceptedFindings || []).filter((a) => !(a.code === item.code && a.path === item.path));
  return on ? [...rest, { code: item.code, path: item.path, note }] : rest;
}

// Errors and warnings per section id.
export function countBySection(items) {
  const counts = {};
  for (const item of items) {
    if (item.accepted) continue;
    const id = sectionOf(item.path);
    counts[id] = counts[id] || { errors: 0, warnings: 0 };
    counts[id][item.severity === 'error' ? 'errors' : 'warnings']++;
  }
  return counts;
}

// The drawn pointer an item belongs beside: itself or its nearest ancestor
// among `drawn` (a Set of pointers), else null.
export function placeOf(path, drawn) {
  for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (drawn.has(p)) return p;
    if (!p) return null;
  }
}

// Length as the portal counts it (UTF-16 units by default, as browsers do).
export const lengthOf = (text, unit = 'utf16') => (unit === 'codepoints' ? [...text].length : text.length);
