// 编辑备案材料: the editor tab. Connects to the host through the background,
// builds the form from the dossier schema and the portal profile, opens a
// dossier (or starts a new one), checks it as the person types (the schema
// at once, the host's rules debounced), saves revisions, shows conflicts
// field by field, and lists the history with restore.
import schema from '../../../schemas/dossier.schema.json';
import skeleton from '../../../schemas/examples/skeleton-dossier.json';
import validate from 'virtual:dossier-validator';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import { FormModel } from './model/form-model.mjs';
import { Session } from './model/session.mjs';
import { resolve } from './model/merge.mjs';
import { uploadFile } from './model/upload.mjs';
import { accepting } from './model/checks.mjs';
import { get, set, parent } from './model/pointer.mjs';
import { call, host } from './view/host.mjs';
import { ask, t, lang } from './view/dom.mjs';
import { EditorView } from './view/editor-view.mjs';
import { showConflict } from './view/conflict.mjs';
import { showHistory } from './view/history.mjs';
import { STEPS, addFirst, newDossierForm, captureSkeleton, stepBar, captureGuide } from './view/wizard.mjs';

const $ = (id) => document.getElementById(id);
const session = new Session({ host, validate, localize: localizeZh, lang: lang() });
let model = null;
let view = null;
let wizard = null; // the guided path's step, or null
let known = []; // the stored dossiers' ids

for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);

const status = (text, cls = '') => { const el = $('status'); el.textContent = text; el.className = cls; };
const MESSAGES = { missing: 'hostMissing', timeout: 'hostTimeout' };
function showConnection(s) {
  const el = $('connection');
  el.classList.toggle('error', s.status !== 'ready');
  if (s.status === 'ready') el.textContent = t('hostVersion', [s.hello.host.version]);
  else if (s.status === 'incompatible') el.textContent = t(s.update === 'extension' ? 'extTooOld' : 'hostTooOld');
  else el.textContent = t(MESSAGES[s.status] || 'hostMissing') + (s.detail ? `\n(${s.detail})` : '');
}

// ---- Checks: the schema 150 ms and the host's rules 400 ms after the last
// edit (a keystroke itself only marks the document edited: comparing and
// validating an agency's dossier takes tens of ms, see bench/editor-edit.mjs).
let schemaItems = [];
let hostFindings = [];
let schemaTimer = null;
let hostTimer = null;
let hostSeq = 0;
const showChecks = () => view && view.setChecks([...schemaItems, ...hostFindings]);

function reflectDirty() {
  $('save').classList.toggle('dirty', session.dirty);
  const unsaved = t('editorUnsaved');
  if (session.dirty) status(unsaved);
  else if ($('status').textContent === unsaved) status('');
}

function checkSoon() {
  clearTimeout(schemaTimer);
  schemaTimer = setTimeout(() => {
    session.changed(); // the exact compare: an edit typed back is no change
    reflectDirty();
    schemaItems = session.schemaItems();
    showChecks();
  }, 150);
  clearTimeout(hostTimer);
  hostTimer = setTimeout(async () => {
    const mine = ++hostSeq;
    const items = await session.hostItems().catch((e) => e);
    if (mine !== hostSeq) return; // a newer check is on its way
    $('host-checks').textContent = items instanceof Error ? t('editorHostCheckFailed', [items.message]) : '';
    if (!(items instanceof Error)) hostFindings = items;
    showChecks();
  }, 400);
}

function changed() {
  session.dirty = true;
  reflectDirty();
  checkSoon();
}

// ---- Files: read, sent in chunks, recorded at pointer ("…/-" appends).
async function upload(pointer, file, progress) {
  progress.textContent = t('editorUploading');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const record = await uploadFile(host, session.id, { name: file.name, type: file.type, bytes }, (n, total) => { progress.textContent = `${Math.round((100 * n) / total)}%`; });
    if (pointer.endsWith('/-')) set(session.doc, parent(pointer), [...(get(session.doc, parent(pointer)) || []), record]);
    else {
      const old = get(session.doc, pointer);
      set(session.doc, pointer, old && old.declared ? { ...record, declared: old.declared } : record);
    }
    changed();
    view.render();
  } catch (e) {
    progress.textContent = (e.problem && e.problem[lang()]) || e.message;
    progress.className = 'progress error';
  }
}

// ---- A finding the filer waives (meta.acceptedFindings), after confirming.
async function accept(item, on) {
  if (on && !(await ask(t('editorAcceptAsk', [item.message])))) return;
  session.doc.meta.acceptedFindings = accepting(session.doc.meta, item, on, t('editorAcceptNote'));
  changed();
}

// ---- Opening, saving, history.
async function listDossiers(chosen) {
  const { dossiers } = await host('dossier.list', {});
  known = dossiers.map((d) => d.id);
  $('dossier').replaceChildren(...dossiers.map((d) => new Option(`${d.entityName || d.id} (r${d.revision})`, d.id)));
  if (chosen) $('dossier').value = chosen;
  return dossiers;
}

