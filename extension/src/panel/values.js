// How the panel shows a value: one line of text, ID numbers and mobiles
// masked until the person reveals them, uploads by file name.
(function (root) {
  'use strict';
  const P = root.BeianPanel;

  const mask = (s) => (s.length <= 4 ? '*'.repeat(s.length) : s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2));
  const fileName = (path) => path.split(/[\\/]/).pop();
  // The dossier's attachment records of an upload field (one or a list).
  const recordsOf = (v) => (v == null ? [] : [].concat(v)).filter((r) => r && r.path);

  function plainText(v) {
    if (v == null || v === '') return '—';
    if (typeof v === 'boolean') return v ? '是' : '否';
    if (Array.isArray(v)) return v.length ? v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? x.kind || JSON.stringify(x) : [].concat(x).join(' / '))).join('、') : '—';
    if (typeof v === 'object') return v.path ? fileName(v.path) : `${v.from || ''} 至 ${v.longTerm ? '长期' : v.to || ''}`;
    return String(v);
  }

  // f: {id, control, sensitive}; masked unless revealed holds f.id.
  function valueText(f, v, revealed) {
    if (f.control === 'upload') return recordsOf(v).map((r) => fileName(r.path)).join('、') || '—';
    const s = plainText(v);
    return f.sensitive && s !== '—' && !(revealed && revealed.has(f.id)) ? mask(s) : s;
  }

  Object.assign(P, { mask, fileName, recordsOf, plainText, valueText });
})(globalThis);
