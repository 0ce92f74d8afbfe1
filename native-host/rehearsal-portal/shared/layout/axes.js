// Every axis a generated layout varies along, with its values. Each field of
// a spec is tagged with the value it got on every axis that applies to it
// (spec.fields[id].axes), so a benchmark can tabulate outcomes per value.
// docs/rehearsal-layouts.md describes each axis.
export const AXES = {
  // The screen and where the field sits on it
  stack: ['element-ui', 'element-plus', 'plain', 'ant-design-vue'],
  composition: ['single', 'combined', 'tabs'],
  frame: ['sections', 'one-table'],
  layout: ['form-1', 'form-2', 'form-3', 'table-1', 'table-2', 'dl'],
  heading: ['card', 'fieldset', 'collapse', 'h3', 'h4', 'divider', 'table-row', 'none'],
  headingNumber: ['none', 'chinese', 'arabic', 'paren'],
  groupWording: ['profile', 'alias'],
  legend: ['none', 'shown'],
  extras: ['none', 'some'],
  echo: ['none', 'rows'],
  // The label
  labelPosition: ['left', 'top', 'cell', 'dt', 'placeholder'],
  labelCell: ['th', 'td'],
  labelAlign: ['right', 'left'],
  labelWrap: ['nowrap', 'wrap'],
  labelText: ['label', 'alias'],
  labelPrefix: ['none', 'group', 'group-alias'],
  colon: ['none', 'half', 'full'],
  requiredMark: ['before', 'after', 'none'],
  hint: ['none', 'required', 'optional', 'choose', 'multiple', 'limit', 'if-any'],
  bracket: ['full', 'half'],
  numbering: ['none', 'arabic-dot', 'arabic-comma', 'paren-chinese', 'paren-arabic'],
  helpIcon: ['none', 'icon'],
  // The control and its values
  control: [
    'as-profile',
    'select-as-radio',
    'radio-as-select',
    'multi-as-checkbox',
    'checkbox-as-multi',
    'cascader-as-selects',
    'cascader-as-checkbox-groups',
    'cascader-as-grouped-select',
    'range-picker',
    'two-pickers',
    'number-input',
  ],
  dateFormat: ['iso', 'chinese', 'slash', 'native'],
  optionWording: ['profile', 'alias', 'no-equivalent'],
  unit: ['base', 'hint', 'suffix', 'range'],
  uploadNames: ['full', 'middle-ellipsis', 'replaced', 'count'],
  presence: ['shown', 'omitted'],
};

// Axes whose value is the same for every field of a spec or screen.
export const SCREEN_AXES = ['stack', 'composition', 'frame', 'legend', 'extras', 'echo'];
