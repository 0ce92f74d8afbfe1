// Model ↔ widget value adapters shared by the stacks' layout controls: a
// multiple cascader drawn as grouped options keeps its [category, option]
// paths in the model; a number input keeps a string, like a text input.
export const pathKey = (path) => JSON.stringify(path);
export const keyPath = (key) => JSON.parse(key);

// Options grouped by category, for an option-group select.
export function groupedOptions(options) {
  const groups = [];
  for (const o of options) {
    let g = groups.find((x) => x.label === o.group);
    if (!g) groups.push((g = { label: o.group, options: [] }));
    g.options.push({ label: o.text, value: pathKey([o.group, o.value]) });
  }
  return groups;
}

// The leaves of one category ticked in a list of paths, and the list with
// that category's leaves replaced.
export const leavesOf = (paths, group) => (paths || []).filter((p) => p[0] === group).map((p) => p[1]);
export const withLeaves = (paths, group, leaves) => [...(paths || []).filter((p) => p[0] !== group), ...leaves.map((l) => [group, l])];

// The levels of a tree a chain of selects shows for a path (省 → 市 → 区).
export function chainLevels(tree, path) {
  const levels = [];
  let level = tree;
  for (let i = 0; level && level.length; i++) {
    levels.push(level.map((n) => ({ text: n.label, value: n.value })));
    const chosen = level.find((n) => n.value === (path || [])[i]);
    level = chosen ? chosen.children : null;
  }
  return levels;
}
export const CHAIN_NAMES = ['省', '市', '区（县）'];

export const numberToModel = (v) => (v === null || v === undefined || v === '' ? '' : String(v));

// The unit a number input shows after it (万人) where the layout says so.
export const unitSuffix = (field) => (field.quantity && field.quantity.unit === 'suffix' ? field.quantity.word : '');

// Computed properties and methods of every Vue stack's layout field.
export const layoutFieldComputed = {
  left() {
    return this.field.position === 'left';
  },
  groups() {
    return groupedOptions(this.field.options || []);
  },
  levels() {
    return chainLevels(this.field.tree, this.value);
  },
  suffix() {
    return unitSuffix(this.field);
  },
  groupedValue: {
    get() {
      return (this.value || []).map(pathKey);
    },
    set(keys) {
      this.value = keys.map(keyPath);
    },
  },
  many() {
    return !!(this.field.upload && this.field.upload.many);
  },
};

export const layoutFieldMethods = {
  leaves(cat) {
    return leavesOf(this.value, cat);
  },
  setLeaves(cat, leaves) {
    this.value = withLeaves(this.value, cat, leaves);
  },
  pickLevel(i, v) {
    this.value = [...(this.value || []).slice(0, i), ...(v ? [v] : [])];
  },
};
