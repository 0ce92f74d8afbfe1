// One control per descriptor kind (form-model.mjs), each drawing a field
// with its schema title, the portal label and page it lands on, a counter
// against the profile's limit, a reveal button for sensitive values and a
// place for its checks. Every field element carries data-pointer (where
// its value lives) and data-control (its kind) for the checks and tests.
import { h, button, t } from './dom.mjs';
import { lengthOf } from '../model/checks.mjs';

const portalTag = (d) => {
  const p = d.profile;
  if (!p) return null;
  const page = `${p.page.title}${p.page.step ? ` · ${p.page.step}` : ''}`;
  return h('span', { class: 'portal', title: t('editorPortalHint') }, `${t('editorPortal')}${page}${p.label && p.label !== d.title ? ` · ${p.label}` : ''}`);
};

function shell(d, pointer, ctx, control, ...body) {
  ctx.drawn.add(pointer);
  const applies = ctx.applies(d, pointer);
  return h('div', { class: `field${applies ? '' : ' not-applicable'}`, dataset: { pointer, control } },
    h('div', { class: 'label' }, h('span', { class: 'title' }, d.title), d.required ? h('span', { class: 'req', title: t('editorRequired') }, '*') : null, portalTag(d),
      applies ? null : h('span', { class: 'na' }, t('editorNotApplicable'))),
    ...body,
    d.description ? h('p', { class: 'desc' }, d.description) : null,
    h('ul', { class: 'checks' }));
}

const limitOf = (d) => (d.profile && d.profile.limit) || null;

function counter(d, value) {
  const limit = limitOf(d);
  if (!limit) return null;
  const n = lengthOf(value || '', (d.profile && d.profile.unit) || 'utf16');
  return h('span', { class: `counter${n > limit ? ' over' : ''}` }, `${n} / ${limit}`);
}

// Strings: text, textarea, date, select, number.
function textField(d, pointer, ctx) {
  const value = ctx.get(pointer);
  const sensitive = !!(d.profile && d.profile.sensitive);
  const revealed = ctx.revealed.has(pointer);
  let input;
  const write = () => {
    const v = d.kind === 'number' ? (input.value === '' ? undefined : Number(input.value)) : input.value;
    ctx.set(pointer, v === '' && !d.schemaRequired ? undefined : v);
    const c = counter(d, input.value);
    const old = input.parentNode.querySelector('.counter');
    if (old && c) old.replaceWith(c);
  };
  const common = { name: pointer, oninput: write, onchange: write, 'aria-label': d.title };
  if (d.kind === 'textarea') input = h('textarea', { ...common, rows: 4 }, value ?? '');
  else if (d.kind === 'select') {
    const options = [...(d.options || [])];
    if (value && !options.includes(value)) options.push(value);
    input = h('select', common, h('option', { value: '' }, t('editorChoose')), ...options.map((o) => h('option', { value: o, selected: o === value }, o)));
  } else {
    input = h('input', {
      ...common, type: sensitive && !revealed ? 'password' : d.kind === 'number' ? 'number' : 'text', value: value ?? '', autocomplete: 'off',
      placeholder: d.kind === 'date' ? 'YYYY-MM-DD' : null, spellcheck: sensitive ? 'false' : null,
    });
  }
  const reveal = sensitive ? button(revealed ? t('editorHide') : t('reveal'), () => ctx.toggleReveal(pointer), { class: 'reveal' }) : null;
  return shell(d, pointer, ctx, d.kind, h('div', { class: 'control' }, input, reveal, counter(d, value)));
}

function yesNo(d, pointer, ctx) {
  const value = ctx.get(pointer);
  const [yes, no] = (d.profile && d.profile.pageValue && d.profile.pageValue.boolean) || ['是', '否'];
  const radio = (label, v) => h('label', {}, h('input', { type: 'radio', name: pointer, value: String(v), checked: value === v, onchange: () => ctx.set(pointer, v) }), label);
  return shell(d, pointer, ctx, 'yesno', h('div', { class: 'control' }, radio(yes, true), radio(no, false)));
}

function check(d, pointer, ctx) {
  const box = h('input', { type: 'checkbox', name: pointer, checked: ctx.get(pointer) === true, onchange: () => ctx.set(pointer, box.checked ? true : d.schemaRequired ? false : undefined) });
  return shell(d, pointer, ctx, 'check', h('label', { class: 'control' }, box, d.title));
}

// A list of strings from the profile's options, one checkbox each; where
// the profile does not know the options to be complete (optionsComplete),
// other values are typed beside them, separated by 、.
function choices(d, pointer, ctx) {
  const value = ctx.get(pointer) || [];
  const boxes = d.options.map((o) => h('input', { type: 'checkbox', value: o, checked: value.includes(o) }));
  const complete = !!(d.profile && d.profile.optionsComplete);
  const others = value.filter((v) => !d.options.includes(v));
  const other = complete && !others.length ? null : h('input', { type: 'text', class: 'other', value: others.join('、'), placeholder: t('editorOtherValues'), 'aria-label': `${d.title} ${t('editorOtherValues')}` });
  const write = () => ctx.set(pointer, [...boxes.filter((b) => b.checked).map((b) => b.value), ...(other ? other.value.split(/\s*[、,，;；]\s*/).map((x) => x.trim()).filter(Boolean) : [])]);
  boxes.forEach((b) => b.addEventListener('change', write));
  if (other) other.addEventListener('input', write);
  return shell(d, pointer, ctx, 'choices', h('div', { class: 'control choices' }, boxes.map((b) => h('label', {}, b, b.value)), other));
}

