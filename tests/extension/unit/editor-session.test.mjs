// The editor's session against the real host binary (serve-stdio, framed
// as a browser frames native messages), on an agency's dossier of 1.1 MB:
// created, opened, checked and saved in chunks (dossier.stage, dossier.read)
// since one message carries at most 1 MiB; a save from elsewhere in between
// is a conflict merged field by field. Needs build/native-host/beian-assist.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { Session, MAX_INLINE_BYTES } from '../../../extension/src/editor/model/session.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const BINARY = resolve(process.env.BEIAN_ASSIST_BIN || join(ROOT, 'build', 'native-host', 'beian-assist'));
const read = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const home = mkdtempSync(join(tmpdir(), 'beian-editor-session-'));
after(() => rmSync(home, { recursive: true, force: true }));

// The host over its pipes; host(type, params) resolves with the result or
// rejects with the protocol's code, as the background relays it. Every
// frame sent is checked against the 1 MiB limit.
function startHost() {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: cmake --build build --target beian-assist`);
  const child = spawn(BINARY, ['serve-stdio'], { env: { ...process.env, BEIAN_ASSIST_HOME: home }, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = new Map();
  let buffer = Buffer.alloc(0);
  let seq = 0;
  const sizes = [];
  child.stdout.on('data', (d) => {
    buffer = Buffer.concat([buffer, d]);
    while (buffer.length >= 4 && buffer.length >= 4 + buffer.readUInt32LE(0)) {
      const n = buffer.readUInt32LE(0);
      sizes.push(n);
      const m = JSON.parse(buffer.subarray(4, 4 + n).toString('utf8'));
      buffer = buffer.subarray(4 + n);
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) w.resolve(m.result);
      else w.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
    }
  });
  const host = (type, params) => new Promise((res, rej) => {
    const id = String(++seq);
    waiting.set(id, { resolve: res, reject: rej });
    const body = Buffer.from(JSON.stringify({ v: 1, id, type, params }));
    sizes.push(body.length);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    child.stdin.write(Buffer.concat([head, body]));
  });
  return { host, sizes, stop: () => { child.stdin.end(); return new Promise((r) => child.on('exit', r)); } };
}

// The sample's products copied with fresh ids until the text passes bytes.
function agency(bytes) {
  const doc = read('schemas/examples/sample-dossier.json');
  const [a, b] = doc.products;
  for (let n = 0, size = Buffer.byteLength(JSON.stringify(doc)); size < bytes; n++) {
    const p = structuredClone(n % 2 ? b : a);
    p.id += `-c${n}`;
    p.name += `-c${n}`;
    for (const ap of p.accessPaths) { ap.id += `-c${n}`; for (const f of ap.functions) f.id += `-c${n}`; }
    doc.products.push(p);
    size += Buffer.byteLength(JSON.stringify(p)) + 1;
  }
  return doc;
}

test('an agency\'s dossier over 1 MiB is created, opened, checked and saved in chunks; a save elsewhere is a conflict', async () => {
  const { host, sizes, stop } = startHost();
  const validate = new Ajv({ allErrors: true, strict: false }).compile(read('schemas/dossier.schema.json'));
  try {
    const doc = agency(1100 * 1024);
    assert.ok(new TextEncoder().encode(JSON.stringify(doc)).length > MAX_INLINE_BYTES);
    const mine = new Session({ host, validate });
    await mine.create('agency', doc);
    assert.equal(mine.revision, 1);
    assert.equal(mine.doc.products.length, doc.products.length);
    await assert.rejects(host('dossier.get', { id: 'agency' }), { code: 'REPLY_TOO_LARGE' });

    const findings = await mine.hostItems();
    assert.ok(Array.isArray(findings));
    assert.deepEqual(findings.filter((f) => f.severity === 'error' && f.code !== 'FUNCTION_NOT_LINKED').map((f) => f.code), [], 'the copies are a valid dossier');

    mine.doc.products[40].name = '改过的产品';
    mine.changed();
    assert.equal(mine.dirty, true);
    assert.deepEqual(await mine.save(), { saved: 2 });
    assert.equal(mine.dirty, false);

    // Another writer saves first; both changed product 40's name.
    const other = await new Session({ host, validate }).open('agency');
    other.doc.products[40].name = '他处的名称';
    other.doc.products[41].name = '只有他处改';
    assert.deepEqual(await other.save(), { saved: 3 });
    mine.doc.products[40].name = '本页的名称';
    const r = await mine.save();
    assert.deepEqual(r.conflict.result.conflicts.map((c) => [c.mine, c.theirs]), [['本页的名称', '他处的名称']]);
    assert.equal(r.conflict.result.merged.products[41].name, '只有他处改');
    mine.adopt(r.conflict.result.merged, r.conflict.theirs, r.conflict.revision);
    assert.deepEqual(await mine.save(), { saved: 4 });
    const stored = await new Session({ host, validate }).open('agency');
    assert.deepEqual([stored.doc.products[40].name, stored.doc.products[41].name], ['本页的名称', '只有他处改']);
    assert.ok(Math.max(...sizes) < 1024 * 1024, `every frame under 1 MiB (largest ${Math.max(...sizes)} bytes)`);
  } finally {
    await stop();
  }
});
