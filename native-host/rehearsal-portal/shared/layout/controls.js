// How a field's control is drawn on a generated layout: which control a real
// form could use for the same field, the wording of its options, the unit a
// number is asked in, and how an upload list names its files.

// Profile control → [[axis value, drawn control, weight]] (per stack where
// the stack cannot draw it: plain has no cascader).
function controlChoices(field, stack) {
  const n = field.options ? field.options.length : 0;
  switch (field.control) {
    case 'select':
      return [['as-profile', 'select', 3], ...(n <= 6 ? [['select-as-radio', 'radio', 1.2]] : [])];
    case 'radio':
      return [['as-profile', 'radio', 3], ['radio-as-select', 'select', 1]];
    case 'multi-select':
      return [['as-profile', 'multi-select', 3], ...(n <= 10 ? [['multi-as-checkbox', 'checkbox-group', 1.2]] : [])];
    case 'checkbox-group':
      return [['as-profile', 'checkbox-group', 3], ['checkbox-as-multi', 'multi-select', 1]];
    case 'cascader':
      if (field.multiple)
        return [
          ...(stack === 'plain' ? [] : [['as-profile', 'cascader', 2]]),
          ['cascader-as-checkbox-groups', 'grouped-checkbox', 1.2],
          ['cascader-as-grouped-select', 'grouped-select', 1.2],
        ];
      return [...(stack === 'plain' ? [] : [['as-profile', 'cascader', 3]]), ['cascader-as-selects', 'chained-selects', 1]];
    case 'date-range':
      // A plain form has no range picker: two <input type=date>.
      return [...(stack === 'plain' ? [] : [['range-picker', 'date-range', 1]]), ['two-pickers', 'date-range', 1]];
    default:
      return [['as-profile', field.control, 1]];
  }
}

export function drawControl(rng, field, stack, quantity) {
  if (quantity) return null; // see drawUnit
  const [axis, control] = rng.weighted(controlChoices(field, stack).map(([a, c, w]) => [[a, c], w]));
  return { axis, control, rangePicker: axis === 'range-picker' };
}

// Texts that stand for no option of the profile (no alias table names
// them): an option list that simply lacks the dossier's choice.
const DISTRACTORS = [
  '个体工商户',
  '机关法人',
  '军官证',
  '西班牙文',
  '三维模型',
  'xml',
  '快应用',
  '内部测试中',
  '境外组织',
  '其他组织',
  '暂不确定',
];

export function aliasTable(profile, field) {
  const table = { ...(profile.optionAliases || {}) };
  for (const [k, v] of Object.entries(field.optionAliases || {})) table[k] = [...(table[k] || []), ...v];
  return table;
}

function knownWords(profile, options) {
  const words = new Set(options);
  for (const [k, v] of Object.entries(profile.optionAliases || {})) {
    words.add(k);
    v.forEach((a) => words.add(a));
  }
  return words;
}

// [{text, value}]: the option shown in other words keeps its canonical text
// as its value; an option with no equivalent is its own value.
export function drawOptions(rng, profile, rawField, options) {
  const table = aliasTable(profile, rawField);
  const aliased = options.filter((o) => (table[o] || []).length);
  const choices = [['profile', 12], ['no-equivalent', 0.7]];
  if (aliased.length) choices.push(['alias', 9]);
  const wording = rng.weighted(choices);
  let list = options.map((o) => ({ text: o, value: o }));
  let missing = [];
  if (wording === 'alias') {
    const forced = rng.pick(aliased);
    list = list.map((o) =>
      (table[o.value] || []).length && (o.value === forced || rng.chance(0.6))
        ? { text: rng.pick(table[o.value]), value: o.value }
        : o,
    );
  } else if (wording === 'no-equivalent') {
    const words = knownWords(profile, options);
    const free = DISTRACTORS.filter((d) => !words.has(d));
    const i = rng.int(0, list.length - 1);
    const stand = rng.pick(free);
    missing = [list[i].value];
    list[i] = { text: stand, value: stand };
  }
  return { wording, options: list, missing };
}

