// JSON Pointers (RFC 6901) into the dossier being edited: read, write and
// remove a value, and the pattern of a pointer (array indices as "*") that
// the schema walk and the portal profile are keyed by.

export const parse = (pointer) => (pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));
export const format = (tokens) => tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
export const join = (pointer, ...tokens) => pointer + format(tokens);
export const parent = (pointer) => format(parse(pointer).slice(0, -1));
export const last = (pointer) => parse(pointer).pop();

// "/algorithms/0/basic/name" → "/algorithms/*/basic/name".
export const pattern = (pointer) => format(parse(pointer).map((t) => (/^\d+$/.test(t) ? '*' : t)));

export function get(doc, pointer) {
  let v = doc;
  for (const t of parse(pointer)) {
    if (v == null || typeof v !== 'object') return undefined;
    v = v[Array.isArray(v) ? Number(t) : t];
  }
  return v;
}

// Writes value, creating the objects on the way; undefined removes the key.
export function set(doc, pointer, value) {
  const tokens = parse(pointer);
  const key = tokens.pop();
  let v = doc;
  for (const t of tokens) {
    const k = Array.isArray(v) ? Number(t) : t;
    if (v[k] == null || typeof v[k] !== 'object') v[k] = {};
    v = v[k];
  }
  if (Array.isArray(v)) {
    if (value === undefined) v.splice(Number(key), 1);
    else v[Number(key)] = value;
  } else if (value === undefined) delete v[key];
  else v[key] = value;
}

export const remove = (doc, pointer) => set(doc, pointer, undefined);

// True when pointer is inside (or is) prefix.
export const within = (pointer, prefix) => pointer === prefix || pointer.startsWith(`${prefix}/`);
