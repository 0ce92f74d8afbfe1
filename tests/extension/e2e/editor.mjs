// The editor driven as a person drives it, in either browser: from an empty
// data directory, the guided path and then the full editor re-create the
// sample dossier by typing, choosing, ticking and picking files; the checks
// appear beside their fields before any save; a schema-invalid document is
// not written; two writers (the editor and `beian-assist restore`) end in a
// field-by-field conflict that loses neither value.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BINARY, ROOT, SAMPLE, until, waitIn } from './support.mjs';
import { capturePreview, confirmCapture, fillPageThroughPanel, goTo, planInPanel } from './pages.mjs';

const FILES = join(ROOT, 'schemas', 'examples', 'attachments');
const log = (m) => { if (process.env.BEIAN_E2E_TIMING) console.error(`# ${new Date().toISOString().slice(11, 23)} editor: ${m}`); };

// A host request through the editor's own connection.
export const editorHost = (editor, type, params) => editor.evaluate((t, p) => globalThis.BeianEditor.session.host(t, p), type, params);

// Values the host treats alike as "not filled" (absent, '', [], null) are
// dropped, so the comparison is of what a person entered.
export function pruned(v) {
  if (Array.isArray(v)) { const a = v.map(pruned).filter((x) => x !== undefined); return a.length ? a : undefined; }
  if (v && typeof v === 'object') {
    const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pruned(x)]).filter(([, x]) => x !== undefined));
    return Object.keys(o).length ? o : undefined;
  }
  return v === '' || v === null ? undefined : v;
}
export const content = ({ meta, ...rest }) => pruned(rest); // eslint-disable-line no-unused-vars

const sel = (pointer) => `#main [data-pointer="${pointer}"]`;
const click = (editor, selector) => editor.$eval(selector, (e) => e.click());

// Types into a text control (what was there is selected and replaced).
async function typeInto(editor, selector, text) {
  const el = await editor.waitForSelector(selector, { timeout: 10_000 });
  await el.evaluate((e) => { e.focus(); if (e.select) e.select(); });
  await el.type(text);
}

async function control(editor, pointer) {
  await editor.waitForSelector(sel(pointer), { timeout: 10_000 });
  return editor.$eval(sel(pointer), (e) => e.dataset.control || 'group');
}

// One picked file, by the sample record's file name; resolves once recorded.
async function pick(editor, selector, record, shown) {
  const input = await editor.waitForSelector(selector, { timeout: 10_000 });
  await input.uploadFile(join(FILES, record.path.split('/').pop()));
  await waitIn(editor, `the file ${record.path} recorded`, shown.fn, shown.args, 30_000);
}

// Enters the sample's value at pointer through whatever control draws it.
export async function enter(editor, pointer, value) {
  if (value == null || value === '' || (Array.isArray(value) && !value.length)) return;
  const kind = await control(editor, pointer);
  switch (kind) {
    case 'text': case 'textarea': case 'date': case 'number':
      return typeInto(editor, `${sel(pointer)} > .control > :is(input, textarea)`, String(value));
    case 'select': return (await editor.$(`${sel(pointer)} select`)).select(value);
    case 'yesno': return click(editor, `${sel(pointer)} input[value="${value}"]`);
    case 'check': if (value === true) await click(editor, `${sel(pointer)} input[type=checkbox]`); return undefined;
    case 'tokens': {
      const sep = (await editor.$eval(`${sel(pointer)} input`, (e) => e.placeholder)).includes('/') ? ' / ' : '、';
      return typeInto(editor, `${sel(pointer)} input`, value.join(sep));
    }
    case 'choices': {
      const options = await editor.$$eval(`${sel(pointer)} input[type=checkbox]`, (bs) => bs.map((b) => b.value));
      for (const v of value.filter((x) => options.includes(x))) await click(editor, `${sel(pointer)} input[value="${v}"]`);
      const others = value.filter((x) => !options.includes(x));
      return others.length ? typeInto(editor, `${sel(pointer)} input.other`, others.join('、')) : undefined;
    }
    case 'paths': for (const p of value) await click(editor, `${sel(pointer)} input[data-path="${p.join(' / ')}"]`); return undefined;
    case 'attachment':
      await pick(editor, `${sel(pointer)} > .control input.pick`, value, { fn: (p, name) => document.querySelector(`#main [data-pointer="${p}"] .file-name`)?.textContent === name, args: [pointer, value.path.split('/').pop()] });
      return enterDescription(editor, pointer, value);
    case 'attachments':
      for (const [i, record] of value.entries()) {
        await pick(editor, `${sel(pointer)} input.pick-add`, record, { fn: (p, n) => document.querySelectorAll(`#main [data-pointer="${p}"] .items > .field .file-name`).length === n, args: [pointer, i + 1] });
        await enterDescription(editor, `${pointer}/${i}`, record);
      }
      return undefined;
    case 'list': case 'rows':
      for (const [i, item] of value.entries()) {
        if (!(await editor.$(sel(`${pointer}/${i}`)))) await click(editor, `${sel(pointer)} > button.add`);
        await enterObject(editor, `${pointer}/${i}`, item);
      }
      return undefined;
    default: return enterObject(editor, pointer, value);
  }
}

