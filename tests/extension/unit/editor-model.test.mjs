// The editor's model without a browser: the form comes from the dossier
// schema and the portal profile (titles, order, options, limits, pages);
// lists keep ids unique and links consistent; a conflict is merged field by
// field; a file is cut into in-order chunks under the frame limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { FormModel, sections, sectionOf } from '../../../extension/src/editor/model/form-model.mjs';
import * as lists from '../../../extension/src/editor/model/lists.mjs';
import { threeWay, resolve as decide } from '../../../extension/src/editor/model/merge.mjs';
import { uploadFile, refusal, CHUNK } from '../../../extension/src/editor/model/upload.mjs';
import { schemaItems, hostItems, countBySection, placeOf, canAccept, accepting } from '../../../extension/src/editor/model/checks.mjs';
import { get, set } from '../../../extension/src/editor/model/pointer.mjs';
import { captureSkeleton } from '../../../extension/src/editor/view/wizard.mjs';
import Ajv from 'ajv';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const read = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const SCHEMA = read('schemas/dossier.schema.json');
const PROFILE = read('schemas/portal/profile.json');
const SAMPLE = read('schemas/examples/sample-dossier.json');
const model = () => new FormModel(SCHEMA, PROFILE);

test('fields carry the schema title and description, and the profile page, options, limit and sensitivity', () => {
  const m = model();
  const code = m.describe('/entity/basic/creditCode');
  assert.equal(code.title, SCHEMA.properties.entity.properties.basic.properties.creditCode.title);
  assert.match(code.description, /18 位/);
  assert.equal(code.profile.limit, 18);
  assert.equal(code.profile.page.title, '主体信息');
  assert.equal(m.describe('/entity/legalRepresentative/idNumber').profile.sensitive, true);
  const type = m.describe('/algorithms/*/basic/type');
  assert.equal(type.kind, 'select');
  assert.deepEqual(type.options, PROFILE.pages.find((p) => p.id === 'algorithm-basic').fields.find((f) => f.id === 'algorithm.basic.type').options);
  assert.equal(type.profile.page.step, '算法基础属性信息');
  assert.equal(m.describe('/algorithms/*/detail/data/involvesBiometrics').kind, 'yesno');
  assert.equal(m.describe('/entity/certificate/validity/longTerm').kind, 'check');
  assert.equal(m.describe('/algorithms/*/detail/data/inputModalities').kind, 'choices');
  assert.equal(m.describe('/algorithms/*/detail/data/languages').kind, 'tokens');
  assert.equal(m.describe('/entity/basic/registeredRegion').separator, ' / ');
  assert.equal(m.describe('/algorithms/*/basic/applicationDomains').kind, 'paths');
  assert.equal(m.describe('/algorithms/*/basic/launchDate').kind, 'date');
  assert.equal(m.describe('/algorithms/*/detail/introduction').kind, 'textarea');
  assert.equal(m.describe('/entity/attachments/commitmentLetter').kind, 'attachment');
  assert.equal(m.describe('/entity/attachments/commitmentLetter').nullable, true);
  assert.equal(m.describe('/entity/attachments/others').kind, 'attachments');
  assert.equal(m.describe('/products/*/accessPaths').kind, 'list');
  assert.equal(m.describe('/products/*/preLicenses').kind, 'rows');
  assert.equal(m.describe('/links').kind, 'links');
});

test('every field of every portal page has a control, and no control is listed by hand', () => {
  const m = model();
  for (const page of PROFILE.pages) {
    for (const f of page.fields) {
      const at = (page.object || '').replace(/\{[^}]+\}/g, '*') + f.path;
      const d = m.describe(at);
      assert.ok(d, `${f.id} at ${at}`);
      assert.ok(['text', 'textarea', 'date', 'select', 'yesno', 'choices', 'tokens', 'paths', 'attachment', 'attachments', 'rows', 'links', 'object'].includes(d.kind), `${f.id}: ${d.kind}`);
      assert.equal(d.profile.id, f.id);
    }
  }
});

test('groups follow the portal order; fields the profile does not know keep their schema place', () => {
  const m = model();
  const basic = m.describe('/algorithms/*/basic').children.map((c) => c.key);
  // The portal asks 算法类型 and 角色 before 算法名称; the schema lists name first.
  assert.deepEqual(basic.slice(0, 3), ['type', 'role', 'name']);
  assert.deepEqual(m.describe('/algorithms/*').children.map((c) => c.key), ['id', 'basic', 'detail', 'technicalService', 'filing']);
  assert.deepEqual(m.describe('/entity').children.map((c) => c.key).slice(0, 4), ['basic', 'certificate', 'legalRepresentative', 'securityOfficer']);
  // Required keys of the schema are marked.
  assert.equal(m.describe('/algorithms/*/basic').children.find((c) => c.key === 'name').required, true);
});

