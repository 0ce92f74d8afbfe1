// The native-messaging client: one long-lived port to cn.beianassist.host,
// the hello handshake with a timeout, request ids, per-request timeouts, and
// one actionable state when the host is missing, silent or too old.
// Classic script: importScripts() in Chromium's service worker,
// background.scripts in Firefox.
(function (root) {
  'use strict';
  const HOST = 'cn.beianassist.host';
  const PROTOCOL = { min: 1, max: 1 };

  class HostConnection {
    constructor(api, { helloTimeout = 5000, requestTimeout = 20000 } = {}) {
      this.api = api;
      this.helloTimeout = helloTimeout;
      this.requestTimeout = requestTimeout;
      this.port = null;
      this.pending = new Map();
      this.nextId = 1;
      this.state = { status: 'idle' };
      this.ready = null;
    }

    // Resolves with the state: ready (with hello), missing, incompatible or timeout.
    connect() {
      if (this.ready) return this.ready;
      this.ready = (async () => {
        try {
          this.port = this.api.runtime.connectNative(HOST);
        } catch (e) {
          return this.fail('missing', e && e.message);
        }
        this.port.onMessage.addListener((m) => this.onMessage(m));
        this.port.onDisconnect.addListener((p) => this.onDisconnect(p));
        const manifest = this.api.runtime.getManifest();
        try {
          const hello = await this.request('hello', { protocol: PROTOCOL, extension: { version: manifest.version, browser: root.browser ? 'firefox' : 'chromium' } }, this.helloTimeout);
          if (hello.compatible === false) return this.fail('incompatible', null, { hello, update: hello.update });
          this.state = { status: 'ready', hello };
          return this.state;
        } catch (e) {
          return this.fail(e.code === 'TIMEOUT' ? 'timeout' : 'missing', e.message);
        }
      })();
      return this.ready;
    }

    fail(status, detail, extra = {}) {
      this.state = { status, detail: detail || null, ...extra };
      this.disconnect(false);
      return this.state;
    }

    request(type, params = {}, timeout = this.requestTimeout) {
      if (!this.port) return Promise.reject(Object.assign(new Error('not connected'), { code: 'DISCONNECTED' }));
      const id = String(this.nextId++);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          reject(Object.assign(new Error(`${type} timed out`), { code: 'TIMEOUT' }));
        }, timeout);
        this.pending.set(id, { resolve, reject, timer });
        this.port.postMessage({ v: 1, id, type, params });
      });
    }

    onMessage(m) {
      const p = m && this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.result);
      else p.reject(Object.assign(new Error((m.error && m.error.message) || 'host error'), { code: m.error && m.error.code }));
    }

    // Chromium reports why in runtime.lastError, Firefox on the port.
    onDisconnect(port) {
      const err = (port && port.error) || (this.api.runtime.lastError) || null;
      const message = err ? err.message : 'disconnected';
      for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(Object.assign(new Error(message), { code: 'DISCONNECTED' })); }
      this.pending.clear();
      this.port = null;
      this.ready = null;
      if (this.state.status === 'ready' || this.state.status === 'idle') this.state = { status: 'missing', detail: message };
    }

    disconnect(reset = true) {
      if (this.port) { try { this.port.disconnect(); } catch { /* already gone */ } }
      this.port = null;
      if (reset) { this.ready = null; this.state = { status: 'idle' }; }
      else this.ready = null;
    }
  }

  root.BeianProtocol = { HOST, PROTOCOL, HostConnection };
})(globalThis);