// What the user says of an attached file (kind, validUntil, declared): the
// rest of the record the host wrote from the file.
const FILE_PARTS = ['path', 'sha256', 'size', 'mediaType'];
async function enterDescription(editor, pointer, record) {
  for (const k of Object.keys(record).filter((x) => !FILE_PARTS.includes(x))) await enter(editor, `${pointer}/${k}`, record[k]);
}

// An object's keys in the sample's order, its id first.
export async function enterObject(editor, pointer, object) {
  const keys = Object.keys(object).sort((a, b) => (b === 'id') - (a === 'id'));
  for (const k of keys) await enter(editor, `${pointer}/${k}`, object[k]);
}

// 关联产品功能: the matrix cells of the sample's links, ticked.
async function tickLinks(editor, links) {
  for (const l of links) {
    const cell = `#main input[data-algorithm="${l.algorithm}"][data-product="${l.product}"][data-function="${l.function}"]`;
    if (!(await editor.$eval(cell, (e) => e.checked))) await click(editor, cell);
  }
}

// The checks beside a field: [{source, code, text}].
const checksAt = (editor, pointer) => editor.$$eval(`${sel(pointer)} > ul.checks li`, (lis) => lis.map((li) => ({ source: li.dataset.source, code: li.dataset.code, text: li.textContent })));
const waitCheck = (editor, pointer, code) => waitIn(editor, `${code} beside ${pointer}`, (p, c) => [...document.querySelectorAll(`#main [data-pointer="${p}"] > ul.checks li`)].some((li) => li.dataset.code === c), [pointer, code], 15_000);
const waitNoHostCheck = (editor, pointer) => waitIn(editor, `no host finding beside ${pointer}`, (p) => ![...document.querySelectorAll(`#main [data-pointer="${p}"] > ul.checks li.host`)].length, [pointer], 15_000);

const statusText = (editor) => editor.$eval('#status', (e) => e.textContent);
async function save(editor) {
  const before = await statusText(editor);
  await click(editor, '#save');
  return waitIn(editor, 'the save', (b) => { const s = document.getElementById('status').textContent; return s !== b && s !== '' && !/未保存的修改|Unsaved/.test(s) ? s : null; }, [before], 15_000);
}