test('a field applies only when the profile\'s condition holds', () => {
  const m = model();
  const doc = structuredClone(SAMPLE);
  const method = m.describe('/algorithms/*/technicalService/method');
  assert.equal(m.applies(method, doc, '/algorithms/0/technicalService/method', get), false);
  doc.algorithms[0].basic.role = '服务技术支持者';
  assert.equal(m.applies(method, doc, '/algorithms/0/technicalService/method', get), true);
  const role = m.describe('/algorithms/*/basic/role');
  assert.equal(m.applies(role, doc, '/algorithms/1/basic/role', get), false, '个性化推送 has no 角色 choice');
});

test('sections: the entity, each algorithm and product by name, the links; pointers map back', () => {
  const s = sections(SAMPLE);
  assert.deepEqual(s.map((x) => x.id), ['entity', 'algorithm:0', 'algorithm:1', 'product:0', 'product:1', 'links']);
  assert.equal(s[1].title, SAMPLE.algorithms[0].basic.name);
  assert.equal(sectionOf('/products/1/accessPaths/0/functions/0/name'), 'product:1');
  assert.equal(sectionOf('/links/3/function'), 'links');
});

test('lists: new items get free ids and required keys; duplicates renew every id; deletes take their links', () => {
  const m = model();
  const doc = structuredClone(SAMPLE);
  const alg = lists.newItem(m, doc, '/algorithms', '/algorithms/*');
  assert.deepEqual(alg, { id: 'alg-1', basic: { name: '', type: '' } });
  const product = lists.newItem(m, doc, '/products', '/products/*');
  assert.deepEqual(product, { id: 'prod-1', name: '', accessPaths: [] });

  const at = lists.duplicate(doc, '/products', 0);
  const copy = doc.products[at];
  const ids = [copy.id, ...copy.accessPaths.flatMap((ap) => [ap.id, ...ap.functions.map((f) => f.id)])];
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.equal([...lists.allIds(doc)].filter((x) => x === id).length, 1, `${id} is unique`);
  assert.equal(copy.name, SAMPLE.products[0].name);
  assert.equal(lists.referencesTo(doc, copy).length, 0, 'a copy is not linked yet');

  assert.equal(lists.move(doc, '/products', at, -1), 0);
  assert.equal(doc.products[0].id, copy.id);

  const refs = lists.referencesTo(doc, doc.algorithms[0]).length;
  assert.equal(refs, SAMPLE.links.filter((l) => l.algorithm === 'alg-writing').length);
  assert.equal(lists.removeAt(doc, '/algorithms', 0), refs);
  assert.ok(doc.links.every((l) => l.algorithm !== 'alg-writing'));

  lists.renameId(doc, 'alg-feed', 'alg-recommend');
  assert.ok(doc.links.some((l) => l.algorithm === 'alg-recommend'));
  lists.setLink(doc, 'alg-recommend', 'prod-web', 'fn-web-continue', true);
  assert.equal(lists.isLinked(doc, 'alg-recommend', 'prod-web', 'fn-web-continue'), true);
  lists.setLink(doc, 'alg-recommend', 'prod-web', 'fn-web-continue', false);
  assert.equal(lists.isLinked(doc, 'alg-recommend', 'prod-web', 'fn-web-continue'), false);
  assert.equal(lists.productFunctions(SAMPLE).length, 5);
});

test('a conflict: one-sided changes merge, both-sided ones are listed with both values', () => {
  const base = structuredClone(SAMPLE);
  const mine = structuredClone(base);
  const theirs = structuredClone(base);
  mine.entity.basic.address = '本页的地址';
  theirs.entity.basic.address = '命令行的地址';
  mine.entity.securityOfficer.email = 'mine@example.cn'; // only mine
  theirs.products[1].name = '网页版（改）'; // only theirs
  mine.algorithms.push({ id: 'alg-new', basic: { name: '新算法', type: '排序精选' } }); // added here
  theirs.products.reverse(); // reordering is no change
  mine.links.push({ algorithm: 'alg-new', product: 'prod-app', function: 'fn-app-feed' });
  theirs.links = theirs.links.filter((l) => l.function !== 'fn-web-feed');

  const r = threeWay(base, mine, theirs);
  assert.deepEqual(r.conflicts.map((c) => [c.key, c.mine, c.theirs]), [['/entity/basic/address', '本页的地址', '命令行的地址']]);
  assert.equal(r.merged.entity.basic.address, '本页的地址', 'mine until decided');
  assert.equal(r.merged.entity.securityOfficer.email, 'mine@example.cn');
  assert.equal(r.merged.products.find((p) => p.id === 'prod-web').name, '网页版（改）');
  assert.ok(r.merged.algorithms.some((a) => a.id === 'alg-new'));
  assert.equal(r.merged.links.length, SAMPLE.links.length, 'one link added here, one removed there');
  assert.equal(decide(r, { '/entity/basic/address': 'theirs' }).entity.basic.address, '命令行的地址');

  // An item deleted on one side and edited on the other is a conflict, not a silent loss.
  const m2 = structuredClone(base);
  m2.algorithms.splice(1, 1);
  const t2 = structuredClone(base);
  t2.algorithms[1].basic.version = 'v9';
  const r2 = threeWay(base, m2, t2);
  assert.deepEqual(r2.conflicts.map((c) => [c.key, c.mine === undefined, c.theirs.basic.version]), [['/algorithms/@alg-feed', true, 'v9']]);
  assert.ok(decide(r2, { '/algorithms/@alg-feed': 'theirs' }).algorithms.some((a) => a.id === 'alg-feed'));
});

