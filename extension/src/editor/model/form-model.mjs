// The editor's form, derived from data only: the dossier schema gives every
// section, group and field with its Chinese title and description; the
// portal profile gives their order, options, limits, sensitivity, when a
// field applies and which portal page it lands on. describe() turns one
// schema node into a descriptor the view draws; nothing here knows a field
// by name except the three list shapes the dossier has (identified objects,
// attachments and the 关联产品功能 links).
import { pattern as patternOf } from './pointer.mjs';

const ATTACHMENT = '#/definitions/Attachment';
const ATTACHMENTS = '#/definitions/Attachments';
const DATE = '#/definitions/Date';

// The schema node a $ref names, and {X, null} unions as a nullable X.
export function resolve(schema, node) {
  let n = node;
  const seen = new Set();
  while (n && n.$ref && !seen.has(n.$ref)) {
    seen.add(n.$ref);
    n = { ...schema.definitions[n.$ref.split('/').pop()], ...stripRef(n), ref: n.$ref };
  }
  if (n && n.anyOf) {
    const real = n.anyOf.filter((x) => x.type !== 'null');
    if (real.length === 1 && real.length < n.anyOf.length) {
      const inner = resolve(schema, real[0]);
      return { ...inner, title: n.title || inner.title, description: n.description || inner.description, nullable: true };
    }
  }
  return n;
}
const stripRef = ({ $ref, ...rest }) => rest; // eslint-disable-line no-unused-vars

// Profile fields by the pattern of their dossier pointer, in portal order.
export function profileIndex(profile) {
  const index = new Map();
  let order = 0;
  for (const page of profile.pages || []) {
    const object = (page.object || '').replace(/\{[^}]+\}/g, '*');
    for (const field of page.fields) {
      const at = object + field.path;
      index.set(at, { ...field, order: order++, objectPattern: object, page: { id: page.id, title: page.title, step: page.step || null } });
    }
  }
  return index;
}

const isTextBlock = (node, p) => (p && p.control === 'textarea') || (node.maxLength || 0) >= 2000;
const optionsOf = (p) => (p && Array.isArray(p.options) && p.options.length ? p.options : null);

// The kind of control a node is edited with.
function kindOf(node, p, pattern) {
  if (node.ref === ATTACHMENT) return 'attachment';
  if (node.ref === ATTACHMENTS) return 'attachments';
  if (pattern === '/links') return 'links';
  if (node.type === 'object') return 'object';
  if (node.type === 'array') {
    const item = node.items || {};
    if (item.type === 'object' || item.$ref) return (item.required || []).includes('id') ? 'list' : 'rows';
    if (item.type === 'array') return 'paths';
    return optionsOf(p) ? 'choices' : 'tokens';
  }
  if (node.type === 'boolean') return p && p.pageValue && p.pageValue.boolean ? 'yesno' : 'check';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.enum) return 'select';
  if (node.ref === DATE) return 'date';
  if (optionsOf(p)) return 'select';
  return isTextBlock(node, p) ? 'textarea' : 'text';
}

export class FormModel {
  constructor(schema, profile) {
    this.schema = schema;
    this.profile = profile;
    this.index = profileIndex(profile);
    this.cache = new Map();
  }

  // The profile entry of a pattern, or of its nearest profiled ancestor for
  // the parts of an attachment record.
  profileOf(pattern) {
    return this.index.get(pattern) || null;
  }

  // The smallest portal order among a pattern's profiled descendants.
  rankOf(pattern) {
    let best = Infinity;
    for (const [at, f] of this.index) if (at === pattern || at.startsWith(`${pattern}/`)) best = Math.min(best, f.order);
    return best;
  }

  // The schema node at a pattern ("/products/*/accessPaths").
  nodeAt(pattern) {
    let node = resolve(this.schema, this.schema);
    for (const t of pattern.split('/').slice(1)) {
      node = t === '*' ? resolve(this.schema, node.items) : resolve(this.schema, (node.properties || {})[t]);
      if (!node) return null;
    }
    return node;
  }

  describe(pattern) {
    if (this.cache.has(pattern)) return this.cache.get(pattern);
    const node = this.nodeAt(pattern);
    if (!node) return null;
    const p = this.profileOf(pattern);
    const kind = kindOf(node, p, pattern);
    const d = {
      pattern, key: pattern.split('/').pop(), kind, title: node.title || pattern, description: node.description || '',
      nullable: !!node.nullable, maxLength: node.maxLength ?? null, enum: node.enum || null, schemaPattern: node.pattern || null,
      required: false, profile: p, options: optionsOf(p) || node.enum || null,
      separator: p && p.control === 'cascader' ? ' / ' : '、',
    };
    if (kind === 'object' || kind === 'attachment') d.children = this.childrenOf(pattern, node);
    if (kind === 'list' || kind === 'rows' || kind === 'attachments') d.item = `${pattern}/*`;
    this.cache.set(pattern, d);
    if (kind === 'list' || kind === 'rows') this.describe(d.item);
    return d;
  }

  // An object's properties, in the portal's order where the profile knows
  // them; the others keep their place after their schema predecessor.
  childrenOf(pattern, node) {
    const keys = Object.keys(node.properties || {});
    const required = new Set(node.required || []);
    let previous = -1;
    const ranked = keys.map((k, i) => {
      const r = this.rankOf(`${pattern}/${k}`);
      previous = Number.isFinite(r) ? r : previous + 0.001;
      return { k, r: previous, i };
    });
    ranked.sort((a, b) => a.r - b.r || a.i - b.i);
    return ranked.map(({ k }) => {
      const child = this.describe(`${pattern}/${k}`);
      if (child) Object.assign(child, { schemaRequired: required.has(k), required: required.has(k) || !!(child.profile && child.profile.required) });
      return child;
    }).filter(Boolean);
  }

  // Does a field's `when` hold for the object it belongs to?
  applies(d, doc, pointer, get) {
    const when = d.profile && d.profile.when;
    if (!when) return true;
    const depth = d.profile.objectPattern ? d.profile.objectPattern.split('/').length : 1;
    const object = pointer.split('/').slice(0, depth).join('/');
    return get(doc, object + when.path) === when.equals;
  }
}

// The pattern of a concrete pointer (re-exported for the view).
export const patternOfPointer = patternOf;

// The sections the editor shows, one at a time: the entity, each algorithm,
// each product, and the links. `title` names the object for the nav.
export function sections(doc) {
  const out = [{ id: 'entity', pointer: '/entity', title: null }];
  (doc.algorithms || []).forEach((a, i) => out.push({ id: `algorithm:${i}`, pointer: `/algorithms/${i}`, title: (a.basic && a.basic.name) || a.id }));
  (doc.products || []).forEach((p, i) => out.push({ id: `product:${i}`, pointer: `/products/${i}`, title: p.name || p.id }));
  out.push({ id: 'links', pointer: '/links', title: null });
  return out;
}

// The section a pointer belongs to.
export function sectionOf(pointer) {
  const m = /^\/(algorithms|products)\/(\d+)/.exec(pointer);
  if (m) return `${m[1] === 'algorithms' ? 'algorithm' : 'product'}:${m[2]}`;
  if (pointer.startsWith('/links')) return 'links';
  if (pointer.startsWith('/entity')) return 'entity';
  return 'other';
}