// The checks a person sees before saving, on the entity page.
async function checksBeforeSaving(assert, editor) {
  const code = '/entity/basic/creditCode';
  await typeInto(editor, `${sel(code)} input`, '91330110MA2KX7D43X'); // wrong check character
  await waitCheck(editor, code, 'USCC_CHECKSUM');
  // A pilot-era code may be real: the filer can accept the finding, and undo that.
  const accepted = (on) => waitIn(editor, `the finding ${on ? '' : 'no longer '}accepted`, (p, want) => [...document.querySelectorAll(`#main [data-pointer="${p}"] > ul.checks li.host`)].some((li) => li.dataset.code === 'USCC_CHECKSUM' && li.classList.contains('accepted') === want), [code, on], 15_000);
  await click(editor, `${sel(code)} > ul.checks li[data-code="USCC_CHECKSUM"] button.accept`);
  await waitIn(editor, 'the question', () => document.getElementById('ask').open);
  await click(editor, '#ask .yes');
  await accepted(true);
  assert.deepEqual(await editor.evaluate(() => globalThis.BeianEditor.session.doc.meta.acceptedFindings.map((a) => [a.code, a.path])), [['USCC_CHECKSUM', code]]);
  await click(editor, `${sel(code)} > ul.checks li[data-code="USCC_CHECKSUM"] button.accept`);
  await accepted(false);
  await typeInto(editor, `${sel(code)} input`, `${SAMPLE.entity.basic.creditCode}9`); // 19 of 18
  await waitCheck(editor, code, 'LENGTH_OVER_LIMIT');
  assert.equal(await editor.$eval(`${sel(code)} .counter`, (e) => [e.textContent, e.classList.contains('over')].join()), '19 / 18,true');
  const id = '/entity/legalRepresentative/idNumber';
  await enter(editor, '/entity/legalRepresentative/idType', SAMPLE.entity.legalRepresentative.idType); // checked by type
  assert.equal(await editor.$eval(`${sel(id)} input`, (e) => e.type), 'password', 'an ID number is masked until revealed');
  await typeInto(editor, `${sel(id)} input`, `${SAMPLE.entity.legalRepresentative.idNumber.slice(0, 17)}5`); // bad check digit
  await waitCheck(editor, id, 'ID_CARD_CHECKSUM');
  const shown = await checksAt(editor, id);
  assert.ok(shown.some((c) => c.source === 'host' && /GB 11643/.test(c.text)), 'the finding says which check failed');
  await click(editor, `${sel(id)} button.reveal`);
  assert.equal(await editor.$eval(`${sel(id)} input`, (e) => e.type), 'text');
  // Corrected, the findings go.
  await typeInto(editor, `${sel(code)} input`, SAMPLE.entity.basic.creditCode);
  await typeInto(editor, `${sel(id)} input`, SAMPLE.entity.legalRepresentative.idNumber);
  await waitNoHostCheck(editor, code);
  await waitNoHostCheck(editor, id);
}

// The whole scenario. home: the data directory the host uses.
export async function writeSampleInEditor(assert, editor, home) {
  log('new dossier');
  await editor.waitForSelector('#new-id', { timeout: 20_000 });
  await typeInto(editor, '#new-id', 'demo');
  await click(editor, '#start-guided');
  await editor.waitForSelector('#wizard-bar', { timeout: 10_000 });
  assert.deepEqual(await editorHost(editor, 'dossier.list', {}).then((r) => r.dossiers.map((d) => [d.id, d.revision])), [['demo', 1]]);

  log('entity: checks before saving');
  await checksBeforeSaving(assert, editor);
  log('entity: typing');
  await enterObject(editor, '/entity', SAMPLE.entity);
  // A save with findings is allowed (the algorithms are still missing).
  assert.match(await save(editor), /第 2 版|revision 2/);
  assert.ok((await editor.$eval('#nav', (n) => n.textContent)).length > 0);

  log('algorithm 1');
  await click(editor, '#wizard-next');
  await editor.waitForSelector(sel('/algorithms/0/id'));
  // A schema-invalid id is shown at once and never written.
  await typeInto(editor, `${sel('/algorithms/0/id')} input`, 'Alg-Writing');
  await waitIn(editor, 'the schema error beside the id', () => !!document.querySelector('#main [data-pointer="/algorithms/0/id"] > ul.checks li.schema'));
  assert.match(await save(editor), /不符合格式|do not match/);
  assert.equal((await editorHost(editor, 'dossier.get', { id: 'demo' })).revision, 2, 'nothing was written');
  await enterObject(editor, '/algorithms/0', SAMPLE.algorithms[0]);

  log('product 1');
  await click(editor, '#wizard-next');
  await editor.waitForSelector(sel('/products/0/accessPaths/0/functions/0'));
  await enterObject(editor, '/products/0', SAMPLE.products[0]);
  await click(editor, '#wizard-next');
  await editor.waitForSelector('#main table.matrix');
  await tickLinks(editor, SAMPLE.links.filter((l) => l.algorithm === SAMPLE.algorithms[0].id && l.product === SAMPLE.products[0].id));
  await click(editor, '#wizard-finish');

  log('algorithm 2, product 2');
  await click(editor, '#nav button.add-algorithm');
  await editor.waitForSelector(sel('/algorithms/1/id'));
  await enterObject(editor, '/algorithms/1', SAMPLE.algorithms[1]);
  await click(editor, '#nav button.add-product');
  await editor.waitForSelector(sel('/products/1/id'));
  await enterObject(editor, '/products/1', SAMPLE.products[1]);
  await click(editor, '#nav li[data-section="links"] button');
  await editor.waitForSelector('#main table.matrix');
  await tickLinks(editor, SAMPLE.links);
  assert.match(await save(editor), /第 3 版|revision 3/);

  const stored = await editorHost(editor, 'dossier.get', { id: 'demo' });
  assert.deepEqual(content(stored.dossier), content(SAMPLE), 'the stored dossier is the sample, apart from meta');
  log('saved');
  return stored.revision;
}

