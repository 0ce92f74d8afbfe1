// The content script's message handler: the panel (through the background)
// asks for recognition, a plan, an apply, a read, a jump, a pick or a
// survey. Runs only in the top frame of the portal's origin (manifest:
// all_frames false).
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const api = root.browser || root.chrome;
  if (!api || !api.runtime || BA.listening) return;
  BA.listening = true;
  let lastPlan = null;

  // Scroll to the field and outline it for a moment; no value is touched.
  function jump(id) {
    const entry = BA.registry.get(id);
    if (!entry) return { ok: false, reason: 'not-planned' };
    const el = entry.item.root;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const prev = el.style.outline;
    el.style.outline = '3px solid #e6a23c';
    setTimeout(() => { el.style.outline = prev; }, 2500);
    return { ok: true };
  }

  // Structure only, never values: labels, kinds, options, limits, required.
  function survey() {
    return BA.match.usableItems(document).items.map((it) => {
      const { adapter, kind } = BA.adapters.adapterFor(it.content);
      return { label: it.label, source: it.source, library: adapter.lib, kind, options: adapter.options ? adapter.options(it.content, kind) : null,
        limit: adapter.limit(it.content, kind), required: /required/.test(it.root.className) || !!it.root.querySelector('.req, [aria-required=true], [required]') };
    });
  }

  const HANDLERS = {
    recognize: ({ profile }) => BA.recognize.recognize(document, profile),
    // sections: [{page, planFields}] for every profile page the screen shows.
    plan: ({ sections, overrides, vocabulary }) => (lastPlan = BA.plan.buildPlan(document, sections, { overrides, vocabulary })),
    apply: async ({ ids, allowedOrigins, files }) => {
      if (!lastPlan) return { results: [] };
      const rows = lastPlan.fields.filter((f) => !ids || ids.includes(f.id));
      return { results: await BA.apply.applyAll(window, rows, { allowedOrigins, files }) };
    },
    // The filled fields whose value the page no longer shows.
    verify: ({ ids }) => ({ lost: (lastPlan ? lastPlan.fields : []).filter((f) => ids.includes(f.id) && !BA.apply.kept(f)).map((f) => f.id) }),
    read: () => ({ fields: lastPlan ? lastPlan.fields.map((f) => { const e = BA.registry.get(f.id); return { id: f.id, pageValue: e ? e.adapter.read(e.item.content, e.kind) : null }; }) : [] }),
    jump: ({ id }) => jump(id),
    tabs: () => ({ tabs: BA.tabs.describe(document) }),
    activateTab: ({ index }) => BA.tabs.activate(document, index),
    pick: ({ timeoutMs }) => BA.pick.pick(window, { timeoutMs }),
    survey: () => ({ url: location.origin + location.pathname + location.hash.replace(/\?.*$/, ''), items: survey() }),
  };

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || msg.to !== 'content' || !HANDLERS[msg.type]) return false;
    if (sender.id !== api.runtime.id) return false;
    Promise.resolve()
      .then(() => HANDLERS[msg.type](msg.params || {}))
      .then((result) => sendResponse({ ok: true, result }), (e) => sendResponse({ ok: false, error: String(e && e.message ? 'content-error' : e) }));
    return true;
  });
})(globalThis);
