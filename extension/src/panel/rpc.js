// The panel's one runtime port to the background, and the three ways it
// talks through it: to the background itself, to the host, to the content
// script of the portal tab. Shared by the panel's other scripts.
(function (root) {
  'use strict';
  const P = (root.BeianPanel = root.BeianPanel || {});
  const api = root.browser || root.chrome;
  const port = api.runtime.connect({ name: 'panel' });
  const waiting = new Map();
  let seq = 0;

  port.onMessage.addListener((m) => { const w = waiting.get(m.id); if (w) { waiting.delete(m.id); w(m.reply); } });
  const call = (type, params) => new Promise((resolve) => { const id = ++seq; waiting.set(id, resolve); port.postMessage({ id, type, params }); });

  async function host(type, params) {
    const r = await call('host', { type, params });
    if (!r.ok) throw Object.assign(new Error(r.message || r.error || 'host'), r);
    return r.result;
  }

  // tabId: the portal tab the panel works on (P.state.tab).
  async function content(type, params) {
    const r = await call('content', { tabId: P.state.tab.tabId, type, params });
    if (!r || !r.ok) throw new Error((r && r.error) || 'content');
    return r.result;
  }

  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const $ = (id) => document.getElementById(id);

  // A <button> with a localised label that runs fn, errors shown once.
  function button(label, fn, cls) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = t(label);
    if (cls) b.className = cls;
    b.onclick = () => Promise.resolve().then(fn).catch(P.showError);
    return b;
  }

  function showError(e) {
    const el = $('connection');
    el.classList.add('error');
    el.textContent = e.message || String(e);
  }

  Object.assign(P, { api, call, host, content, t, $, button, showError });
})(globalThis);
