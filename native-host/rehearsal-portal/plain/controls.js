// Native form controls for one profile field, bound to a plain model object.
// Each builder returns the cell content; onChange(trigger) is called after
// every change ('change') and when the person leaves a typed field ('blur').
// A generated layout's field (shared/screen-model.js layoutField) also says
// which control is drawn (`drawn`), options as {text, value}, a unit suffix,
// a placeholder and how the upload list names files.
import { getIn, setIn } from '../shared/portal.js';
import { uploadFile } from '../shared/api.js';
import { shownFileName, fileCountText } from '../shared/layout/index.js';
import { pathKey, keyPath, groupedOptions, unitSuffix } from '../shared/layout-values.js';

// The document elements are made in (a jsdom document in unit tests).
let doc = globalThis.document;
export const useDocument = (d) => (doc = d);

const optionOf = (o) => (typeof o === 'string' ? { text: o, value: o } : o);
const placeholderOf = (f) => (f.placeholder !== undefined ? f.placeholder || null : `请输入${f.label}`);

export function h(tag, attrs = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c);
  return el;
}

const INPUT_TYPES = { email: 'email', url: 'url', mobile: 'tel' };

function textControl(f, model, onChange) {
  const attrs = {
    name: f.prop,
    maxlength: f.limit,
    placeholder: placeholderOf(f),
    oninput: (e) => {
      setIn(model, f.keys, e.target.value);
      onChange('change');
    },
    onblur: () => onChange('blur'),
  };
  const el =
    f.control === 'textarea'
      ? h('textarea', { ...attrs, rows: 5, cols: 60 })
      : h('input', { ...attrs, type: f.drawn === 'number' ? 'number' : INPUT_TYPES[f.format] || 'text', min: f.drawn === 'number' ? 0 : null, size: 40 });
  el.value = getIn(model, f.keys) ?? '';
  const suffix = unitSuffix(f);
  return [el, suffix ? h('span', { class: 'unit-suffix' }, ` ${suffix}`) : null, f.limit && !f.drawn ? h('span', { class: 'limit-hint' }, `（不超过${f.limit}字）`) : null];
}

function selectControl(f, model, onChange) {
  const value = getIn(model, f.keys);
  const options = f.options.map(optionOf);
  const el = h(
    'select',
    { name: f.prop, multiple: f.multiple, size: f.multiple ? Math.min(options.length, 6) : null },
    f.multiple ? null : h('option', { value: '' }, f.placeholder || '请选择'),
    options.map((o) => h('option', { value: o.value, selected: f.multiple ? value.includes(o.value) : value === o.value }, o.text)),
  );
  el.addEventListener('change', () => {
    setIn(model, f.keys, f.multiple ? [...el.selectedOptions].map((o) => o.value) : el.value);
    onChange('change');
  });
  return [el, f.multiple ? h('span', { class: 'limit-hint' }, '（按住 Ctrl 可多选）') : null];
}

// 注册地: dependent selects, one per level of the tree (省 → 市 → 区).
function regionControl(f, model, onChange) {
  const names = ['省', '市', '区（县）'];
  const path = [...(getIn(model, f.keys) || [])];
  const wrap = h('span', { class: 'region' });
  const render = () => {
    wrap.replaceChildren();
    let level = f.tree;
    for (let i = 0; level && level.length; i++) {
      const depth = i;
      const sel = h(
        'select',
        { name: `${f.prop}.${depth}` },
        h('option', { value: '' }, `请选择${names[depth] || ''}`),
        level.map((n) => h('option', { value: n.value, selected: path[depth] === n.value }, n.label)),
      );
      sel.addEventListener('change', () => {
        path.splice(depth, path.length, ...(sel.value ? [sel.value] : []));
        setIn(model, f.keys, [...path]);
        render();
        onChange('change');
      });
      wrap.append(sel, ' ');
      const chosen = level.find((n) => n.value === path[depth]);
      level = chosen ? chosen.children : null;
    }
  };
  render();
  return [wrap];
}

// 应用领域 (multiple cascader): one line of checkboxes per category.
function groupedChecks(f, model, onChange) {
  const has = (a, b) => (getIn(model, f.keys) || []).some((p) => p[0] === a && p[1] === b);
  return f.tree.map((cat) =>
    h(
      'div',
      { class: 'check-group' },
      h('span', { class: 'check-group-title' }, `${cat.label}：`),
      (cat.children || []).map((leaf) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            name: f.prop,
            value: `${cat.value}/${leaf.value}`,
            checked: has(cat.value, leaf.value),
            onchange: (e) => {
              const rest = (getIn(model, f.keys) || []).filter((p) => !(p[0] === cat.value && p[1] === leaf.value));
              setIn(model, f.keys, e.target.checked ? [...rest, [cat.value, leaf.value]] : rest);
              onChange('change');
            },
          }),
          leaf.label,
        ),
      ),
    ),
  );
}

// A multiple cascader as one <select multiple> with an <optgroup> per category.
function groupedSelect(f, model, onChange) {
  const chosen = new Set((getIn(model, f.keys) || []).map(pathKey));
  const el = h(
    'select',
    { name: f.prop, multiple: true, size: 8 },
    groupedOptions(f.options).map((g) =>
      h('optgroup', { label: g.label }, g.options.map((o) => h('option', { value: o.value, selected: chosen.has(o.value) }, o.label))),
    ),
  );
  el.addEventListener('change', () => {
    setIn(model, f.keys, [...el.selectedOptions].map((o) => keyPath(o.value)));
    onChange('change');
  });
  return [el, h('span', { class: 'limit-hint' }, '（按住 Ctrl 可多选）')];
}

