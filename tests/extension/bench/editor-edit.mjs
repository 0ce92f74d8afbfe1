// What the checks after an edit cost the editor on an agency-size dossier,
// without a browser: the work main.mjs does once typing pauses (the unsaved-change compare, the
// schema check with Ajv and its items, the nav's sections and counts), and
// whether the document still fits one native message for the host's live
// check (sent inline or in chunks). Prints figures (median of 31 after warm-up); not a test.
//   node tests/extension/bench/editor-edit.mjs [ALGORITHMS PRODUCTS]
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { Session, MAX_INLINE_BYTES } from '../../../extension/src/editor/model/session.mjs';
import { sections } from '../../../extension/src/editor/model/form-model.mjs';
import { countBySection } from '../../../extension/src/editor/model/checks.mjs';

const root = new URL('../../../', import.meta.url);
const read = (p) => JSON.parse(readFileSync(new URL(p, root)));
const [algorithms = 50, products = 300] = process.argv.slice(2).map(Number);

// The sample's objects copied with fresh ids until the counts are reached.
function agency(sample) {
  const doc = structuredClone(sample);
  doc.algorithms = Array.from({ length: algorithms }, (_, i) => ({ ...structuredClone(sample.algorithms[i % 2]), id: `alg-${i}`, basic: { ...sample.algorithms[i % 2].basic, name: `算法${i}` } }));
  doc.products = Array.from({ length: products }, (_, i) => {
    const p = structuredClone(sample.products[i % 2]);
    p.id = `prod-${i}`;
    p.name = `产品${i}`;
    p.accessPaths.forEach((ap, j) => { ap.id = `ap-${i}-${j}`; ap.functions.forEach((f, k) => { f.id = `fn-${i}-${j}-${k}`; }); });
    return p;
  });
  doc.links = doc.products.flatMap((p, i) => p.accessPaths.flatMap((ap) => ap.functions.map((f) => ({ algorithm: `alg-${i % algorithms}`, product: p.id, function: f.id }))));
  return doc;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(read('schemas/dossier.schema.json'));
const session = new Session({ host: null, validate });
session.base = agency(read('schemas/examples/sample-dossier.json'));
session.doc = structuredClone(session.base);
const bytes = new TextEncoder().encode(JSON.stringify(session.doc)).length;

function median(fn) {
  for (let i = 0; i < 5; i++) fn(i);
  const samples = [];
  for (let i = 0; i < 31; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[15];
}

const edit = (i) => { session.doc.products[products - 1].name = `产品${'改'.repeat(i % 5)}`; };
const changed = median((i) => { edit(i); session.changed(); });
const schema = median((i) => { edit(i); session.schemaItems(); });
const nav = median(() => countBySection(sections(session.doc).map((s) => ({ path: s.pointer, severity: 'warning' }))));
const all = median((i) => { edit(i); session.changed(); countBySection(session.schemaItems()); sections(session.doc); });
console.log(`dossier: ${algorithms} algorithms, ${products} products, ${session.doc.links.length} links, ${(bytes / 1024).toFixed(0)} KiB (${bytes < MAX_INLINE_BYTES ? 'sent inline' : 'over one message: sent in chunks'})`);
console.log(`per edit, median of 31: unsaved compare ${changed.toFixed(2)} ms, schema check ${schema.toFixed(2)} ms, nav ${nav.toFixed(2)} ms, all ${all.toFixed(2)} ms`);
