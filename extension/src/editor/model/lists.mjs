// The dossier's lists edited as a person would: add a new item (with a free
// id and the keys the schema requires), duplicate one (every id inside it
// made new), move one up or down, delete one together with the 关联产品功能
// links that name it, and the links themselves as a matrix of algorithms ×
// product functions. Ids are unique across the whole dossier.
import { get, parse, set } from './pointer.mjs';

// Id prefixes by list name: algorithms get alg-1, alg-2…
const PREFIX = { algorithms: 'alg', products: 'prod', accessPaths: 'ap', functions: 'fn' };

// Every id inside a value (objects carrying a string id, at any depth).
function idsIn(value, ids = new Set()) {
  if (Array.isArray(value)) value.forEach((x) => idsIn(x, ids));
  else if (value && typeof value === 'object') {
    if (typeof value.id === 'string') ids.add(value.id);
    Object.values(value).forEach((x) => idsIn(x, ids));
  }
  return ids;
}

export const allIds = (doc) => idsIn([doc.algorithms, doc.products]);

export function freeId(doc, prefix, taken = allIds(doc)) {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

const listName = (listPointer) => parse(listPointer).pop();

// A new item for the list at listPointer: its required keys, empty; an id
// when the item has one. model: a FormModel.
export function newItem(model, doc, listPointer, itemPattern) {
  const make = (pattern) => {
    const d = model.describe(pattern);
    if (d.kind === 'object') {
      const o = {};
      for (const c of d.children) if (c.schemaRequired) o[c.key] = make(c.pattern);
      return o;
    }
    if (['list', 'rows', 'attachments', 'tokens', 'choices', 'paths', 'links'].includes(d.kind)) return [];
    if (d.kind === 'yesno' || d.kind === 'check') return false;
    return '';
  };
  const item = make(itemPattern);
  if ('id' in item || model.describe(itemPattern).children.some((c) => c.key === 'id')) {
    item.id = freeId(doc, PREFIX[listName(listPointer)] || listName(listPointer));
  }
  // A new product or access path comes with the level below it, as the portal's steps do.
  for (const c of model.describe(itemPattern).children) if (c.kind === 'list' && !item[c.key]) item[c.key] = [];
  return item;
}

export function add(doc, listPointer, item) {
  const list = get(doc, listPointer) || [];
  set(doc, listPointer, [...list, item]);
  return list.length;
}

// A deep copy placed after the original, every id inside it new.
export function duplicate(doc, listPointer, index) {
  const list = get(doc, listPointer);
  const copy = structuredClone(list[index]);
  const taken = allIds(doc);
  const renew = (v, key) => {
    if (Array.isArray(v)) v.forEach((x) => renew(x, key));
    else if (v && typeof v === 'object') {
      if (typeof v.id === 'string') {
        const prefix = PREFIX[key] || v.id.replace(/-\d+$/, '') || 'item';
        v.id = freeId(doc, prefix, taken);
        taken.add(v.id);
      }
      for (const [k, x] of Object.entries(v)) if (typeof x === 'object') renew(x, k);
    }
  };
  renew(copy, listName(listPointer));
  list.splice(index + 1, 0, copy);
  return index + 1;
}

export function move(doc, listPointer, index, delta) {
  const list = get(doc, listPointer);
  const to = index + delta;
  if (to < 0 || to >= list.length) return index;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return to;
}

// The links that name any id inside an item (an algorithm, a product, an
// access path's functions, a function).
export function referencesTo(doc, item) {
  const ids = idsIn(item);
  return (doc.links || []).filter((l) => ids.has(l.algorithm) || ids.has(l.product) || ids.has(l.function));
}

// Removes the item and the links that named it.
export function removeAt(doc, listPointer, index) {
  const list = get(doc, listPointer);
  const gone = new Set(referencesTo(doc, list[index]));
  list.splice(index, 1);
  if (gone.size) doc.links = doc.links.filter((l) => !gone.has(l));
  return gone.size;
}

// An id changed by hand: the links follow it.
export function renameId(doc, from, to) {
  if (!from || from === to) return;
  for (const l of doc.links || []) for (const k of ['algorithm', 'product', 'function']) if (l[k] === from) l[k] = to;
}

// Every product function, as the links matrix lists its columns.
export function productFunctions(doc) {
  const out = [];
  for (const p of doc.products || []) {
    for (const ap of p.accessPaths || []) {
      for (const fn of ap.functions || []) out.push({ product: p.id, productName: p.name || p.id, accessPath: ap.path || ap.id, function: fn.id, name: fn.name || fn.id });
    }
  }
  return out;
}

export const isLinked = (doc, algorithm, product, fn) => (doc.links || []).some((l) => l.algorithm === algorithm && l.product === product && l.function === fn);

export function setLink(doc, algorithm, product, fn, on) {
  const links = (doc.links || []).filter((l) => !(l.algorithm === algorithm && l.product === product && l.function === fn));
  if (on) links.push({ algorithm, product, function: fn });
  doc.links = links;
}