test('a file goes in order, in chunks of at most 512 KiB, with the whole file\'s SHA-256', async () => {
  const bytes = new Uint8Array(3 * CHUNK + 10).map((_, i) => (i * 7) & 0xff);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  const sent = [];
  // The host's side of attachment.put, reduced to what the chunker must respect.
  const host = async (type, p) => {
    const data = Buffer.from(p.data, 'base64');
    assert.equal(type, 'attachment.put');
    assert.ok(data.length <= CHUNK);
    assert.equal(p.offset, sent.reduce((n, c) => n + c.length, 0));
    assert.equal(!!p.upload, sent.length > 0);
    sent.push(data);
    const received = p.offset + data.length;
    const done = received === p.size;
    return { upload: 'f'.repeat(32), received, done, ...(done ? { attachment: { path: `attachments/${p.name}`, sha256: p.sha256, size: p.size, mediaType: p.mediaType } } : {}) };
  };
  const record = await uploadFile(host, 'demo', { name: '报告.pdf', type: '', bytes });
  assert.equal(sent.length, 4);
  assert.deepEqual(Buffer.concat(sent), Buffer.from(bytes));
  assert.equal(record.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(record.mediaType, 'application/pdf');
  assert.equal(refusal('a.docx', '', 10).code, 'type');
  assert.equal(refusal('a.pdf', 'application/pdf', 20 * 1024 * 1024 + 1).code, 'over-limit');
  await assert.rejects(uploadFile(host, 'demo', { name: 'a.gif', type: 'image/gif', bytes }), /PDF、JPG、PNG/);
});

test('checks: schema errors sit at the field, counts per section, a place is the nearest drawn pointer', () => {
  const items = schemaItems([
    { instancePath: '/algorithms/0/id', keyword: 'pattern', message: '应当匹配模式', params: {} },
    { instancePath: '/algorithms/0/basic', keyword: 'required', message: '应当有必需属性 name', params: { missingProperty: 'name' } },
  ]);
  assert.deepEqual(items.map((i) => i.path), ['/algorithms/0/id', '/algorithms/0/basic/name']);
  assert.deepEqual(countBySection([...items, { path: '/entity/basic/name', severity: 'warning' }]), { 'algorithm:0': { errors: 2, warnings: 0 }, entity: { errors: 0, warnings: 1 } });
  assert.equal(placeOf('/entity/attachments/others/0/declared/entityName', new Set(['/entity/attachments/others', '/entity'])), '/entity/attachments/others');
  const doc = {};
  set(doc, '/a/b', 1);
  assert.deepEqual(doc, { a: { b: 1 } });
});

test('a dossier started for capture is schema-valid and has the product objects the portal pages are read into', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
  const doc = captureSkeleton(model(), structuredClone(read('schemas/examples/skeleton-dossier.json')));
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(doc.algorithms.length, 0, 'an algorithm needs its 算法类型 chosen first');
  assert.deepEqual(doc.products.map((p) => [p.id, p.accessPaths.map((ap) => [ap.id, ap.functions.map((f) => f.id)])]), [['prod-1', [['ap-1', ['fn-1']]]]]);
});

test('a finding the filer accepted stays shown but is not counted; structural ones cannot be accepted', () => {
  const items = hostItems([
    { code: 'USCC_CHECKSUM', severity: 'error', path: '/entity/basic/creditCode', message: { zh: '校验码不符', en: 'check' }, accepted: true },
    { code: 'REQUIRED_MISSING', severity: 'error', path: '/entity/basic/name', message: { zh: '必填', en: 'required' } },
  ]);
  assert.equal(items[0].accepted, true);
  assert.deepEqual(countBySection(items), { entity: { errors: 1, warnings: 0 } });
  assert.deepEqual(items.map(canAccept), [true, false]);
  const meta = { acceptedFindings: [{ code: 'X', path: '/a' }] };
  const on = accepting(meta, items[0], true, 'ok');
  assert.deepEqual(on, [{ code: 'X', path: '/a' }, { code: 'USCC_CHECKSUM', path: '/entity/basic/creditCode', note: 'ok' }]);
  assert.deepEqual(accepting({ acceptedFindings: on }, items[0], false), [{ code: 'X', path: '/a' }]);
});