// Two writers: the editor has an unsaved edit of a field that
// `beian-assist restore` also changes. The save shows the conflict with
// both values; the person keeps the editor's; the other side's change to
// another field is merged; the restored value stays in the history.
export async function twoWriters(assert, editor, home) {
  const { revision } = await editorHost(editor, 'dossier.get', { id: 'demo' });
  await click(editor, '#nav li[data-section="entity"] button');
  const address = `${sel('/entity/basic/address')} textarea, ${sel('/entity/basic/address')} input`;
  await typeInto(editor, address, '杭州市余杭区文一西路1888号A座');
  assert.match(await save(editor), new RegExp(`第 ${revision + 1} 版|revision ${revision + 1}`));
  // Unsaved here: the address again, and the e-mail.
  await typeInto(editor, address, '杭州市余杭区文一西路1888号B座');
  await typeInto(editor, `${sel('/entity/securityOfficer/email')} input`, 'anquan@zhixingxinglan.example');
  // Meanwhile the CLI restores the revision before the A座 edit.
  execFileSync(BINARY, ['restore', 'demo', String(revision)], { env: { ...process.env, BEIAN_ASSIST_HOME: home }, stdio: 'pipe' });
  await click(editor, '#save');
  await waitIn(editor, 'the conflict dialog', () => document.getElementById('conflict').open);
  const rows = await editor.$$eval('#conflict tbody tr', (trs) => trs.map((tr) => [tr.dataset.key, tr.querySelector('.mine-value').textContent, tr.querySelector('.theirs-value').textContent]));
  assert.deepEqual(rows, [['/entity/basic/address', '杭州市余杭区文一西路1888号B座', SAMPLE.entity.basic.address]], 'the one field both changed, with both values');
  await click(editor, '#conflict .merge');
  await waitIn(editor, 'the merged save', () => /第 \d+ 版|revision \d+/.test(document.getElementById('status').textContent) && !document.getElementById('conflict').open);
  const stored = await editorHost(editor, 'dossier.get', { id: 'demo' });
  assert.equal(stored.revision, revision + 3);
  assert.equal(stored.dossier.entity.basic.address, '杭州市余杭区文一西路1888号B座', 'the editor\'s value, as chosen');
  assert.equal(stored.dossier.entity.securityOfficer.email, 'anquan@zhixingxinglan.example', 'the editor\'s other edit');
  const restored = await editorHost(editor, 'history.get', { id: 'demo', revision: revision + 2 });
  assert.equal(restored.dossier.entity.basic.address, SAMPLE.entity.basic.address, 'the other writer\'s value is kept in its revision');
  assert.match(restored.via || '', /cli/);
  // History and restore are reachable from the page: the sample's revision back.
  await click(editor, '#history');
  await waitIn(editor, 'the history', () => document.querySelectorAll('#history-dialog tbody tr').length > 0);
  assert.equal(await editor.$$eval('#history-dialog tbody tr', (trs) => trs.length), revision + 3);
  await click(editor, `#history-dialog tr[data-revision="${revision}"] button.restore`);
  await waitIn(editor, 'the restore', () => !document.getElementById('history-dialog').open && /恢复|restored/.test(document.getElementById('status').textContent));
  const back = await editorHost(editor, 'dossier.get', { id: 'demo' });
  assert.equal(back.revision, revision + 4);
  assert.deepEqual(content(back.dossier), content(SAMPLE));
  assert.equal(await editor.$eval(`${sel('/entity/basic/address')} input`, (e) => e.value), SAMPLE.entity.basic.address, 'the page shows the restored revision');

  // Leaving unsaved changes asks first; declining keeps them.
  await typeInto(editor, `${sel('/entity/basic/website')} input`, 'https://zhixing.example');
  await click(editor, '#new');
  await waitIn(editor, 'the question', () => document.getElementById('ask').open);
  await click(editor, '#ask .no');
  assert.equal(await editor.$eval(`${sel('/entity/basic/website')} input`, (e) => e.value), 'https://zhixing.example');
  assert.equal(await editor.evaluate(() => globalThis.BeianEditor.session.dirty), true);
}

