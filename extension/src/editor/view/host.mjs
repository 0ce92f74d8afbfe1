// The editor's port to the background, which owns the native port to the
// host (as the panel's rpc.js does).
const api = globalThis.browser || globalThis.chrome;
let port = null;
const waiting = new Map();
let seq = 0;

function open() {
  port = api.runtime.connect({ name: 'editor' });
  port.onMessage.addListener((m) => { const w = waiting.get(m.id); if (w) { waiting.delete(m.id); w(m.reply); } });
  port.onDisconnect.addListener(() => { port = null; for (const [, w] of waiting) w({ ok: false, error: 'DISCONNECTED', message: 'disconnected' }); waiting.clear(); });
}

export const call = (type, params) => new Promise((resolve) => {
  if (!port) open();
  const id = ++seq;
  waiting.set(id, resolve);
  port.postMessage({ id, type, params });
});

// A host request; a refusal throws an Error with the protocol's code.
export async function host(type, params) {
  const r = await call('host', { type, params });
  if (!r.ok) throw Object.assign(new Error(r.message || r.error || 'host'), { code: r.error || (r.state && r.state.status), state: r.state });
  return r.result;
}
