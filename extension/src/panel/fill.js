// Filling: one field, or all of them in passes. Fill all first writes every
// field the plan found. Some fields only appear once another is chosen (角色
// after 算法类型 = 生成合成), and a page may draw its form anew on a choice
// (the planned elements are gone): the page is planned again and what is now
// there is filled. A page split over tabs shows one tab at a time: each other
// tab is opened, planned and filled the same way, and the tab the person was
// on is shown again at the end. A field is only ever written where the
// latest plan found it on the screen.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { content } = P;

  // Results another pass may still change: the field was not on the screen,
  // or the page redrew it under the filler.
  const RETRY = new Set(['not-found', 'element-gone', 'ambiguous', 'incompatible', 'not-planned']);
  const waiting = (state, f) => { const r = state.results[f.id]; return f.applies !== false && (!r || (r.status !== 'filled' && RETRY.has(r.reason))); };

  // The attachments are fetched from the host while the page takes the other
  // fields; the uploads go last, once their files are here and checked.
  async function applyRows(state, ids) {
    const rows = state.plan.fields.filter((f) => ids.includes(f.id));
    const uploads = rows.filter((f) => f.control === 'upload').map((f) => f.id);
    const others = rows.filter((f) => f.control !== 'upload').map((f) => f.id);
    const fetching = P.attachments.filesFor(state.dossierId, state.current.fields, uploads);
    const first = others.length ? await content('apply', { ids: others }) : { results: [] };
    const { files, problems } = await fetching;
    const second = uploads.length ? await content('apply', { ids: uploads, files }) : { results: [] };
    const results = [...first.results, ...second.results];
    for (const r of results) if (problems[r.id]) Object.assign(r, { status: 'failed', reason: problems[r.id] });
    Object.assign(state.results, Object.fromEntries(results.map((r) => [r.id, r])));
  }

  // The screen planned again. The table keeps a row's earlier finding when the
  // field was filled in another pass (another tab) and is not on the screen now.
  async function replan(state, params) {
    const before = new Map((state.plan ? state.plan.fields : []).map((f) => [f.id, f]));
    state.current = await content('plan', params());
    const kept = (f) => { const b = before.get(f.id); return f.status !== 'found' && b && b.status === 'found' && state.results[f.id]; };
    state.plan = { ...state.current, fields: state.current.fields.map((f) => (kept(f) ? before.get(f.id) : f)) };
  }

  // Plans again and fills what is found now and still waiting; how many.
  async function pass(state, params) {
    await replan(state, params);
    const ids = state.current.fields.filter((f) => f.status === 'found' && waiting(state, f)).map((f) => f.id);
    if (ids.length) await applyRows(state, ids);
    return ids.length;
  }

  async function viaTabs(state, params) {
    if (!state.plan.fields.some((f) => waiting(state, f))) return;
    const { tabs } = await content('tabs', {});
    const start = tabs.findIndex((tab) => tab.active);
    if (tabs.length < 2 || start < 0) return;
    for (let i = 0; i < tabs.length; i += 1) {
      if (i === start) continue;
      await content('activateTab', { index: i });
      if (await pass(state, params)) await pass(state, params);
    }
    await content('activateTab', { index: start });
    await replan(state, params);
  }

  // Fields other fields depend on (a profile field's `when` names their
  // path: 算法类型 decides whether 角色 is shown). They go first, and the page
  // is planned again before the rest: a page may redraw its form on them.
  function drivers(state) {
    const ids = new Set();
    for (const page of state.pages) {
      const paths = new Set(page.fields.filter((f) => f.when).map((f) => f.when.path));
      for (const f of page.fields) if (paths.has(f.path)) ids.add(f.id);
    }
    return state.current.fields.filter((f) => ids.has(f.id) && f.status === 'found').map((f) => f.id);
  }

  // A last read of every field filled: a value the page took back since (a
  // later choice reset it, the form was drawn anew) is written once more,
  // then reported not-kept if it is gone again.
  async function recheck(state, params) {
    for (let round = 0; round < 2; round += 1) {
      await replan(state, params);
      const filled = state.current.fields.filter((f) => f.status === 'found' && (state.results[f.id] || {}).status === 'filled').map((f) => f.id);
      const { lost } = await content('verify', { ids: filled });
      if (!lost.length) return;
      for (const id of lost) state.results[id] = { id, status: 'failed', reason: 'not-kept' };
      if (round === 0) await applyRows(state, lost);
    }
  }

  // ids: the fields to fill, or null for fill all; params() → the plan request.
  async function fill(state, ids, params) {
    if (ids) return applyRows(state, ids.filter((id) => state.current.fields.some((f) => f.id === id && f.status === 'found')));
    const first = drivers(state);
    if (first.length) { await applyRows(state, first); await replan(state, params); }
    await applyRows(state, state.current.fields.map((f) => f.id).filter((id) => !first.includes(id)));
    if (state.plan.fields.some((f) => waiting(state, f))) await pass(state, params);
    await viaTabs(state, params);
    await recheck(state, params);
  }

  P.fill = { fill, replan };
})(globalThis);
