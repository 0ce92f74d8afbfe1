// The side panel / sidebar: connection state, dossier and object choice,
// the plan table with counters and findings, fill one / fill all, jump,
// survey export. It talks only to the background over one runtime port.
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const $ = (id) => document.getElementById(id);
  const port = api.runtime.connect({ name: 'panel' });
  const waiting = new Map();
  let seq = 0;
  const state = { profile: null, page: null, tab: null, plan: null, revealed: new Set() };
  // panel.html?tab=<id>: a panel opened in its own window or tab (popped out,
  // or by the browser tests) works on that tab instead of the active one.
  const boundTab = Number(new URLSearchParams(location.search).get('tab')) || null;

  port.onMessage.addListener((m) => { const w = waiting.get(m.id); if (w) { waiting.delete(m.id); w(m.reply); } });
  const call = (type, params) => new Promise((resolve) => { const id = ++seq; waiting.set(id, resolve); port.postMessage({ id, type, params }); });
  const host = async (type, params) => { const r = await call('host', { type, params }); if (!r.ok) throw Object.assign(new Error(r.message || r.error || 'host'), r); return r.result; };
  const content = async (type, params) => { const r = await call('content', { tabId: state.tab.tabId, type, params }); if (!r || !r.ok) throw new Error((r && r.error) || 'content'); return r.result; };

  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);

  const MESSAGES = { missing: 'hostMissing', timeout: 'hostTimeout', incompatible: null };
  function showConnection(s) {
    const el = $('connection');
    el.classList.toggle('error', s.status !== 'ready');
    if (s.status === 'ready') el.textContent = t('hostVersion', [s.hello.host.version]);
    else if (s.status === 'incompatible') el.textContent = t(s.update === 'extension' ? 'extTooOld' : 'hostTooOld');
    else el.textContent = t(MESSAGES[s.status] || 'hostMissing') + (s.detail ? `\n(${s.detail})` : '');
  }

  async function start() {
    const s = await call('connect');
    showConnection(s);
    if (s.status !== 'ready') return;
    state.profile = (await host('profile.get', {})).profile;
    const { dossiers } = await host('dossier.list', {});
    $('dossier').replaceChildren(...dossiers.map((d) => new Option(`${d.entityName || d.id} (r${d.revision})`, d.id)));
    $('pick').hidden = false;
    await refreshPage();
  }

  async function refreshPage() {
    state.tab = await call('tab', boundTab ? { tabId: boundTab } : {});
    $('grant').hidden = state.tab.allowed || !/^http:\/\/127\.0\.0\.1/.test(state.tab.origin || '');
    if (!state.tab.allowed) { $('page-name').textContent = t('pageUnknown'); return; }
    const r = await content('recognize', { profile: state.profile });
    state.page = state.profile.pages.find((p) => p.id === r.page) || null;
    $('page-name').textContent = state.page ? `${state.page.title}${state.page.step ? ' · ' + state.page.step : ''}` : t('pageUnknown');
    await fillTargets();
  }

  // The dossier object the page is about (algorithm, product, path, function).
  async function fillTargets() {
    const row = $('target-row');
    const obj = state.page && state.page.object;
    if (!obj || !obj.includes('{')) { row.hidden = true; return; }
    const { dossier } = await host('dossier.get', { id: $('dossier').value });
    const opts = [];
    for (const a of obj.includes('{algorithm}') ? dossier.algorithms || [] : []) opts.push([{ algorithm: a.id }, a.basic.name]);
    for (const p of obj.includes('{product}') ? dossier.products || [] : []) {
      if (!obj.includes('{accessPath}')) { opts.push([{ product: p.id }, p.name]); continue; }
      for (const ap of p.accessPaths || []) {
        if (!obj.includes('{function}')) { opts.push([{ product: p.id, accessPath: ap.id }, `${p.name} › ${ap.path}`]); continue; }
        for (const fn of ap.functions || []) opts.push([{ product: p.id, accessPath: ap.id, function: fn.id }, `${p.name} › ${fn.name}`]);
      }
    }
    $('target').replaceChildren(...opts.map(([v, label]) => new Option(label, JSON.stringify(v))));
    row.hidden = false;
  }

  // ID numbers and mobiles stay masked until the person reveals them.
  const mask = (s) => (s.length <= 4 ? '*'.repeat(s.length) : s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2));

  function valueText(f) {
    const v = f.value;
    if (v == null) return '—';
    if (f.control === 'upload') return recordsOf(f).map((r) => fileName(r.path)).join('、') || '—';
    const s = typeof v === 'object' ? (Array.isArray(v) ? v.map((x) => [].concat(x).join(' / ')).join('、') : `${v.from || ''} 至 ${v.longTerm ? '长期' : v.to || ''}`) : String(v);
    return f.sensitive && !state.revealed.has(f.id) ? mask(s) : s;
  }

  function renderPlan(results = {}) {
    const tbody = $('fields').querySelector('tbody');
    tbody.replaceChildren(...state.plan.fields.map((f) => {
      const tr = document.createElement('tr');
      const eff = f.limit && f.limit.effective;
      const res = results[f.id];
      const td = () => tr.appendChild(document.createElement('td'));
      const span = (parent, cls, text) => { const e = parent.appendChild(document.createElement('span')); e.className = cls; e.textContent = text; return e; };
      const head = td();
      head.appendChild(document.createElement('strong'));
      head.appendChild(document.createElement('br'));
      span(head, 'status-' + f.status, t('status_' + f.status.replace(/-/g, '_')));
      if (res) span(head, 'result-' + res.status, ` · ${t('result_' + res.status)}${res.reason ? ' (' + res.reason + ')' : ''}`);
      td().className = 'value';
      const c = td();
      if (eff) span(c, 'counter' + (f.limit.over ? ' over' : ''), `${eff.count ?? 0} / ${eff.limit}`);
      td();
      tr.querySelector('strong').textContent = f.label;
      tr.children[1].textContent = valueText(f);
      for (const fd of f.findings || []) { const p = document.createElement('div'); p.className = fd.severity; p.textContent = fd.message ? fd.message.zh : fd.code; tr.children[1].append(p); }
      const cell = tr.children[3];
      const btn = (label, fn) => { const b = document.createElement('button'); b.type = 'button'; b.textContent = t(label); b.onclick = fn; cell.append(b); };
      if (f.status === 'found') { btn('fill', () => fill([f.id])); btn('jump', () => content('jump', { id: f.id })); }
      if (f.sensitive) btn('reveal', () => { state.revealed.add(f.id); renderPlan(results); });
      return tr;
    }));
    $('fields').hidden = false;
    $('fill-all').disabled = false;
  }

  async function plan() {
    await refreshPage();
    if (!state.page) return;
    const target = $('target-row').hidden ? undefined : JSON.parse($('target').value || '{}');
    const hostPlan = await host('page.plan', { id: $('dossier').value, page: state.page.id, ...(target ? { target } : {}) });
    state.plan = await content('plan', { page: state.page, planFields: hostPlan.fields });
    const list = $('dossier-findings');
    list.replaceChildren(...(hostPlan.findings || []).map((fd) => { const li = document.createElement('li'); li.className = fd.severity; li.textContent = `${fd.label || fd.path}: ${fd.message.zh}`; return li; }));
    renderPlan();
  }

  // The dossier's attachment records of an upload field (one or a list).
  const recordsOf = (f) => (f.value == null ? [] : [].concat(f.value)).filter((r) => r && r.path);
  const fileName = (path) => path.split(/[\\/]/).pop();

  // One attachment's bytes from the host, chunk by chunk (each reply stays
  // under the 1 MiB message limit), checked against the dossier's SHA-256.
  async function fetchAttachment(record) {
    let data = '';
    for (let offset = 0, eof = false; !eof;) {
      const r = await host('attachment.read', { id: $('dossier').value, path: record.path, offset });
      data += r.data;
      offset += atob(r.data).length;
      eof = r.eof;
    }
    const bin = atob(data);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    if (record.sha256 && digest !== record.sha256) throw Object.assign(new Error('attachment-changed'), { code: 'attachment-changed' });
    return { name: fileName(record.path), type: record.mediaType || 'application/octet-stream', data };
  }

  // Files for the upload fields being filled; a field whose file is missing
  // or changed on disk gets its reason instead of an upload.
  async function filesFor(ids) {
    const files = {};
    const problems = {};
    for (const f of state.plan.fields) {
      if (f.control !== 'upload' || f.status !== 'found' || (ids && !ids.includes(f.id))) continue;
      try { files[f.id] = await Promise.all(recordsOf(f).map(fetchAttachment)); } catch (e) { problems[f.id] = e.code === 'attachment-changed' ? 'attachment-changed' : 'file-missing'; }
    }
    return { files, problems };
  }

  async function fill(ids) {
    const { files, problems } = await filesFor(ids);
    const { results } = await content('apply', { ids, files });
    for (const r of results) if (problems[r.id]) Object.assign(r, { status: 'failed', reason: problems[r.id] });
    renderPlan(Object.fromEntries(results.map((r) => [r.id, r])));
  }

  // Structure only (labels, kinds, options, limits): the person saves the file.
  async function survey() {
    const s = await content('survey', {});
    const blob = new Blob([JSON.stringify({ profileVersion: state.profile && state.profile.profileVersion, page: state.page && state.page.id, ...s }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `beian-survey-${(state.page && state.page.id) || 'page'}.json`;
    a.click();
  }

  $('plan').onclick = () => plan().catch(showError);
  $('fill-all').onclick = () => fill(null).catch(showError);
  $('survey').onclick = () => survey().catch(showError);
  $('dossier').onchange = () => fillTargets().catch(showError);
  $('grant').onclick = () => api.permissions.request({ origins: ['http://127.0.0.1/*'], permissions: ['scripting'] }).then(refreshPage).catch(showError);
  function showError(e) { const el = $('connection'); el.classList.add('error'); el.textContent = e.message || String(e); }
  start().catch(showError);
})();
