// Background (Chromium service worker / Firefox event page): owns the one
// native port while a panel is open and relays the panel's requests to the
// host and to the content script of the active tab. It never stores or logs
// values.
/* global importScripts */
if (typeof importScripts === 'function' && !globalThis.BeianProtocol) importScripts('../shared/protocol.js');

(function (root) {
  'use strict';
  const api = root.browser || root.chrome;
  const { HostConnection } = root.BeianProtocol;
  const host = new HostConnection(api);
  const panels = new Set();
  const PORTAL = 'https://beian.cac.gov.cn';

  // The toolbar button opens the side panel (Chromium) or the sidebar (Firefox).
  if (api.sidePanel && api.sidePanel.setPanelBehavior) api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  else if (api.sidebarAction && api.action) api.action.onClicked.addListener(() => api.sidebarAction.toggle());

  // Loopback origins the person granted from the panel (optional permission).
  async function allowedOrigins() {
    const perms = await api.permissions.getAll();
    const loop = (perms.origins || []).filter((o) => /^http:\/\/127\.0\.0\.1\//.test(o));
    return [PORTAL, ...(loop.length ? ['http://127.0.0.1'] : [])];
  }

  // Once the person grants the loopback origin (and scripting), the same
  // content scripts are registered for the rehearsal portal.
  async function registerRehearsal() {
    if (!api.scripting || !api.scripting.registerContentScripts) return;
    const has = await api.permissions.contains({ origins: ['http://127.0.0.1/*'], permissions: ['scripting'] });
    const existing = await api.scripting.getRegisteredContentScripts({ ids: ['rehearsal'] });
    if (!has || existing.length) return;
    const js = api.runtime.getManifest().content_scripts[0].js;
    await api.scripting.registerContentScripts([{ id: 'rehearsal', matches: ['http://127.0.0.1/*'], js, runAt: 'document_idle', allFrames: false }]);
  }
  if (api.permissions.onAdded) api.permissions.onAdded.addListener(() => registerRehearsal().catch(() => {}));

  // The action's menu opens the dossier editor in a tab (created anew at
  // each start: Chromium keeps menus across restarts, an event page may not).
  const EDITOR = 'editor/editor.html';
  if (api.contextMenus) {
    api.contextMenus.removeAll(() => api.contextMenus.create({ id: 'open-editor', title: api.i18n.getMessage('openEditor'), contexts: ['action'] }));
    api.contextMenus.onClicked.addListener((info) => { if (info.menuItemId === 'open-editor') api.tabs.create({ url: api.runtime.getURL(EDITOR) }); });
  }

  const originOf = (url) => { try { return new URL(url).origin; } catch { return null; } };
  const isAllowed = (origin, allowed) => allowed.some((a) => origin === a || (a === 'http://127.0.0.1' && /^http:\/\/127\.0\.0\.1(:\d+)?$/.test(origin)));

  async function activeTab() {
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab || null;
  }

  const HANDLERS = {
    connect: async () => host.connect(),
    host: async ({ type, params }) => {
      const state = await host.connect();
      if (state.status !== 'ready') return { ok: false, state };
      return { ok: true, result: await host.request(type, params) };
    },
    tab: async ({ tabId } = {}) => {
      const tab = tabId ? await api.tabs.get(tabId).catch(() => null) : await activeTab();
      const allowed = await allowedOrigins();
      const origin = tab && originOf(tab.url);
      const ok = !!origin && isAllowed(origin, allowed);
      // The URL only of a portal tab: the panel keeps page choices by route.
      return { tabId: tab ? tab.id : null, origin, allowed: ok, url: ok ? tab.url : null };
    },
    content: async ({ tabId, type, params }) => {
      const tab = await api.tabs.get(tabId);
      const allowed = await allowedOrigins();
      const origin = originOf(tab.url);
      if (!isAllowed(origin, allowed)) return { ok: false, error: 'origin-not-allowed' };
      const p = { ...(params || {}) };
      // The origins a write may happen on come from here, never from the page.
      if (type === 'apply') p.allowedOrigins = [origin];
      return api.tabs.sendMessage(tabId, { to: 'content', type, params: p }, { frameId: 0 });
    },
  };

  api.runtime.onConnect.addListener((port) => {
    // The panel and the editor page share the one native port.
    if (!['panel', 'editor'].includes(port.name) || (port.sender && port.sender.id !== api.runtime.id)) return;
    panels.add(port);
    port.onMessage.addListener(async (msg) => {
      const h = HANDLERS[msg && msg.type];
      let reply;
      try { reply = h ? await h(msg.params || {}) : { ok: false, error: 'unknown' }; } catch (e) { reply = { ok: false, error: e.code || 'error', message: e.message }; }
      try { port.postMessage({ id: msg.id, reply }); } catch { /* panel closed */ }
    });
    // The native port lives exactly as long as some panel is open.
    port.onDisconnect.addListener(() => {
      panels.delete(port);
      if (!panels.size) host.disconnect();
    });
  });

  root.BeianBackground = { host, HANDLERS };
})(globalThis);
