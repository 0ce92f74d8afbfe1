// The side panel / sidebar: connection state, dossier and object choice,
// then per page the plan (核对), fill one / fill all, jump, capture, teach
// and survey export. The other panel scripts (rpc, values, attachments,
// review, table, capture, teach) each do one of these; this one holds the
// state and wires the buttons.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $, host, content } = P;
  const state = (P.state = { profile: null, page: null, tab: null, plan: null, hostPlan: null, notes: null, dossierId: null, revealed: new Set(), results: {} });
  // panel.html?tab=<id>: a panel opened in its own window or tab (popped out,
  // or by the browser tests) works on that tab instead of the active one.
  const boundTab = Number(new URLSearchParams(location.search).get('tab')) || null;

  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);

  const MESSAGES = { missing: 'hostMissing', timeout: 'hostTimeout', incompatible: null };
  function showConnection(s) {
    const el = $('connection');
    el.classList.toggle('error', s.status !== 'ready');
    if (s.status === 'ready') el.textContent = t('hostVersion', [s.hello.host.version]);
    else if (s.status === 'incompatible') el.textContent = t(s.update === 'extension' ? 'extTooOld' : 'hostTooOld');
    else el.textContent = t(MESSAGES[s.status] || 'hostMissing') + (s.detail ? `\n(${s.detail})` : '');
  }

  async function listDossiers() {
    const { dossiers } = await host('dossier.list', {});
    const chosen = $('dossier').value;
    $('dossier').replaceChildren(...dossiers.map((d) => new Option(`${d.entityName || d.id} (r${d.revision})`, d.id)));
    if (chosen && dossiers.some((d) => d.id === chosen)) $('dossier').value = chosen;
  }

  async function start() {
    const s = await P.call('connect');
    showConnection(s);
    if (s.status !== 'ready') return;
    state.profile = (await host('profile.get', {})).profile;
    await listDossiers();
    $('pick').hidden = false;
    $('materials').hidden = false;
    await refreshPage();
  }

  async function refreshPage() {
    state.tab = await P.call('tab', boundTab ? { tabId: boundTab } : {});
    $('grant').hidden = state.tab.allowed || !/^http:\/\/127\.0\.0\.1/.test(state.tab.origin || '');
    if (!state.tab.allowed) { $('page-name').textContent = t('pageUnknown'); return; }
    const r = await content('recognize', { profile: state.profile });
    state.page = state.profile.pages.find((p) => p.id === r.page) || null;
    $('page-name').textContent = state.page ? `${state.page.title}${state.page.step ? ' · ' + state.page.step : ''}` : t('pageUnknown');
    await fillTargets();
  }

  // The dossier object the page is about (algorithm, product, path, function).
  // The object template names it ({algorithm}), or the page's `targets` do
  // (关联产品功能 is filled for one algorithm).
  const wants = (k) => !!state.page && ((state.page.object || '').includes(`{${k}}`) || (state.page.targets || []).includes(k));
  async function fillTargets() {
    const row = $('target-row');
    if (!wants('algorithm') && !wants('product')) { row.hidden = true; return; }
    const chosen = $('target').value;
    const { dossier } = await host('dossier.get', { id: $('dossier').value });
    const opts = [];
    for (const a of wants('algorithm') ? dossier.algorithms || [] : []) opts.push([{ algorithm: a.id }, a.basic.name]);
    for (const p of wants('product') ? dossier.products || [] : []) {
      if (!wants('accessPath')) { opts.push([{ product: p.id }, p.name]); continue; }
      for (const ap of p.accessPaths || []) {
        if (!wants('function')) { opts.push([{ product: p.id, accessPath: ap.id }, `${p.name} › ${ap.path}`]); continue; }
        for (const fn of ap.functions || []) opts.push([{ product: p.id, accessPath: ap.id, function: fn.id }, `${p.name} › ${fn.name}`]);
      }
    }
    $('target').replaceChildren(...opts.map(([v, label]) => new Option(label, JSON.stringify(v))));
    if (chosen && opts.some(([v]) => JSON.stringify(v) === chosen)) $('target').value = chosen;
    row.hidden = false;
  }

  const actions = {
    fill: (ids) => fill(ids),
    jump: (id) => content('jump', { id }),
    reveal: (id) => { state.revealed.add(id); render(); },
    teach: async (f) => { if (await P.teach.teach(f)) await plan(); },
  };
  const render = () => P.table.renderPlan(state, state.results, actions);

  async function plan() {
    await refreshPage();
    if (!state.page) return;
    state.dossierId = $('dossier').value;
    const target = $('target-row').hidden ? undefined : JSON.parse($('target').value || '{}');
    state.hostPlan = await host('page.plan', { id: state.dossierId, page: state.page.id, ...(target ? { target } : {}) });
    const { dossier } = await host('dossier.get', { id: state.dossierId });
    state.notes = await P.review.annotate(state.dossierId, dossier, state.hostPlan);
    state.plan = await content('plan', { page: state.page, planFields: state.hostPlan.fields });
    state.results = {};
    $('dossier-findings').replaceChildren(...(state.hostPlan.findings || []).map((fd) => { const li = document.createElement('li'); li.className = fd.severity; li.textContent = `${fd.label || fd.path}: ${fd.message.zh}`; return li; }));
    render();
  }

  // The attachments are fetched from the host while the page takes the other
  // fields; the uploads go last, once their files are here and checked.
  async function applyRows(ids) {
    const rows = state.plan.fields.filter((f) => !ids || ids.includes(f.id));
    const uploads = rows.filter((f) => f.control === 'upload').map((f) => f.id);
    const others = rows.filter((f) => f.control !== 'upload').map((f) => f.id);
    const fetching = P.attachments.filesFor(state.dossierId, state.plan.fields, uploads);
    const first = others.length ? await content('apply', { ids: others }) : { results: [] };
    const { files, problems } = await fetching;
    const second = uploads.length ? await content('apply', { ids: uploads, files }) : { results: [] };
    const results = [...first.results, ...second.results];
    for (const r of results) if (problems[r.id]) Object.assign(r, { status: 'failed', reason: problems[r.id] });
    Object.assign(state.results, Object.fromEntries(results.map((r) => [r.id, r])));
  }

  // Fill all makes a second pass: some fields only appear once another is
  // chosen (角色 after 算法类型 = 生成合成), and a page may draw its form
  // anew on that choice (the planned elements are gone). The page is planned
  // again and those fields are filled now.
  async function fill(ids) {
    await applyRows(ids);
    const again = state.plan.fields.filter((f) => (f.status === 'not-found' && f.applies) || (state.results[f.id] || {}).reason === 'element-gone').map((f) => f.id);
    if (!ids && again.length) {
      state.plan = await content('plan', { page: state.page, planFields: state.hostPlan.fields });
      const found = state.plan.fields.filter((f) => again.includes(f.id) && f.status === 'found').map((f) => f.id);
      if (found.length) await applyRows(found);
    }
    render();
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

  async function confirmCapture() {
    const saved = await P.capture.confirm();
    if (!saved) return;
    await listDossiers();
    await plan();
    P.capture.showSaved(saved);
  }

  // One action at a time: a plan and a fill (or two plans) never interleave
  // their page and panel state.
  let queue = Promise.resolve();
  const serial = (fn) => (queue = queue.then(fn, fn));
  const on = (id, fn) => { $(id).onclick = () => serial(fn).catch(P.showError); };
  on('plan', plan);
  on('fill-all', () => fill(null));
  on('capture', () => P.capture.start(state));
  on('capture-confirm', confirmCapture);
  on('capture-cancel', () => P.capture.cancel());
  on('survey', survey);
  on('drafts', () => P.documents.draft($('dossier').value).then(() => P.checklist.show($('dossier').value)));
  on('checklist', () => P.checklist.show($('dossier').value));
  on('grant', () => P.api.permissions.request({ origins: ['http://127.0.0.1/*'], permissions: ['scripting'] }).then(refreshPage));
  $('dossier').onchange = () => fillTargets().catch(P.showError);
  start().catch(P.showError);
})(globalThis);
