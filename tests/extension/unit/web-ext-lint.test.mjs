// The Firefox build passes Mozilla's add-ons linter (web-ext lint) with no
// error and no warning, and neither shipped manifest asks for more than the
// issue allows: the loopback origin stays optional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');

test('web-ext lint: no errors or warnings on the shipped Firefox build', () => {
  const out = mkdtempSync(join(tmpdir(), 'beian-lint-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-extension.mjs'), '--out', out], { stdio: 'pipe' });
    const webExt = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    let report;
    try {
      report = execFileSync(process.execPath, [webExt, 'lint', '--source-dir', join(out, 'firefox'), '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      report = e.stdout; // lint exits non-zero on errors; the report says which
    }
    const result = JSON.parse(report);
    const found = [...result.errors, ...result.warnings].map((m) => `${m.code} ${m.file || ''}: ${m.message}`);
    assert.deepEqual(found, []);
    for (const browser of ['firefox', 'chromium']) {
      const manifest = JSON.parse(readFileSync(join(out, browser, 'manifest.json'), 'utf8'));
      assert.deepEqual(manifest.host_permissions, ['https://beian.cac.gov.cn/*'], `${browser}: host access to the portal only`);
      assert.ok((manifest.optional_host_permissions || []).includes('http://127.0.0.1/*'), `${browser}: loopback is optional`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
