// One field of a generated layout: its drawn control, options, unit, upload
// list, label parts and the axis values it got.
import { aliasTable, drawControl, drawDateFormat, drawOptions, drawUnit, drawUploadNames } from './controls.js';
import { bracketed, hintText, hintsFor, labelParts, labelText, groupPrefixes } from './labels.js';
import { fieldNumber } from './sections.js';

const MODEL_OF = {
  text: 'text',
  textarea: 'text',
  date: 'text',
  select: 'choice',
  radio: 'choice',
  'multi-select': 'list',
  'checkbox-group': 'list',
  cascader: 'paths',
  'date-range': 'range',
  upload: 'files',
};
const OPTION_CONTROLS = ['select', 'radio', 'multi-select', 'checkbox-group'];
const PLACEHOLDER_CONTROLS = ['text', 'textarea', 'select', 'number'];
const WIDE_CONTROLS = ['textarea', 'upload', 'checkbox-group', 'grouped-checkbox', 'cascader', 'date-range'];

// The words of the label: the profile's label or an alias, perhaps with the
// group's name in front (法定代表人 + 证件号码).
function drawCore(rng, ctx, desc, raw) {
  const reserved = ctx.reserved; // other fields' labels and the headings
  const aliases = (raw.aliases || []).filter((a) => !reserved.has(a) && !ctx.usedInSection.has(a));
  let core = desc.label;
  let labelTextAxis = 'label';
  if (aliases.length && rng.chance(0.22)) {
    core = rng.pick(aliases);
    labelTextAxis = 'alias';
  }
  let prefixAxis = 'none';
  if (desc.group && ctx.prefixed.has(desc.group)) {
    const { own, aliases: groupAliases } = groupPrefixes(ctx.page, desc.group);
    const way = rng.weighted([['none', 1], ['group', 1.5], ...(groupAliases.length ? [['group-alias', 1]] : [])]);
    const prefix = way === 'group' ? own : way === 'group-alias' ? rng.pick(groupAliases) : '';
    const taken = [own, ...groupAliases].some((g) => core.startsWith(g));
    if (prefix && !taken) {
      core = prefix + core;
      prefixAxis = way;
    }
  }
  if (ctx.usedInSection.has(core)) {
    core = desc.label;
    labelTextAxis = 'label';
    prefixAxis = 'none';
  }
  return { core, labelTextAxis, prefixAxis };
}

export function drawField(rng, ctx, desc, raw, index) {
  const { stack, style, section } = ctx;
  const quantity = raw.quantity && ctx.profile.quantities ? ctx.profile.quantities[raw.quantity] : null;
  const axes = {};
  const out = {
    id: desc.id,
    page: ctx.page.id,
    screen: ctx.screenId,
    section: ctx.sectionIndex,
    base: desc.control,
    model: MODEL_OF[desc.control] || 'text',
    keys: desc.keys,
    multiple: desc.multiple,
    required: desc.required,
    limit: desc.control === 'text' || desc.control === 'textarea' ? desc.limit : null,
    conditional: !!desc.when,
    presence: 'shown',
  };
  if (!desc.required && desc.control !== 'upload' && !desc.when && rng.chance(0.03)) out.presence = 'omitted';
  axes.presence = out.presence;

  // The control
  if (quantity) {
    const unit = drawUnit(rng.fork('unit'), quantity);
    out.control = unit.control;
    out.quantity = { name: raw.quantity, ...unit };
    axes.unit = unit.unit;
    axes.control = unit.axis;
    if (unit.ranges) {
      out.options = unit.ranges.map((r) => ({ text: r.text, value: r.text }));
      delete out.limit;
    }
  } else {
    const drawn = drawControl(rng.fork('control'), desc, stack);
    out.control = drawn.control;
    axes.control = drawn.axis;
    if (desc.control === 'date-range') out.rangePicker = drawn.rangePicker;
  }
  if (OPTION_CONTROLS.includes(out.control) && !quantity) {
    const o = drawOptions(rng.fork('options'), ctx.profile, raw, desc.options || []);
    out.options = o.options;
    axes.optionWording = o.wording;
    // A dossier value among `missingOptions` has no equivalent on the page.
    if (o.missing.length) Object.assign(out, { expect: 'refuse', missingOptions: o.missing });
  }
  if (desc.control === 'cascader') {
    out.tree = desc.tree;
    if (out.control === 'grouped-checkbox' || out.control === 'grouped-select')
      out.options = desc.tree.flatMap((cat) => (cat.children || []).map((leaf) => ({ text: leaf.label, value: leaf.value, group: cat.value })));
  }
  if (desc.control === 'date' || desc.control === 'date-range') {
    const date = drawDateFormat(rng.fork('date'), stack);
    out.dateFormat = date.format;
    axes.dateFormat = date.axis;
  }
  if (desc.control === 'upload') {
    out.upload = { ...drawUploadNames(rng.fork('upload')), many: /其他/.test(desc.label) };
    axes.uploadNames = out.upload.names;
  }
  out.wide = WIDE_CONTROLS.includes(out.control);

  // The label
  const { core, labelTextAxis, prefixAxis } = drawCore(rng.fork('core'), ctx, desc, raw);
  axes.labelText = labelTextAxis;
  if (desc.group && ctx.prefixed.has(desc.group)) axes.labelPrefix = prefixAxis;
  const hints = hintsFor(desc, out.control, out.quantity ? null : out.limit);
  const hintKind = rng.chance(0.3) ? rng.pick(hints) : 'none';
  axes.hint = hintKind;
  const unitHint = out.quantity && out.quantity.unit === 'hint' ? bracketed(style.bracket, `单位：${out.quantity.word}`) : '';
  const hint = hintKind === 'none' ? '' : bracketed(style.bracket, hintText(hintKind, out.limit));
  if (hint || unitHint) axes.bracket = style.bracket;
  let position = section.body.labelPosition;
  if (section.body.kind === 'form' && PLACEHOLDER_CONTROLS.includes(out.control) && !unitHint && rng.chance(0.04))
    position = 'placeholder';
  const mark = desc.required ? style.requiredMark : 'none';
  if (desc.required) axes.requiredMark = mark;
  // A library's form-item draws its own leading asterisk with CSS.
  const markCss = stack !== 'plain' && position === 'left' && mark === 'before';
  const number = fieldNumber(section, index);
  axes.numbering = section.numbering;
  axes.colon = style.colon;
  const parts = labelParts({ number, mark, markCss, core, hint, unit: unitHint, colon: style.colon });
  out.label = { core, parts, text: labelText({ parts }), position };
  if (position === 'placeholder' || rng.chance(0.5))
    out.label.placeholder = `${['select', 'radio'].includes(out.control) ? '请选择' : '请输入'}${core}`;
  axes.labelPosition = position;
  if (position === 'cell') axes.labelCell = section.body.labelCell;
  if (position === 'left' || position === 'cell') {
    axes.labelAlign = section.body.labelAlign;
    axes.labelWrap = section.body.labelWrap;
  }
  const helpChance = desc.help ? 0.15 : 0.04;
  if (rng.chance(helpChance)) out.help = desc.help || '请按实际情况如实填写';
  axes.helpIcon = out.help ? 'icon' : 'none';
  out.axes = axes;
  return out;
}

export { aliasTable };
