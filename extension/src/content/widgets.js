// Which elements make up one field's control. A component library draws a
// select, a date picker or a radio group as one root element holding inputs,
// icons and option texts; plain HTML has bare inputs that belong together (a
// radio group by name, a date pair with a 长期 box, 省/市/区 selects). Read-only.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});

  // A library's widget root: everything inside is one control and its texts are
  // the control's own (options, placeholders, counters), never labels.
  const WIDGET_ROOTS = [
    '.el-select', '.el-cascader', '.el-date-editor', '.el-radio-group', '.el-checkbox-group', '.el-upload',
    '.el-upload-list', '.el-input-number', '.el-textarea', '.el-input', '.el-autocomplete', '.el-switch',
    '.ant-select', '.ant-cascader', '.ant-picker', '.ant-radio-group', '.ant-checkbox-group', '.ant-upload-wrapper',
    '.ant-upload', '.ant-upload-list', '.ant-input-number', '.ant-input-number-group-wrapper', '.ant-input-affix-wrapper',
    '.ant-input-textarea', '.ant-input-group-wrapper', '.ant-input',
    '[role=radiogroup]', '[role=group][aria-labelledby]', '[role=combobox]:not(input)', '[role=listbox]:not(ul)',
  ].join(', ');

  // Popup layers (dropdowns, pickers, tooltips) are not part of the form:
  // their texts and inputs belong to whichever widget opened them.
  const POPUPS = [
    '.el-popper', '.el-select-dropdown', '.el-picker-panel', '.el-cascader__dropdown', '.el-tooltip__popper',
    '.ant-select-dropdown', '.ant-picker-dropdown', '.ant-cascader-dropdown', '.ant-tooltip', '.ant-popover',
    '.ant-message', '.el-message', '[role=tooltip]', '[role=dialog][aria-modal=true]',
  ].join(', ');

  // Texts that never name a field: scripts, styles, buttons, links and the
  // texts of popups.
  const NOT_TEXT = 'script, style, template, noscript, button, a[href], [role=button], select, option, textarea';

  const CHOICE = /^(radio|checkbox)$/i;
  const NATIVE_CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), textarea, select, [contenteditable=""], [contenteditable=true]';

  // The outermost library root around el (el itself included), below `stop`.
  function libraryRoot(el, stop) {
    let found = null;
    for (let n = el; n && n !== stop && n.nodeType === 1; n = n.parentElement) if (n.matches(WIDGET_ROOTS)) found = n;
    return found;
  }

  // What a native control is, for deciding what it may be joined with.
  function nativeKind(el) {
    if (el.tagName === 'SELECT') return 'select';
    if (el.tagName === 'TEXTAREA') return 'text';
    const t = (el.getAttribute('type') || 'text').toLowerCase();
    if (CHOICE.test(t)) return t;
    if (t === 'date' || t === 'month' || t === 'datetime-local') return 'date';
    if (t === 'file') return 'file';
    return 'text';
  }

  // Kinds of widgets that make one field when nothing but separators (至, -)
  // stands between them: a date pair and its 长期 box, dependent selects, the
  // boxes of one group. Text inputs never join: each names a field of its own.
  const JOINS = {
    date: new Set(['date', 'checkbox', 'widget-date']),
    'widget-date': new Set(['date', 'checkbox', 'widget-date']),
    select: new Set(['select']),
    radio: new Set(['radio']),
    checkbox: new Set(['checkbox']),
    'widget-choice': new Set(['checkbox', 'radio', 'widget-choice']),
  };
  const joins = (a, b) => !!(JOINS[a] && JOINS[a].has(b));

  // A widget's kind for JOINS: a library root by its class, a native control
  // by its type.
  function widgetKind(el) {
    if (!el.matches(WIDGET_ROOTS)) return nativeKind(el);
    if (el.matches('.el-date-editor, .ant-picker')) return 'widget-date';
    if (el.matches('.el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group, [role=radiogroup], [role=group]')) return 'widget-choice';
    return 'widget';
  }

  // The option text of a radio or checkbox: its label, else the text after it.
  function choiceLabel(input) {
    const lab = (input.labels && input.labels[0]) || input.closest('label');
    if (lab) return lab;
    return null;
  }

  const isSeparator = (s) => /^[\s至到~～\-—–_/、,，.。:：|]*$/.test(s);

  BA.widgets = { WIDGET_ROOTS, POPUPS, NOT_TEXT, NATIVE_CONTROL, CHOICE, libraryRoot, nativeKind, widgetKind, joins, choiceLabel, isSeparator };
})(globalThis);
