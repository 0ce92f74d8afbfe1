// The plan table: per field its label and status, the value to fill, the
// host's findings, the reviewer's comments and a 变更 mark, an `n / limit`
// counter that turns red over the limit, and the field's buttons.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t } = P;

  const el = (parent, tag, cls, text) => {
    const e = parent.appendChild(document.createElement(tag));
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  // One row; actions: {fill(id), jump(id), teach(field), reveal(id)}.
  function row(f, res, state, actions) {
    const tr = document.createElement('tr');
    tr.dataset.field = f.id;
    const head = el(tr, 'td');
    el(head, 'strong', null, f.label);
    if (P.review.isChanged(state.notes, f)) el(head, 'span', 'changed', ` ${t('changedSinceApproved')}`);
    el(head, 'br');
    el(head, 'span', 'status-' + f.status, t('status_' + f.status.replace(/-/g, '_')));
    if (res) el(head, 'span', 'result-' + res.status, ` · ${t('result_' + res.status)}${res.reason ? ' (' + res.reason + ')' : ''}`);
    const value = el(tr, 'td', 'value', P.valueText(f, f.value, state.revealed));
    for (const fd of f.findings || []) el(value, 'div', fd.severity, fd.message ? fd.message.zh : fd.code);
    for (const c of P.review.commentsOf(state.notes, f)) el(value, 'div', 'comment', `${t('reviewerComment')}${c}`);
    const counter = el(tr, 'td');
    const eff = f.limit && f.limit.effective;
    if (eff) el(counter, 'span', 'counter' + (f.limit.over ? ' over' : ''), `${eff.count ?? 0} / ${eff.limit}`);
    const cell = el(tr, 'td');
    if (f.status === 'found') cell.append(P.button('fill', () => actions.fill([f.id])), P.button('jump', () => actions.jump(f.id)));
    if (['not-found', 'ambiguous', 'incompatible'].includes(f.status)) cell.append(P.button('teach', () => actions.teach(f), 'teach'));
    if (f.sensitive) cell.append(P.button('reveal', () => actions.reveal(f.id)));
    return tr;
  }

  // results: {fieldId: {status, reason}} of the last fill.
  function renderPlan(state, results, actions) {
    P.$('fields').querySelector('tbody').replaceChildren(...state.plan.fields.map((f) => row(f, results[f.id], state, actions)));
    P.$('fields').hidden = false;
    P.$('fill-all').disabled = false;
    P.$('capture').disabled = false;
  }

  P.table = { renderPlan };
})(globalThis);
