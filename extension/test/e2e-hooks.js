// Test builds only (scripts/build-extension.mjs --test-build adds it to the
// Firefox background; shipped packages never contain it). WebDriver BiDi
// cannot navigate a tab to a moz-extension:// page, so the browser tests ask
// for the panel by loading a loopback page whose query holds
// "beian-e2e-panel": the background then opens panel.html bound to that tab,
// as the sidebar would be bound to it. "beian-e2e-editor" opens the editor
// page (editor/editor.html) in a tab of its own.
(function (root) {
  'use strict';
  const api = root.browser || root.chrome;
  const TRIGGER = /^http:\/\/127\.0\.0\.1:\d+\/[^#]*[?&]beian-e2e-panel(?:[=&#]|$)/;
  const EDITOR = /^http:\/\/127\.0\.0\.1:\d+\/[^#]*[?&]beian-e2e-editor(?:[=&#]|$)/;
  const opened = new Set();
  api.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete' || !tab.url || opened.has(tabId)) return;
    if (TRIGGER.test(tab.url)) {
      opened.add(tabId);
      api.tabs.create({ url: api.runtime.getURL(`panel/panel.html?tab=${tabId}`), active: false });
    } else if (EDITOR.test(tab.url)) {
      opened.add(tabId);
      api.tabs.create({ url: api.runtime.getURL('editor/editor.html'), active: true });
    }
  });
  api.tabs.onRemoved.addListener((tabId) => opened.delete(tabId));
})(globalThis);
