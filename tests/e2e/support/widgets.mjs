// Where each component library puts the parts of a widget a person clicks:
// the select's trigger and options, a cascader's panel and menus, pickers,
// the upload list's busy state, and the poppers that must close before the
// next click.
export const TEXT_INPUT =
  'input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio]):not([readonly]), textarea';

const ELEMENT_CASCADER = {
  trigger: '.el-cascader',
  panel: '.el-cascader__dropdown',
  menu: '.el-cascader-menu',
  node: '.el-cascader-node',
  label: '.el-cascader-node__label',
  box: '.el-checkbox',
};
export const WIDGETS = {
  'element-ui': {
    select: '.el-select .el-input',
    option: '.el-select-dropdown__item',
    poppers: '.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel, .el-popper',
    cascader: ELEMENT_CASCADER,
    uploading: '.is-uploading',
  },
  'element-plus': {
    select: '.el-select__wrapper',
    option: '.el-select-dropdown__item',
    poppers: '.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel, .el-popper',
    cascader: ELEMENT_CASCADER,
    uploading: '.is-uploading',
  },
  'ant-design-vue': {
    select: '.ant-select-selector',
    option: '.ant-select-item-option',
    // A picker's input is read-only until it is clicked.
    dateInput: '.ant-picker input',
    // A virtual list: options out of view are not in the page until scrolled to.
    optionList: '.rc-virtual-list-holder',
    poppers: '.ant-select-dropdown, .ant-picker-dropdown, .ant-cascader-dropdown, .ant-tooltip',
    cascader: {
      trigger: '.ant-select-selector',
      panel: '.ant-cascader-dropdown',
      menu: '.ant-cascader-menu',
      node: '.ant-cascader-menu-item',
      label: '.ant-cascader-menu-item-content',
      box: '.ant-cascader-checkbox',
    },
    uploading: '.ant-upload-list-item-uploading',
  },
};
