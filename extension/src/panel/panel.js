// The side panel / sidebar: connection state, dossier and object choice,
// then per page the plan (核对), fill one / fill all, jump, capture, teach
// and survey export. The other panel scripts (rpc, values, attachments,
// review, table, capture, teach) each do one of these; this one holds the
// state and wires the buttons.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $, host, content } = P;
  const state = (P.state = { profile: null, page: null, pages: [], screen: null, tab: null, plan: null, hostPlan: null, hostPlans: [], notes: null, dossierId: null, revealed: new Set(), results: {} });
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

  // Which pages the tab shows: recognised, kept from the person's earlier
  // choice for this route, or to be asked (state.screen.how === 'ask').
  async function refreshPage() {
    state.tab = await P.call('tab', boundTab ? { tabId: boundTab } : {});
    $('grant').hidden = state.tab.allowed || !/^http:\/\/127\.0\.0\.1/.test(state.tab.origin || '');
    state.pages = [];
    if (!state.tab.allowed) { $('page-name').textContent = t('pageUnknown'); return; }
    const recognition = await content('recognize', { profile: state.profile });
    state.screen = await P.screen.pagesFor(state.profile, state.tab, recognition);
    state.pages = state.screen.pages;
    state.page = state.pages[0] || null;
    $('page-name').textContent = state.pages.length ? P.screen.pageNames(state.pages) : t(state.screen.how === 'ask' && recognition.candidates.length ? 'pageChoose' : 'pageUnknown');
    $('page-change').hidden = !recognition.candidates.length && !state.pages.length;
    await fillTargets();
  }

  // The dossier object the pages are about (algorithm, product, path,
  // function): the union of what each page names in its object template
  // ({algorithm}) or its `targets` (关联产品功能 is filled for one algorithm).
  const wants = (k) => state.pages.some((p) => (p.object || '').includes(`{${k}}`) || (p.targets || []).includes(k));
  async function fillTargets() {
    const row = $('target-row');
    if (!wants('algorithm') && !wants('product')) { row.hidden = true; return; }
    const chosen = $('target').value;
    const { dossier } = await P.readDossier($('dossier').value);
    const opts = [];
    const products = [];
    for (const p of wants('product') ? dossier.products || [] : []) {
      if (!wants('accessPath')) { products.push([{ product: p.id }, p.name]); continue; }
      for (const ap of p.accessPaths || []) {
        if (!wants('function')) { products.push([{ product: p.id, accessPath: ap.id }, `${p.name} › ${ap.path}`]); continue; }
        for (const fn of ap.functions || []) products.push([{ product: p.id, accessPath: ap.id, function: fn.id }, `${p.name} › ${fn.name}`]);
      }
    }
    for (const a of wants('algorithm') ? dossier.algorithms || [] : []) {
      if (!products.length) opts.push([{ algorithm: a.id }, a.basic.name]);
      else for (const [v, label] of products) opts.push([{ algorithm: a.id, ...v }, `${a.basic.name} · ${label}`]);
    }
    if (!wants('algorithm')) opts.push(...products);
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

  // 核对: the host plans every page the screen shows for the chosen object,
  // and the content script matches all their fields together.
  async function plan() {
    await refreshPage();
    if (state.screen && state.screen.how === 'ask' && !state.pages.length) {
      if (!state.screen.recognition.candidates.length) return;
      return choosePages();
    }
    if (!state.pages.length) return;
    state.dossierId = $('dossier').value;
    const target = $('target-row').hidden ? undefined : JSON.parse($('target').value || '{}');
    state.hostPlans = await Promise.all(state.pages.map((p) => host('page.plan', { id: state.dossierId, page: p.id, ...(target ? { target } : {}) })));
    state.hostPlan = state.hostPlans[0];
    const { dossier } = await P.readDossier(state.dossierId);
    state.notes = await P.review.annotateAll(state.dossierId, dossier, state.hostPlans);
    state.plan = state.current = await content('plan', planParams());
    state.results = {};
    const findings = state.hostPlans.flatMap((hp) => hp.findings || []);
    const unique = [...new Map(findings.map((fd) => [`${fd.code}|${fd.path}`, fd])).values()];
    $('dossier-findings').replaceChildren(...unique.map((fd) => { const li = document.createElement('li'); li.className = fd.severity; li.textContent = `${fd.label || fd.path}: ${fd.message.zh}`; return li; }));
    render();
  }

  const planParams = () => ({
    sections: state.pages.map((p, i) => ({ page: p, planFields: state.hostPlans[i].fields })),
    vocabulary: { optionAliases: state.profile.optionAliases || {}, quantities: state.profile.quantities || {}, dateFormats: state.profile.dateFormats || [] },
  });

  // The person names the pages this screen shows; kept for the route, then
  // planned. The chooser waits for the person outside the action queue.
  function choosePages() {
    $('page-name').textContent = t('pageChoose');
    const key = state.screen.key;
    P.screen.ask(state.profile, state.screen.recognition)
      .then((ids) => serial(async () => { await P.screen.remember(key, ids); await plan(); }))
      .catch(P.showError);
  }

  // One field or all of them (null): fill.js makes the passes.
  async function fill(ids) {
    await P.fill.fill(state, ids, planParams);
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
  // state.busy counts the actions queued or running (the tests wait on it).
  let queue = Promise.resolve();
  state.busy = 0;
  const serial = (fn) => {
    state.busy += 1;
    const run = () => Promise.resolve().then(fn).finally(() => { state.busy -= 1; });
    return (queue = queue.then(run, run));
  };
  const on = (id, fn) => { $(id).onclick = () => serial(fn).catch(P.showError); };
  on('plan', plan);
  on('page-change', async () => { await refreshPage(); if (state.screen) choosePages(); });
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
