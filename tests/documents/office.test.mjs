// The drafts opened by a real office suite: the host binary writes the four
// documents of a dossier whose names carry &, <, > and rare characters (䶮,
// 𠮷 outside the BMP); LibreOffice (headless, Debian's) converts all of them
// to PDF in one run; poppler reads the text back, where every fact the
// dossier states must appear character for character, and renders page one
// of each to PNG (build/documents-office/, the README's pictures).
// Run: npm run test:documents (needs build/native-host/beian-assist)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const BINARY = resolve(process.env.BEIAN_ASSIST_BIN || join(ROOT, 'build', 'native-host', 'beian-assist'));
const OUT = join(ROOT, 'build', 'documents-office');

// The sample with names that must survive XML escaping and font fallback.
function dossier() {
  const d = JSON.parse(readFileSync(join(ROOT, 'schemas', 'examples', 'sample-dossier.json'), 'utf8'));
  delete d.meta.baselines;
  d.entity.basic.name = '杭州知行&星澜<测试>科技有限公司';
  d.entity.legalRepresentative.name = '陈䶮';
  d.entity.securityOfficer.name = '林𠮷澜';
  d.algorithms[0].basic.name = '知行写作助手"文本"生成算法';
  d.entity.attachments.commitmentLetter = null;
  d.entity.attachments.responsibilityReport = null;
  for (const a of d.algorithms) { delete a.basic.attachments.selfAssessmentReport; delete a.basic.attachments.publicDisclosure; }
  return d;
}

const squeeze = (s) => s.replace(/\s+/g, '');

test('LibreOffice opens every draft; the PDF text holds every fact; page one renders', { timeout: 300_000 }, () => {
  assert.ok(existsSync(BINARY), `${BINARY} is missing: build the host first`);
  const home = mkdtempSync(join(tmpdir(), 'beian-office-'));
  try {
    mkdirSync(join(home, 'dossiers'), { recursive: true, mode: 0o700 });
    const source = dossier();
    writeFileSync(join(home, 'dossiers', 'demo.json'), JSON.stringify(source), { mode: 0o600 });
    cpSync(join(ROOT, 'schemas', 'examples', 'attachments'), join(home, 'dossiers', 'attachments'), { recursive: true });
    const env = { ...process.env, BEIAN_ASSIST_HOME: home, BEIAN_ASSIST_TODAY: '2026-11-29' };
    const result = JSON.parse(execFileSync(BINARY, ['docs', 'demo', '--json'], { env, encoding: 'utf8' }));
    assert.equal(result.drafts.length, 6);
    for (const d of result.drafts) assert.deepEqual(d.missing, [], `${d.label}: every fact is in the dossier`);

    // One LibreOffice run for all files, with a profile of its own (no
    // clash with another instance, nothing left in the user's home).
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const files = result.drafts.map((d) => d.file);
    const started = Date.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${join(home, 'lo-profile')}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', OUT, ...files], { stdio: 'pipe', timeout: 240_000 });
    console.log(`# LibreOffice converted ${files.length} drafts in ${Date.now() - started} ms`);

    const entityFacts = [source.entity.basic.name, source.entity.basic.creditCode];
    for (const d of result.drafts) {
      const pdf = join(OUT, basename(d.file).replace(/\.docx$/, '.pdf'));
      assert.ok(existsSync(pdf), `${pdf} was written`);
      // -raw: in the order LibreOffice drew it, so a table cell's text stays together.
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      const flat = squeeze(text);
      // What the draft states (Attachment.declared) plus the facts of its header.
      const facts = [...Object.values(d.declared), ...entityFacts.filter(() => d.document !== 'publicDisclosure')];
      if (d.document === 'selfAssessmentReport') {
        const a = source.algorithms.find((x) => x.id === d.algorithm);
        facts.push(a.basic.name, source.entity.securityOfficer.mobile, a.detail.scenarios);
      }
      if (d.document === 'commitmentLetter') facts.push('陈䶮', '林𠮷澜');
      for (const fact of facts) assert.ok(flat.includes(squeeze(fact)), `${d.label}${d.algorithm ? ' ' + d.algorithm : ''}: 「${fact}」 in the PDF text`);
      assert.ok(!/\{\{|\$\{|档案中尚未填写/.test(text), `${d.label}: no unfilled field placeholder`);
      assert.equal(flat.split('【待填写：').length - 1, d.blanks, `${d.label}: every narrative blank is marked`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
      const png = pdf.replace(/\.pdf$/, '.png');
      assert.ok(statSync(png).size > 10_000, `${png} holds a rendered page`);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
