// Phase 3, apply: write one planned field through its adapter, read it
// back, and say what happened: filled, skipped or failed, with a static
// reason code (never a value). Origin and element are re-checked at write
// time; a value the page does not keep is reported as not-kept.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { sameText, lengthIn } = BA.text;
  const { isUsable } = BA.dom;
  const { Refusal, nextTurn, nextFrame } = BA.events;

  const yesNo = (v) => (typeof v === 'boolean' ? (v ? '是' : '否') : v);
  const isEmpty = (v) => v == null || v === '' || (Array.isArray(v) && !v.length);

  // Each wanted entry has its own entry among the shown ones (same count).
  function sameList(read, want, one) {
    if (!Array.isArray(read) || read.length !== want.length) return false;
    const left = [...read];
    return want.every((w) => { const i = left.findIndex((r) => one(r, w)); return i >= 0 && left.splice(i, 1); });
  }

  // Does what the page shows stand for the wanted value? same(pageText,
  // wanted) decides for texts (synonyms, units, ranges); lists in any order;
  // paths by level, or by their last level where a page shows them flat;
  // booleans as the 是/否 radios show them; 长期 ranges without their end.
  function matches(read, want, same = sameText) {
    read = yesNo(read);
    want = yesNo(want);
    if (isEmpty(want)) return isEmpty(read);
    if (typeof want === 'boolean' || typeof read === 'boolean') return read === want;
    if (Array.isArray(want)) {
      const path = (r, w) => (Array.isArray(w) ? (Array.isArray(r) ? r.length === w.length && w.every((x, i) => same(r[i], x)) : same(r, w[w.length - 1])) : !Array.isArray(r) && same(r, w));
      return sameList(read, want, path);
    }
    if (typeof want === 'object') {
      if (!read || typeof read !== 'object') return false;
      return same(read.from || '', want.from || '') && !!read.longTerm === !!want.longTerm && (want.longTerm || same(read.to || '', want.to || ''));
    }
    return typeof read === 'string' && same(read, String(want));
  }
  // Kept for callers that compare without a field's vocabulary.
  const sameValue = (a, b) => matches(a, b);

  // The origin recorded at plan time must still be this frame's origin, and
  // this must be a top-level, non-sandboxed document.
  function checkFrame(win, entry, allowedOrigins) {
    if (win.top !== win) throw new Refusal('frame-refused');
    if (win.origin === 'null' || win.location.origin === 'null') throw new Refusal('sandboxed');
    if (win.location.origin !== entry.origin) throw new Refusal('origin-changed');
    if (allowedOrigins && !allowedOrigins.includes(win.location.origin)) throw new Refusal('origin-not-allowed');
  }

  // row: the plan row (id, value, limit, applies); opts.allowedOrigins.
  async function applyField(win, row, opts = {}) {
    const entry = BA.registry.get(row.id);
    const result = (status, reason) => ({ id: row.id, status, reason: reason || null });
    if (row.applies === false) return result('skipped', 'not-applicable');
    if (!entry) return result('failed', 'not-planned');
    if (row.writeKind === 'upload' || row.kind === 'upload') return applyUpload(win, row, entry, opts, result);
    if (row.value == null || (Array.isArray(row.value) && !row.value.length && row.kind !== 'checkbox-group')) return result('skipped', 'no-value');
    const limit = row.limit && row.limit.effective;
    if (limit && typeof row.value === 'string' && row.limit.checks.some((c) => lengthIn(row.value, c.unit) > c.limit)) return result('skipped', 'over-limit');
    try {
      checkFrame(win, entry, opts.allowedOrigins);
      const content = entry.item.content;
      if (!content.isConnected || !isUsable(content)) throw new Refusal('element-gone');
      const same = entry.vocab ? entry.vocab.same : sameText;
      const before = safeRead(entry);
      if (matches(before, row.value, same)) return result('skipped', 'unchanged');
      let outcome = null;
      for (const value of attemptsFor(entry, row.value)) {
        try {
          await entry.adapter.write(content, entry.kind, value, { same });
          if (await kept(entry, row.value, opts.settleMs ?? SETTLE_MS)) return result('filled');
          outcome = 'not-kept';
        } catch (e) {
          outcome = e instanceof Refusal ? e.reason : 'error';
          if (outcome !== 'not-kept') break;
        }
      }
      // Nothing half-written stays: a 长期 ticked without its date, a first
      // level chosen without the rest.
      await restore(entry, before, same);
      return result('failed', outcome);
    } catch (e) {
      if (e instanceof Refusal) return result('failed', e.reason);
      return result('failed', 'error');
    }
  }

  // What to type, in order: a number in the page's unit; a date in the
  // dossier's form, then in each other date format the profile lists (a
  // picker takes only its own); anything else as it is.
  function attemptsFor(entry, value) {
    if (!entry.vocab) return [value];
    if (/^(text|textarea)$/.test(entry.kind)) return [entry.vocab.write(value)];
    if (/^(date|date-range)$/.test(entry.kind)) return entry.vocab.forms(value);
    return [value];
  }

  // Puts back what the field held before a failed write, where the field can
  // take it again (texts, dates, boxes); a select that cannot be cleared is
  // left and its failure reported.
  async function restore(entry, before, same) {
    const now = safeRead(entry);
    if (matches(now, before, same) || now === before) return;
    const empty = before == null || before === '' || (Array.isArray(before) && !before.length);
    try {
      if (entry.adapter.clear && empty) await entry.adapter.clear(entry.item.content, entry.kind);
      else if (/^(text|textarea|date|date-range|checkbox-group|checkbox|multi-select)$/.test(entry.kind)) await entry.adapter.write(entry.item.content, entry.kind, before == null ? '' : before, { same });
    } catch { /* reported as the write's failure */ }
  }

  // Uploads carry the files the panel fetched from the host (opts.files by
  // field id); without them the field is skipped, never guessed.
  async function applyUpload(win, row, entry, opts, result) {
    const files = opts.files && opts.files[row.id];
    if (!files || !files.length) return result('skipped', row.value == null ? 'no-value' : 'no-file');
    try {
      checkFrame(win, entry, opts.allowedOrigins);
      const content = entry.item.content;
      if (!content.isConnected || !isUsable(content)) throw new Refusal('element-gone');
      const outcome = await BA.upload.upload(win, content, files, { timeoutMs: opts.uploadTimeoutMs });
      if (outcome === 'unchanged') return result('skipped', 'unchanged');
      if (outcome === 'list-unreadable') return result('skipped', outcome);
      return outcome === 'filled' ? result('filled') : result('failed', outcome);
    } catch (e) {
      return result('failed', e instanceof Refusal ? e.reason : 'error');
    }
  }

  // How long a widget may take to show the value written (a select shows
  // its label a render later); only a value that is not kept waits this long.
  const SETTLE_MS = 300;

  // Read back after the app's next render (one task: Vue flushes in
  // microtasks), then on each frame until the page shows the value or
  // settleMs have passed. A page that puts its own value back in its
  // handlers or its render is caught here; a later reset by the final check.
  async function kept(entry, value, settleMs) {
    const end = Date.now() + settleMs;
    await nextTurn();
    for (;;) {
      if (matches(safeRead(entry), value, entry.vocab ? entry.vocab.same : sameText)) return true;
      if (Date.now() >= end) return false;
      await nextFrame();
    }
  }

  function safeRead(entry) {
    try { return entry.adapter.read(entry.item.content, entry.kind); } catch { return null; }
  }

  // Fields one after another (a person's order; dropdowns share the page's
  // popper layer), then one more look at every field filled: a value the
  // page took back since (a timer, another field's change handler) is
  // not-kept, not filled.
  const isUpload = (row) => row.writeKind === 'upload' || row.kind === 'upload';

  // Fields one after another (a dropdown's popper must close before the
  // next opens); uploads after them and together, since each waits on the
  // page's own server round trip, not on the page's widgets.
  async function applyAll(win, rows, opts = {}) {
    const out = new Array(rows.length);
    const wrote = new Map();
    const uploads = [];
    for (const [i, row] of rows.entries()) {
      if (row.status !== 'found') out[i] = { id: row.id, status: 'skipped', reason: row.status };
      else if (isUpload(row)) uploads.push(i);
      else {
        out[i] = await applyField(win, row, opts);
        if (out[i].status === 'filled') wrote.set(out[i], row);
      }
    }
    await Promise.all(uploads.map(async (i) => { out[i] = await applyField(win, rows[i], opts); }));
    if (wrote.size) {
      await nextFrame();
      await nextTurn();
      for (const [r, row] of wrote) {
        const entry = BA.registry.get(row.id);
        if (!entry || !matches(safeRead(entry), row.value, entry.vocab ? entry.vocab.same : sameText)) Object.assign(r, { status: 'failed', reason: 'not-kept' });
      }
    }
    return out;
  }

  // Does the page still show this planned row's value?
  // Uploads are confirmed by their list when sent, never read back here.
  function keptNow(row) {
    if (isUpload(row)) return true;
    const entry = BA.registry.get(row.id);
    return !!entry && matches(safeRead(entry), row.value, entry.vocab ? entry.vocab.same : sameText);
  }

  BA.apply = { applyField, applyAll, sameValue, matches, kept: keptNow };
})(globalThis);