let shown = null; // the dossier the view last showed
async function open(id) {
  await session.open(id);
  history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  $('layout').hidden = false;
  $('toolbar').hidden = false;
  view = view || new EditorView(session, model, { changed, upload, accept });
  if (shown !== id) view.current = 'entity'; // another dossier opens at its beginning
  shown = id;
  view.only = wizard == null ? null : STEPS[wizard];
  if (wizard != null) view.current = STEPS[wizard];
  view.render();
  drawWizard();
  status('');
  hostFindings = [];
  checkSoon();
}

async function save() {
  const r = await session.save();
  if (r.invalid) {
    schemaItems = r.invalid;
    showChecks();
    status(t('editorInvalid', [String(r.invalid.length)]), 'error');
    return false;
  }
  if (r.conflict) {
    const choices = await showConflict(model, r.conflict.result, r.conflict.revision);
    if (!choices) { status(t('editorConflictOpen'), 'error'); return false; }
    session.adopt(resolve(r.conflict.result, choices), r.conflict.theirs, r.conflict.revision);
    view.render();
    return save();
  }
  await listDossiers(session.id);
  reflectDirty();
  checkSoon();
  status(t('editorSaved', [String(r.saved)]), 'saved');
  return true;
}

const leaveOk = async () => !session.dirty || ask(t('editorDiscard'));

async function restore(revision) {
  if (!(await leaveOk())) return false;
  const r = await host('history.restore', { id: session.id, revision, baseRevision: session.revision, reason: `恢复修订 ${revision}（编辑器）` });
  await listDossiers(session.id);
  await open(session.id);
  status(t('editorRestored', [String(revision), String(r.revision)]), 'saved');
  return true;
}

// ---- A new dossier.
function newDossier() {
  $('layout').hidden = false;
  $('nav').replaceChildren();
  $('wizard-slot').replaceChildren();
  $('main').replaceChildren(newDossierForm(known, {
    onCancel: session.id ? () => open(session.id) : null,
    onStart: async (id, mode) => {
      const doc = structuredClone(skeleton);
      if (mode === 'capture') captureSkeleton(model, doc);
      else wizard = 0;
      await session.create(id, doc);
      await listDossiers(id);
      await open(id);
      if (mode === 'capture') showCaptureGuide();
    },
  }));
  $('toolbar').hidden = known.length === 0;
}

function drawWizard() {
  if (wizard == null) { $('wizard-slot').replaceChildren(); return; }
  const go = (step) => {
    wizard = step;
    const doc = session.doc;
    // The step's object is created when the person gets there.
    if (STEPS[step] === 'algorithm:0' && !(doc.algorithms || []).length) { addFirst(model, doc, '/algorithms'); changed(); }
    if (STEPS[step] === 'product:0' && !(doc.products || []).length) { addFirst(model, doc, '/products'); changed(); }
    view.only = STEPS[step];
    view.show(STEPS[step]);
    drawWizard();
  };
  $('wizard-slot').replaceChildren(stepBar(wizard, {
    onBack: () => go(wizard - 1),
    onNext: () => go(wizard + 1),
    onFinish: () => { wizard = null; view.only = null; view.render(); drawWizard(); },
  }));
}

function showCaptureGuide() {
  const guide = captureGuide(session.id, {
    onReload: () => reloadIfSaved(true),
    onDone: () => { guide.remove(); clearInterval(poll); },
  });
  $('wizard-slot').replaceChildren(guide);
  const poll = setInterval(() => { if (!document.hidden) reloadIfSaved(false); }, 3000);
}

// A revision saved elsewhere (the panel's capture) is loaded when nothing is unsaved here.
async function reloadIfSaved(force) {
  const { dossiers } = await host('dossier.list', {});
  const stored = dossiers.find((d) => d.id === session.id);
  if (!stored || (stored.revision === session.revision && !force) || session.dirty) return;
  const guide = $('capture-guide');
  await open(session.id);
  if (guide) { $('wizard-slot').replaceChildren(guide); guide.querySelector('.status').textContent = t('editorCaptured', [String(stored.revision)]); }
}

// ---- Start.
async function start() {
  const s = await call('connect');
  showConnection(s);
  if (s.status !== 'ready') return;
  model = new FormModel(schema, (await host('profile.get', {})).profile);
  const dossiers = await listDossiers();
  const wanted = new URLSearchParams(location.search).get('id');
  if (wanted && known.includes(wanted)) { $('dossier').value = wanted; await open(wanted); } else if (dossiers.length) await open(dossiers[0].id);
  else newDossier();
}

const run = (fn) => () => Promise.resolve().then(fn).catch((e) => status(e.message || String(e), 'error'));
$('save').onclick = run(save);
$('new').onclick = run(async () => { if (await leaveOk()) { wizard = null; newDossier(); } });
$('history').onclick = run(() => showHistory(host, session.id, { onRestore: restore }));
$('dossier').onchange = run(async () => {
  if (await leaveOk()) { wizard = null; await open($('dossier').value); } else $('dossier').value = session.id;
});
window.addEventListener('beforeunload', (e) => { if (session.dirty) { e.preventDefault(); e.returnValue = ''; } });
globalThis.BeianEditor = { session, get view() { return view; }, save }; // for the browser tests
start().catch((e) => { $('connection').classList.add('error'); $('connection').textContent = e.message || String(e); });