// Unit words of a quantity, weighted as forms use them (万人 most often).
const UNIT_WEIGHT = { 万人: 5, 万: 3, 千人: 1, 十万人: 0.6, 百万人: 0.8, 千: 0.6, 亿人: 0.3, 万户: 0.3 };
const RANGE_SETS = [
  [1e5, 1e6, 5e6, 1e7],
  [1e4, 1e5, 1e6, 1e7, 1e8],
  [1e6, 1e7, 1e8],
  [5e5, 1e6, 5e6, 1e7, 5e7],
];
const SEPARATORS = ['-', '至', '~', '—'];

function rangeWord(n, withPeople) {
  const text = n >= 1e8 ? `${n / 1e8}亿` : n >= 1e4 ? `${n / 1e4}万` : String(n);
  return withPeople ? `${text}人` : text;
}

// A number asked in another unit: a bracketed hint, a suffix on the input,
// or a select of ranges worded with the same unit words.
export function drawUnit(rng, quantity) {
  const unit = rng.weighted([['base', 3], ['hint', 3], ['suffix', 2], ['range', 1.6]]);
  const control = rng.chance(0.35) ? 'number' : 'text';
  const base = { unit, control: unit === 'range' ? 'range-select' : control, axis: unit === 'range' || control === 'text' ? 'as-profile' : 'number-input' };
  if (unit === 'base') return base;
  if (unit === 'range') {
    const cuts = rng.pick(RANGE_SETS);
    const people = rng.chance(0.5);
    const sep = rng.pick(SEPARATORS);
    const ranges = [{ text: `${rangeWord(cuts[0], people)}以下`, min: 0, max: cuts[0] }];
    for (let i = 0; i + 1 < cuts.length; i++)
      ranges.push({
        text: `${rangeWord(cuts[i], false)}${sep}${rangeWord(cuts[i + 1], people)}`,
        min: cuts[i],
        max: cuts[i + 1],
      });
    ranges.push({ text: `${rangeWord(cuts[cuts.length - 1], people)}以上`, min: cuts[cuts.length - 1], max: null });
    return { ...base, ranges };
  }
  // Sorted: the host serves the profile with its object keys in another order.
  const words = Object.keys(quantity.units)
    .filter((w) => w !== quantity.base)
    .sort();
  const word = rng.weighted(words.map((w) => [w, UNIT_WEIGHT[w] ?? 0.2]));
  return { ...base, word, factor: quantity.units[word] };
}

// How a date picker shows (and takes typed) dates; the model keeps
// YYYY-MM-DD. A plain <input type=date> shows the browser's own format.
const DATE_FORMATS = { iso: 'YYYY-MM-DD', chinese: 'YYYY年MM月DD日', slash: 'YYYY/MM/DD' };
export function drawDateFormat(rng, stack) {
  if (stack === 'plain') return { axis: 'native', format: null };
  const axis = rng.weighted([['iso', 3], ['chinese', 1], ['slash', 0.8]]);
  return { axis, format: DATE_FORMATS[axis] };
}

// How an upload list shows a file: its name, shortened in the middle, a
// made-up name, or only a count.
export function drawUploadNames(rng) {
  const names = rng.weighted([['full', 3], ['middle-ellipsis', 1.5], ['replaced', 1.5], ['count', 1]]);
  if (names === 'replaced') return { names, pattern: rng.pick(['文件{n}', '附件（{n}）', '附件{n}', '材料{n}']) };
  if (names === 'middle-ellipsis') return { names, keep: rng.int(6, 12) };
  if (names === 'count') return { names, pattern: rng.pick(['已上传 {n} 个文件', '已上传{n}个附件', '共 {n} 个文件']) };
  return { names };
}

// The name an upload list shows for the i-th file (1-based) named `name`.
export function shownFileName(upload, name, i) {
  if (upload.names === 'replaced') return upload.pattern.replace('{n}', String(i));
  if (upload.names === 'middle-ellipsis') {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    if (stem.length <= upload.keep * 2) return name;
    return `${stem.slice(0, upload.keep)}…${stem.slice(-Math.ceil(upload.keep / 2))}${ext}`;
  }
  return name;
}
export const fileCountText = (upload, n) => upload.pattern.replace('{n}', String(n));
