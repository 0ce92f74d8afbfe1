// Element Plus (Vue 3): the shared Element adapter for documents with its
// el-input__wrapper / el-select__wrapper elements.
(function (root) {
  'use strict';
  const A = root.BeianAssist.adapters;
  A['element-plus'] = A.makeElement('element-plus', (doc) => A.elementIsPlus(doc));
})(globalThis);
