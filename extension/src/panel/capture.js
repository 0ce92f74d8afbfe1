// Capture: the page's current values back into the dossier. The host
// compares them with the stored dossier (page.capture) and the person sees a
// field-by-field diff, each change with a checkbox; only the confirmed ones
// become a new revision, against the revision the diff was made from (a
// save in between is a conflict, never overwritten).
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $ } = P;
  let pending = null; // {params, revision}

  function changeRow(c) {
    const tr = document.createElement('tr');
    tr.dataset.field = c.field;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
    box.dataset.field = c.field;
    const label = document.createElement('label');
    label.append(box, ` ${c.label}`);
    const f = { id: c.field, control: '', sensitive: c.sensitive };
    const cells = [label, P.valueText(f, c.from), '→', P.valueText(f, c.to)];
    for (const content of cells) { const td = tr.appendChild(document.createElement('td')); td.append(content); }
    tr.children[1].className = 'from';
    tr.children[3].className = 'to';
    return tr;
  }

  function show(preview) {
    $('capture-changes').querySelector('tbody').replaceChildren(...preview.changes.map(changeRow));
    $('capture-skipped').replaceChildren(...preview.skipped.map((s) => {
      const li = document.createElement('li');
      li.textContent = `${s.label}：${t('captureSkipped_' + s.reason.replace(/-/g, '_'))}`;
      return li;
    }));
    $('capture-summary').textContent = preview.changes.length ? t('captureChanges', [String(preview.changes.length), String(preview.revision)]) : t('captureNoChanges');
    $('capture-confirm').disabled = !preview.changes.length;
    $('capture-view').hidden = false;
  }

  // state: the panel's state after a plan (hostPlans, dossier id). Each page
  // on the screen is compared on its own; the previews are shown as one.
  async function start(state) {
    $('capture-result').textContent = '';
    const { fields } = await P.content('read', {});
    const read = new Map(fields.filter((f) => f.pageValue != null).map((f) => [f.id, f.pageValue]));
    const pages = [];
    const merged = { changes: [], skipped: [], revision: null };
    for (const hp of state.hostPlans) {
      const ids = new Set(hp.fields.map((f) => f.id));
      const values = Object.fromEntries([...read].filter(([id]) => ids.has(id)));
      const params = { id: state.dossierId, page: hp.page.id, target: hp.target, values };
      const preview = await P.host('page.capture', params);
      pages.push({ params, fields: new Set(preview.changes.map((c) => c.field)) });
      merged.changes.push(...preview.changes);
      merged.skipped.push(...preview.skipped);
      merged.revision = preview.revision;
    }
    pending = { pages, revision: merged.revision };
    show(merged);
    return merged;
  }

  // Saves the checked changes, page by page, each against the revision the
  // one before it made; returns the last reply with every applied change
  // (null: nothing checked).
  async function confirm() {
    const accept = new Set([...$('capture-changes').querySelectorAll('input[type=checkbox]:checked')].map((b) => b.dataset.field));
    if (!pending || !accept.size) return null;
    let revision = pending.revision;
    let saved = null;
    const applied = [];
    for (const page of pending.pages) {
      const ids = [...page.fields].filter((id) => accept.has(id));
      if (!ids.length) continue;
      saved = await P.host('page.capture', { ...page.params, accept: ids, baseRevision: revision });
      revision = saved.revision;
      applied.push(...saved.applied);
    }
    pending = null;
    $('capture-view').hidden = true;
    return saved && { ...saved, applied };
  }

  // Shown once the panel has planned the page again against the new revision.
  const showSaved = (saved) => { $('capture-result').textContent = t('captureSaved', [String(saved.applied.length), String(saved.revision)]); };

  function cancel() {
    pending = null;
    $('capture-view').hidden = true;
  }

  P.capture = { start, confirm, cancel, showSaved };
})(globalThis);