// A list of strings without options: typed in one line, split on 、 (or /
// for a region, level by level).
function tokens(d, pointer, ctx) {
  const sep = d.separator.trim();
  const split = (s) => s.split(sep === '/' ? /\s*\/\s*/ : /\s*[、,，;；]\s*/).map((x) => x.trim()).filter(Boolean);
  const input = h('input', { type: 'text', name: pointer, value: (ctx.get(pointer) || []).join(d.separator), placeholder: t(sep === '/' ? 'editorLevelsHint' : 'editorTokensHint'), oninput: () => ctx.set(pointer, split(input.value)) });
  return shell(d, pointer, ctx, 'tokens', h('div', { class: 'control' }, input));
}

// A list of [category, item] pairs (应用领域): the profile's tree as one
// group of checkboxes per category; without a tree, one "a / b" per line.
function paths(d, pointer, ctx) {
  const value = ctx.get(pointer) || [];
  const tree = d.profile && Array.isArray(d.profile.options) ? d.profile.options.filter((o) => o && o.label) : [];
  const key = (p) => JSON.stringify(p);
  if (!tree.length) {
    const area = h('textarea', { name: pointer, rows: 3, oninput: () => ctx.set(pointer, area.value.split('\n').map((l) => l.split('/').map((x) => x.trim()).filter(Boolean)).filter((p) => p.length)) }, value.map((p) => p.join(' / ')).join('\n'));
    return shell(d, pointer, ctx, 'paths-text', h('div', { class: 'control' }, area));
  }
  const pairs = tree.flatMap((c) => (c.children || []).map((x) => [c.label, typeof x === 'string' ? x : x.label]));
  const extra = value.filter((p) => !pairs.some((q) => key(q) === key(p)));
  const boxes = [...pairs, ...extra].map((p) => h('input', { type: 'checkbox', value: key(p), checked: value.some((q) => key(q) === key(p)), dataset: { path: p.join(' / ') } }));
  const write = () => ctx.set(pointer, boxes.filter((b) => b.checked).map((b) => JSON.parse(b.value)));
  boxes.forEach((b) => b.addEventListener('change', write));
  const groups = new Map();
  boxes.forEach((b) => { const cat = JSON.parse(b.value)[0]; if (!groups.has(cat)) groups.set(cat, []); groups.get(cat).push(h('label', {}, b, JSON.parse(b.value).slice(1).join(' / '))); });
  return shell(d, pointer, ctx, 'paths', h('div', { class: 'control tree' }, [...groups].map(([cat, labels]) => h('div', { class: 'branch' }, h('strong', {}, cat), ...labels))));
}

// The parts of an attachment record the host writes from the file itself.
const FILE_PARTS = new Set(['path', 'sha256', 'size', 'mediaType']);

// One attachment record: the file (picked, sent to the host in chunks), then,
// once there is a file, what the user says of it: which material it is (kind),
// until when it is valid, what the stamped document states (declared).
function attachment(d, pointer, ctx, { onRemove, render } = {}) {
  const record = ctx.get(pointer);
  const picker = h('input', { type: 'file', accept: ctx.accept, name: pointer, class: 'pick' });
  const progress = h('span', { class: 'progress', role: 'status' });
  picker.addEventListener('change', () => { if (picker.files[0]) ctx.upload(pointer, picker.files[0], progress).finally(() => { picker.value = ''; }); });
  const info = record && record.path
    ? h('span', { class: 'file' }, h('strong', { class: 'file-name' }, record.path.split('/').pop()), ` ${(record.size / 1024).toFixed(1)} KB · SHA-256 ${record.sha256.slice(0, 12)}…`)
    : h('span', { class: 'file none' }, t('editorNoFile'));
  const remove = record ? button(t('editorRemoveFile'), () => (onRemove ? onRemove() : ctx.structural(() => ctx.set(pointer, d.nullable ? null : undefined))), { class: 'remove-file' }) : null;
  const described = record && record.path && d.children ? d.children.filter((c) => !FILE_PARTS.has(c.key)).map((c) => render(c, `${pointer}/${c.key}`, ctx)) : [];
  return shell(d, pointer, ctx, 'attachment', h('div', { class: 'control' }, info, ' ', h('label', { class: 'pick-label' }, t('editorPickFile'), picker), remove, progress), ...described);
}

// A list of attachment records (其他附件): each one as above, plus a picker that adds one.
function attachments(d, pointer, ctx, { render }) {
  const list = ctx.get(pointer) || [];
  const item = ctx.model.describe(d.item);
  const rows = list.map((_, i) => attachment({ ...item, title: `${d.title} ${i + 1}`, description: '' }, `${pointer}/${i}`, ctx, { render, onRemove: () => ctx.structural(() => { list.splice(i, 1); }) }));
  const picker = h('input', { type: 'file', accept: ctx.accept, class: 'pick-add', name: `${pointer}/-` });
  const progress = h('span', { class: 'progress', role: 'status' });
  picker.addEventListener('change', () => { if (picker.files[0]) ctx.upload(`${pointer}/-`, picker.files[0], progress).finally(() => { picker.value = ''; }); });
  return shell(d, pointer, ctx, 'attachments', h('div', { class: 'items' }, rows), h('label', { class: 'pick-label add' }, t('editorAddFile'), picker), progress);
}

export const CONTROLS = { text: textField, textarea: textField, date: textField, select: textField, number: textField, yesno: yesNo, check, choices, tokens, paths, attachment, attachments };
