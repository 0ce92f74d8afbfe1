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

  // state: the panel's state after a plan (hostPlan, dossier id).
  async function start(state) {
    $('capture-result').textContent = '';
    const { fields } = await P.content('read', {});
    const values = {};
    for (const f of fields) if (f.pageValue != null) values[f.id] = f.pageValue;
    const params = { id: state.dossierId, page: state.hostPlan.page.id, target: state.hostPlan.target, values };
    const preview = await P.host('page.capture', params);
    pending = { params, revision: preview.revision };
    show(preview);
    return preview;
  }

  // Saves the checked changes; returns the host's reply (null: nothing checked).
  async function confirm() {
    const accept = [...$('capture-changes').querySelectorAll('input[type=checkbox]:checked')].map((b) => b.dataset.field);
    if (!pending || !accept.length) return null;
    const saved = await P.host('page.capture', { ...pending.params, accept, baseRevision: pending.revision });
    pending = null;
    $('capture-view').hidden = true;
    return saved;
  }

  // Shown once the panel has planned the page again against the new revision.
  const showSaved = (saved) => { $('capture-result').textContent = t('captureSaved', [String(saved.applied.length), String(saved.revision)]); };

  function cancel() {
    pending = null;
    $('capture-view').hidden = true;
  }

  P.capture = { start, confirm, cancel, showSaved };
})(globalThis);
