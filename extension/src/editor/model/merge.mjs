// A save refused as CONFLICT: the dossier was saved elsewhere (the CLI,
// another window) since the editor loaded it. threeWay() compares field by
// field the revision the editor started from (base), the editor's document
// (mine) and the stored one (theirs): a field changed on one side only takes
// that side's value, a field changed on both sides differently is a
// conflict the person decides, so nothing is lost. Objects with an id are
// matched by id (reordering is no change); the links are merged as a set;
// other lists are one value each. meta stays the host's.

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const hasIds = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && typeof x.id === 'string');

// Flat map "stable path" → value; an identified item's presence is the key
// "<list>/@<id>" (value: the item), its fields "<list>/@<id>/<key>…".
export function flatten(doc) {
  const out = new Map();
  const walk = (v, path) => {
    if (hasIds(v)) {
      for (const item of v) {
        out.set(`${path}/@${item.id}`, item);
        for (const [k, x] of Object.entries(item)) walk(x, `${path}/@${item.id}/${k}`);
      }
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`);
    } else if (!(Array.isArray(v) && !v.length)) out.set(path, v); // an empty list is no value
  };
  for (const [k, v] of Object.entries(doc)) if (k !== 'meta' && k !== 'links') walk(v, `/${k}`);
  return out;
}

const isPresence = (key) => /\/@[^/]+$/.test(key);
const ownerOf = (key) => { const m = /^(.*\/@[^/]+)\//.exec(key); return m ? m[1] : null; };

// Locates a stable path in doc: {container, key} or null when an item on
// the way is gone.
function locate(doc, key) {
  const parts = key.slice(1).split('/');
  let v = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const t = parts[i];
    let next;
    if (t.startsWith('@')) next = Array.isArray(v) ? v.find((x) => x && x.id === t.slice(1)) : undefined;
    else {
      if (v[t] == null && !parts[i + 1].startsWith('@')) v[t] = {};
      if (v[t] == null) v[t] = [];
      next = v[t];
    }
    if (next == null) return null;
    v = next;
  }
  return { container: v, key: parts[parts.length - 1] };
}

function apply(doc, key, value) {
  const at = locate(doc, key);
  if (!at) return;
  if (at.key.startsWith('@')) {
    const id = at.key.slice(1);
    const list = at.container;
    const i = list.findIndex((x) => x && x.id === id);
    if (value === undefined) { if (i >= 0) list.splice(i, 1); } else if (i >= 0) list[i] = structuredClone(value);
    else list.push(structuredClone(value));
  } else if (value === undefined) delete at.container[at.key];
  else at.container[at.key] = structuredClone(value);
}

// The links as a set: theirs, plus what I added, minus what I removed.
function mergeLinks(base, mine, theirs) {
  const k = (l) => `${l.algorithm}\u0000${l.product}\u0000${l.function}`;
  const b = new Set((base || []).map(k));
  const m = new Map((mine || []).map((l) => [k(l), l]));
  const out = new Map((theirs || []).map((l) => [k(l), l]));
  for (const [key, l] of m) if (!b.has(key)) out.set(key, l);
  for (const key of b) if (!m.has(key)) out.delete(key);
  return [...out.values()];
}

// {merged, conflicts: [{key, base, mine, theirs}]}; merged holds every
// one-sided change and, for each conflict, mine until resolve() says otherwise.
export function threeWay(base, mine, theirs) {
  const B = flatten(base), M = flatten(mine), T = flatten(theirs);
  const merged = structuredClone(theirs);
  const conflicts = [];
  const changedUnder = (map, item) => [...new Set([...B.keys(), ...map.keys()])].some((k) => k.startsWith(`${item}/`) && !same(B.get(k), map.get(k)));
  const keys = [...new Set([...B.keys(), ...M.keys(), ...T.keys()])];
  // Items first (added, removed), then fields, so fields land in their item.
  const ordered = [...keys.filter(isPresence).sort((a, b) => a.length - b.length), ...keys.filter((k) => !isPresence(k))];
  const decided = new Set();
  for (const key of ordered) {
    const owner = ownerOf(key);
    if (owner && decided.has(owner)) continue; // the whole item was taken from one side
    const b = B.get(key), m = M.get(key), t = T.get(key);
    if (isPresence(key)) {
      const [hb, hm, ht] = [B.has(key), M.has(key), T.has(key)];
      if (hm === ht) continue; // both kept it, or both removed it (fields compared below)
      if (hm && !hb) { apply(merged, key, m); decided.add(key); continue; } // I added it
      if (!hm && hb && !changedUnder(T, key)) { apply(merged, key, undefined); decided.add(key); continue; } // I removed it
      if (!ht && hb && !changedUnder(M, key)) { decided.add(key); continue; } // they removed it
      conflicts.push({ key, base: hb ? b : undefined, mine: hm ? m : undefined, theirs: ht ? t : undefined, item: true });
      apply(merged, key, hm ? m : undefined);
      decided.add(key);
      continue;
    }
    if (same(m, t) || same(m, b)) continue; // theirs already holds it
    if (same(t, b)) { apply(merged, key, m); continue; }
    conflicts.push({ key, base: b, mine: m, theirs: t });
    apply(merged, key, m);
  }
  merged.links = mergeLinks(base.links, mine.links, theirs.links);
  return { merged, conflicts };
}

// The person's choices: {key: 'mine' | 'theirs'} (mine by default).
export function resolve(result, choices) {
  const doc = structuredClone(result.merged);
  for (const c of result.conflicts) if (choices[c.key] === 'theirs') apply(doc, c.key, c.theirs);
  return doc;
}

// "/algorithms/@alg-a/basic/name" → "/algorithms/*/basic/name", for labels.
export const patternOfKey = (key) => key.replace(/\/@[^/]+/g, '/*');
