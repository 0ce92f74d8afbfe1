// The panel's 编辑备案材料 button: the editor in a tab of its own, on the
// dossier chosen in the panel.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  P.$('open-editor').onclick = () => {
    const id = P.$('dossier').value;
    P.api.tabs.create({ url: P.api.runtime.getURL(`editor/editor.html${id ? `?id=${encodeURIComponent(id)}` : ''}`) });
  };
})(globalThis);