function choiceControl(f, model, onChange) {
  const many = (f.drawn || f.control) === 'checkbox-group';
  const value = getIn(model, f.keys);
  return f.options.map(optionOf).map(({ text, value: o }) =>
    h(
      'label',
      { class: 'choice' },
      h('input', {
        type: many ? 'checkbox' : 'radio',
        name: f.prop,
        value: o,
        checked: many ? value.includes(o) : value === o,
        onchange: (e) => {
          const cur = getIn(model, f.keys);
          if (!many) setIn(model, f.keys, o);
          else setIn(model, f.keys, e.target.checked ? [...cur.filter((x) => x !== o), o] : cur.filter((x) => x !== o));
          onChange('change');
        },
      }),
      text,
    ),
  );
}

function dateControl(f, model, onChange) {
  const el = h('input', { type: 'date', name: f.prop, value: getIn(model, f.keys) || '' });
  el.addEventListener('change', () => {
    setIn(model, f.keys, el.value);
    onChange('change');
  });
  return [el];
}

function dateRangeControl(f, model, onChange) {
  const v = getIn(model, f.keys);
  const from = h('input', { type: 'date', name: `${f.prop}.from`, value: v.from || '' });
  const to = h('input', { type: 'date', name: `${f.prop}.to`, value: v.to || '', disabled: v.longTerm });
  const longTerm = h('input', { type: 'checkbox', name: `${f.prop}.longTerm`, checked: v.longTerm });
  from.addEventListener('change', () => ((v.from = from.value), onChange('change')));
  to.addEventListener('change', () => ((v.to = to.value), onChange('change')));
  longTerm.addEventListener('change', () => {
    v.longTerm = longTerm.checked;
    to.disabled = longTerm.checked;
    if (longTerm.checked) to.value = v.to = '';
    onChange('change');
  });
  return [from, ' 至 ', to, ' ', h('label', { class: 'choice' }, longTerm, '长期')];
}

function uploadControl(f, model, onChange) {
  const many = f.upload ? f.upload.many : /其他/.test(f.label);
  const list = h('ul', { class: 'file-list' });
  const status = h('span', { class: 'upload-status' });
  // A layout may show each file's name shortened or replaced, or only a count.
  const shown = (r, i) => (f.upload ? shownFileName(f.upload, r.name, i + 1) : `${r.name}（${r.size} 字节）`);
  const renderList = () =>
    f.upload && f.upload.names === 'count'
      ? list.replaceChildren(h('li', { class: 'upload-count' }, fileCountText(f.upload, (getIn(model, f.keys) || []).length)))
      : list.replaceChildren(
      ...(getIn(model, f.keys) || []).map((r, i) =>
        h('li', {}, shown(r, i), ' ',
          h('a', { href: '#', onclick: (e) => {
            e.preventDefault();
            setIn(model, f.keys, getIn(model, f.keys).filter((x) => x.fileId !== r.fileId));
            renderList();
            onChange('change');
          } }, '删除')),
      ),
    );
  const input = h('input', { type: 'file', name: f.prop, accept: '.pdf,.jpg,.jpeg,.png', multiple: many });
  input.addEventListener('change', async () => {
    const files = [...input.files];
    if (!files.length) return;
    status.textContent = '上传中…';
    try {
      const records = [];
      for (const file of files) records.push(await uploadFile(file));
      setIn(model, f.keys, many ? [...getIn(model, f.keys), ...records] : records.slice(-1));
      status.textContent = '上传成功';
    } catch (e) {
      status.textContent = `上传失败：${e.message}`;
    }
    input.value = '';
    renderList();
    onChange('change');
  });
  renderList();
  return [input, ' ', status, list, h('div', { class: 'limit-hint' }, '支持 PDF、JPG、PNG 格式')];
}

// The builder for what a layout draws, where it differs from the profile.
const DRAWN = {
  number: textControl,
  'range-select': selectControl,
  select: selectControl,
  'multi-select': selectControl,
  radio: choiceControl,
  'checkbox-group': choiceControl,
  'grouped-select': groupedSelect,
  'grouped-checkbox': groupedChecks,
  'chained-selects': regionControl,
};

export function controlFor(f, model, onChange) {
  if (f.drawn && DRAWN[f.drawn]) return DRAWN[f.drawn](f, model, onChange);
  switch (f.control) {
    case 'text':
    case 'textarea':
      return textControl(f, model, onChange);
    case 'select':
    case 'multi-select':
      return selectControl(f, model, onChange);
    case 'cascader':
      return f.multiple ? groupedChecks(f, model, onChange) : regionControl(f, model, onChange);
    case 'radio':
    case 'checkbox-group':
      return choiceControl(f, model, onChange);
    case 'date':
      return dateControl(f, model, onChange);
    case 'date-range':
      return dateRangeControl(f, model, onChange);
    case 'upload':
      return uploadControl(f, model, onChange);
    default:
      return [h('span', {}, `（未支持的控件 ${f.control}）`)];
  }
}
