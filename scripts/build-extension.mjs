#!/usr/bin/env node
// Builds the extension from extension/src into build/extension/{chromium,firefox}
// (unpacked) and build/extension/beian-assist-{chromium,firefox}-VERSION.zip.
// One manifest source: manifest.base.json holds the shared keys plus
// "chromium" / "firefox" sections merged per browser. Zips are reproducible:
// sorted entries, fixed timestamps (SOURCE_DATE_EPOCH or 1980-01-01).
//   --test-build   adds http://127.0.0.1/* to host permissions and content
//                  script matches, for the browser tests only; never shipped.
//   --out DIR      output directory (default build/extension)
// The editor page (editor/) is bundled by esbuild from its ES modules into
// editor/editor.js, with the dossier schema compiled by Ajv into plain code
// here (extension pages may not eval) and ajv-i18n's Chinese messages.
import { readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'extension/src');
const args = process.argv.slice(2);
const testBuild = args.includes('--test-build');
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? args[outIdx + 1] : join(ROOT, 'build/extension');
const LOOPBACK = 'http://127.0.0.1/*';
const TEST_HOOKS = 'test/e2e-hooks.js'; // from extension/test/, test builds only
const SKIP = new Set(['manifest.base.json', 'content/scripts.json']);
const EDITOR_SOURCE = /^editor\/.*\.mjs$/; // bundled into editor/editor.js, not copied
const EDITOR_BUNDLE = 'editor/editor.js';

function manifestFor(browser) {
  const base = JSON.parse(readFileSync(join(SRC, 'manifest.base.json'), 'utf8'));
  const own = base[browser];
  delete base.chromium;
  delete base.firefox;
  const m = { ...base, background: base.background[browser] };
  for (const [k, v] of Object.entries(own)) {
    m[k] = Array.isArray(v) && Array.isArray(m[k]) ? [...m[k], ...v] : v;
  }
  if (m.key === '@KEY@') m.key = readFileSync(join(ROOT, 'extension/chromium-public-key.b64'), 'utf8').trim();
  const scripts = JSON.parse(readFileSync(join(SRC, 'content/scripts.json'), 'utf8'));
  m.content_scripts = m.content_scripts.map((cs) => ({ ...cs, js: scripts }));
  if (testBuild) {
    m.host_permissions = [...m.host_permissions, LOOPBACK];
    m.content_scripts = m.content_scripts.map((cs) => ({ ...cs, matches: [...cs.matches, LOOPBACK] }));
    m.optional_host_permissions = (m.optional_host_permissions || []).filter((o) => o !== LOOPBACK);
    if (!m.optional_host_permissions.length) delete m.optional_host_permissions;
    // WebDriver BiDi cannot open moz-extension:// pages: a test-only hook does.
    if (m.background.scripts) m.background = { ...m.background, scripts: [...m.background.scripts, TEST_HOOKS] };
  }
  return m;
}

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [relative(SRC, p).split('\\').join('/')];
  }).filter((f) => !SKIP.has(f) && !EDITOR_SOURCE.test(f)).sort();
}

// The dossier schema as a standalone Ajv validator (ES module source).
function validatorSource() {
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv').default;
  const standalone = require('ajv/dist/standalone').default;
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8'));
  return standalone(ajv, ajv.compile(schema));
}

async function bundleEditor() {
  const virtual = {
    name: 'dossier-validator',
    setup(b) {
      b.onResolve({ filter: /^virtual:dossier-validator$/ }, (a) => ({ path: a.path, namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: validatorSource(), loader: 'js', resolveDir: ROOT }));
    },
  };
  const out = await build({
    entryPoints: [join(SRC, 'editor/main.mjs')], bundle: true, write: false, format: 'iife', target: ['chrome116', 'firefox128'],
    charset: 'utf8', legalComments: 'inline', logLevel: 'error', plugins: [virtual],
    banner: { js: '// Built by scripts/build-extension.mjs from extension/src/editor/*.mjs (esbuild); do not edit.' },
  });
  return Buffer.from(out.outputFiles[0].contents);
}

// CRC-32 (IEEE) for the zip headers.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };

function dosTime() {
  const epoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date(Date.UTC(1980, 0, 1));
  const d = epoch.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : epoch;
  return { time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1), date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate() };
}

function zip(entries) {
  const { time, date } = dosTime();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10); local.writeUInt16LE(date, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(0x0314, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(time, 12); central.writeUInt16LE(date, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, deflated);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

rmSync(OUT, { recursive: true, force: true });
const editorBundle = await bundleEditor();
for (const browser of ['chromium', 'firefox']) {
  const dir = join(OUT, browser);
  const manifest = manifestFor(browser);
  const entries = [['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n')]];
  for (const f of files(SRC)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(SRC, f), join(dir, f));
    entries.push([f, readFileSync(join(SRC, f))]);
  }
  mkdirSync(join(dir, 'editor'), { recursive: true });
  writeFileSync(join(dir, EDITOR_BUNDLE), editorBundle);
  entries.push([EDITOR_BUNDLE, editorBundle]);
  if (testBuild && (manifest.background.scripts || []).includes(TEST_HOOKS)) {
    mkdirSync(join(dir, 'test'), { recursive: true });
    copyFileSync(join(ROOT, 'extension', TEST_HOOKS), join(dir, TEST_HOOKS));
    entries.push([TEST_HOOKS, readFileSync(join(ROOT, 'extension', TEST_HOOKS))]);
  }
  writeFileSync(join(dir, 'manifest.json'), entries[0][1]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const zipName = `beian-assist-${browser}-${manifest.version}${testBuild ? '-test' : ''}.zip`;
  writeFileSync(join(OUT, zipName), zip(entries));
  console.log(`${browser}: ${dir} and ${zipName} (${entries.length} files)`);
}
