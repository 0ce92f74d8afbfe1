// Element UI 2.15 (Vue 2): the shared Element adapter for documents without
// Element Plus's wrapper elements.
(function (root) {
  'use strict';
  const A = root.BeianAssist.adapters;
  A['element-ui'] = A.makeElement('element-ui', (doc) => !A.elementIsPlus(doc));
})(globalThis);
