// The adapter table: the first whose detect() accepts an item's content
// handles it; native is last and accepts anything.
(function (root) {
  'use strict';
  const A = root.BeianAssist.adapters;
  const ORDER = ['element-plus', 'element-ui', 'ant-design-vue', 'native'];

  function adapterFor(content) {
    for (const name of ORDER) {
      const a = A[name];
      if (a && a.detect(content)) {
        const k = a.kind(content);
        if (k) return { adapter: a, kind: k };
      }
    }
    return { adapter: A.native, kind: A.native.kind(content) };
  }

  A.ORDER = ORDER;
  A.adapterFor = adapterFor;
})(globalThis);
