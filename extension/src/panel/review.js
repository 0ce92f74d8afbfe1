// What the filing record says about the fields of this page: the reviewer's
// comments of a 退回 still open (the scope's latest mark is `returned`), and
// the fields changed since the scope's last approved baseline (each needs a
// 变更 filing). Both come from the host (filing.reply, filing.changes);
// rows are keyed by the profile field id, or by label where the host names
// only the label.
(function (root) {
  'use strict';
  const P = root.BeianPanel;

  const sameTarget = (a, b) => {
    const keys = new Set([...Object.keys(a || {}), ...Object.keys(b || {})]);
    return [...keys].every((k) => (a || {})[k] === (b || {})[k]);
  };
  const onThisPage = (item, plan) => item.page === plan.page.id && sameTarget(item.target, plan.target);
  const scopeKey = (m) => (m.scope === 'algorithm' ? `algorithm:${m.algorithm}` : 'entity');

  // The scopes whose latest mark is a 退回: {algorithm?} params for filing.reply.
  function returnedScopes(dossier) {
    const latest = new Map();
    for (const m of (dossier.meta && dossier.meta.baselines) || []) latest.set(scopeKey(m), m);
    return [...latest.values()].filter((m) => m.status === 'returned').map((m) => (m.scope === 'algorithm' ? { algorithm: m.algorithm } : {}));
  }

  // plans: the host's page.plan results of the pages on the screen.
  // → {comments: Map(key → [text]), changed: Set(key)}
  async function annotateAll(dossierId, dossier, plans) {
    const comments = new Map();
    const changed = new Set();
    const onScreen = (item) => plans.some((plan) => onThisPage(item, plan));
    for (const scope of returnedScopes(dossier)) {
      const reply = await P.host('filing.reply', { id: dossierId, ...scope }).catch(() => null);
      for (const item of (reply && reply.items) || []) {
        if (!onScreen(item)) continue;
        comments.set(item.label, [...(comments.get(item.label) || []), item.comment]);
      }
    }
    const { filings } = await P.host('filing.changes', { id: dossierId });
    for (const filing of filings) {
      if (filing.baselineMissing) continue; // never approved: a first filing, not a 变更
      for (const e of filing.entries) if (onScreen(e)) changed.add(e.field || e.label);
    }
    return { comments, changed };
  }

  // The marks of a row: by field id, else by label.
  const commentsOf = (notes, f) => (notes && (notes.comments.get(f.id) || notes.comments.get(f.label))) || [];
  const isChanged = (notes, f) => !!notes && (notes.changed.has(f.id) || notes.changed.has(f.label));

  P.review = { annotateAll, commentsOf, isChanged };
})(globalThis);
