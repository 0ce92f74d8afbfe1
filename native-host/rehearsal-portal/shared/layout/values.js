// What the page's model must hold after a correct fill of a dossier value on
// a generated layout, so a judge needs no knowledge of its own. Lists are
// compared as sets; uploads as {name, sha256} records.

// "1200000" in a unit of 10^k: "120"; exact decimal shift, no floats.
export function inUnit(text, factor) {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(String(text));
  if (!m) return null;
  const k = Math.round(Math.log10(factor));
  if (10 ** k !== factor) return String(Number(text) / factor);
  let digits = m[1] + (m[2] || '');
  let point = m[1].length - k;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  let frac = digits.slice(point).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

// The range option whose [min, max) holds the number.
export function rangeOf(ranges, text) {
  const n = Number(String(text).trim());
  if (String(text).trim() === '' || !Number.isFinite(n)) return null;
  return ranges.find((r) => n >= r.min && (r.max === null || n < r.max)) || null;
}

const utf16 = (s) => String(s).length;
const isEmptyFill = (v) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const refuse = (reason, extra = {}) => ({ refuse: true, reason, ...extra });

function fileRecords(fill) {
  return [].concat(fill).map((r) => ({ name: String(r.name || r.path || '').split('/').pop(), sha256: r.sha256 }));
}

function optionValue(field, fill) {
  const values = new Set((field.options || []).map((o) => o.value));
  const wanted = [].concat(fill);
  const missing = wanted.filter((v) => !values.has(v));
  if (missing.length) return refuse('option-missing', { missing });
  return Array.isArray(fill) ? [...fill] : fill;
}

function pathsOnPage(field, fill) {
  const has = (path) => {
    let level = field.tree;
    for (const label of path) {
      const node = (level || []).find((n) => n.value === label);
      if (!node) return false;
      level = node.children;
    }
    return true;
  };
  const paths = field.multiple ? fill : [fill];
  const missing = paths.filter((p) => !has(p));
  return missing.length ? refuse('option-missing', { missing }) : fill;
}

export function emptyModelValue(field) {
  if (field.model === 'list' || field.model === 'files' || field.model === 'paths') return [];
  if (field.model === 'range') return { from: '', to: '', longTerm: false };
  return '';
}

// fillValue: the host plan's `fill` for the field (the dossier's value in
// the page's form). Returns the model value, or {refuse: true, reason}.
export function expectedModelValue(spec, fieldId, fillValue) {
  const field = spec.fields[fieldId];
  if (!field) throw new Error(`no field ${fieldId} in the layout`);
  if (field.presence === 'omitted') return refuse('field-absent');
  if (isEmptyFill(fillValue) || (field.model === 'range' && !fillValue.from)) return emptyModelValue(field);
  switch (field.model) {
    case 'files':
      return fileRecords(fillValue);
    case 'range':
      return { from: fillValue.from, to: fillValue.longTerm ? '' : fillValue.to || '', longTerm: !!fillValue.longTerm };
    case 'paths':
      return field.options ? groupedPaths(field, fillValue) : pathsOnPage(field, fillValue);
    case 'list':
    case 'choice':
      return optionValue(field, fillValue);
    default:
      break;
  }
  if (field.quantity) return quantityValue(field.quantity, fillValue);
  if (field.limit && utf16(fillValue) > field.limit) return refuse('too-long', { limit: field.limit });
  return fillValue;
}

// A multiple cascader drawn as grouped options: each path is [group, option].
function groupedPaths(field, fill) {
  const has = ([g, v]) => field.options.some((o) => o.group === g && o.value === v);
  const missing = fill.filter((p) => !has(p));
  return missing.length ? refuse('option-missing', { missing }) : fill;
}

function quantityValue(q, fill) {
  if (q.unit === 'range') {
    const r = rangeOf(q.ranges, fill);
    return r ? r.text : refuse('not-a-number');
  }
  if (q.unit === 'base') return fill;
  const v = inUnit(fill, q.factor);
  return v === null ? refuse('not-a-number') : v;
}