// A new dossier started from portal pages filled by hand: the entity page
// (filled above) read back with the panel's capture into it; the editor
// loads the captured revision. Then the editor is back on the sample.
async function startFromCapture(assert, editor, page, panel) {
  log('a dossier started from a capture');
  await editor.bringToFront();
  await click(editor, '#new');
  await typeInto(editor, '#new-id', 'captured');
  await click(editor, '#start-capture');
  await editor.waitForSelector('#capture-guide', { timeout: 10_000 });
  // The panel lists the new dossier once opened again (a reload from inside:
  // BiDi reports no navigation of an extension page).
  await panel.evaluate(() => { globalThis.beforeReload = true; setTimeout(() => location.reload(), 0); });
  await waitIn(panel, 'the panel opened again', () => !globalThis.beforeReload && !document.getElementById('pick').hidden && [...document.getElementById('dossier').options].some((o) => o.value === 'captured'), [], 15_000);
  await panel.evaluate(() => { const s = document.getElementById('dossier'); s.value = 'captured'; s.dispatchEvent(new Event('change')); });
  await goTo(page, 'entity');
  await planInPanel(panel, 'entity');
  const rows = await capturePreview(panel);
  assert.ok(rows.some((r) => r.field === 'entity.basic.name' && r.to === SAMPLE.entity.basic.name), JSON.stringify(rows));
  await confirmCapture(panel);
  await editor.bringToFront();
  await click(editor, '#capture-reload');
  await waitIn(editor, 'the captured entity in the editor', (name) => document.querySelector('#main [data-pointer="/entity/basic/name"] input')?.value === name, [SAMPLE.entity.basic.name]);
  assert.match(await editor.$eval('#capture-guide .status', (e) => e.textContent), /第 2 版|revision 2/);
  const { dossier } = await editorHost(editor, 'dossier.get', { id: 'captured' });
  const text = ({ attachments, filing, ...rest }) => rest; // eslint-disable-line no-unused-vars
  assert.deepEqual(pruned(text(dossier.entity)), pruned(text(SAMPLE.entity)), 'every entity field but the files came back from the page');
  await (await editor.$('#dossier')).select('demo');
  await waitIn(editor, 'the sample open again', () => /[?&]id=demo$/.test(location.search) && !!document.querySelector('#main [data-pointer="/entity/basic/name"]'));
  await panel.evaluate(() => { const s = document.getElementById('dossier'); s.value = 'demo'; s.dispatchEvent(new Event('change')); });
}

// The whole scenario in one browser: write the sample, fill the portal's
// entity and 关联产品功能 pages from it through the panel (openPortal()
// resolves with the portal page, its panel and editorTab(urlPattern), which
// finds a tab the extension opened), then two writers.
export async function editorScenario(assert, editor, home, server, openPortal) {
  const errors = [];
  editor.on('pageerror', (e) => errors.push(e.message));
  await editor.bringToFront();
  await writeSampleInEditor(assert, editor, home);
  log('fill the portal from it');
  const { page, panel, editorTab } = await openPortal();
  await fillPageThroughPanel(assert, page, panel, server.port, 'entity');
  await startFromCapture(assert, editor, page, panel);
  await fillPageThroughPanel(assert, page, panel, server.port, 'algorithm-link');
  // The panel's button opens the editor on the panel's dossier.
  await panel.$eval('#open-editor', (b) => b.click());
  const opened = await editorTab(/\/editor\/editor\.html\?id=demo$/);
  await opened.waitForSelector('#main [data-pointer="/entity/basic/name"]', { timeout: 15_000 });
  await opened.close();
  await panel.close();
  await page.close();
  log('two writers');
  await editor.bringToFront();
  await twoWriters(assert, editor, home);
  assert.deepEqual(errors, [], 'no page errors in the editor');
}
