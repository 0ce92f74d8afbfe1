// The README's main command ends in scripts/demo-browser.mjs: run headless
// (as on a machine without a display), it must reach the host through the
// extension, fill every field of the entity page, print no value (the ID
// numbers in particular) and exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BINARY, ROOT, SAMPLE } from './support.mjs';

test('the demo fills the sample entity page through the extension and prints no value', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo-browser.mjs')], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, DEMO_HEADLESS: '1', BEIAN_ASSIST_BIN: BINARY },
  });
  const output = run.stdout + run.stderr;
  assert.equal(run.status, 0, output);
  assert.match(run.stdout, /21 filled \/ 0 skipped \/ 0 failed of 21 fields; nothing submitted/);
  for (const secret of [SAMPLE.entity.legalRepresentative.idNumber, SAMPLE.entity.securityOfficer.idNumber, SAMPLE.entity.securityOfficer.mobile]) {
    assert.ok(!output.includes(secret), 'no ID number or mobile in the output');
  }
});
