// Smoke check (not a test): loads the content scripts into the page's main world of each
// rehearsal variant and prints the entity plan. Usage: node tests/extension/bench/plan-smoke.mjs PORT
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const port = process.argv[2];
const scripts = JSON.parse(readFileSync('extension/src/content/scripts.json')).filter((s) => !s.endsWith('main.js'));
const profile = JSON.parse(readFileSync('schemas/portal/profile.json'));
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (const v of ['element-ui', 'element-plus', 'plain']) {
  const p = await b.newPage();
  await p.goto(`http://127.0.0.1:${port}/${v}/#/entity`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 800));
  for (const s of scripts) await p.addScriptTag({ content: readFileSync('extension/src/' + s, 'utf8') });
  const out = await p.evaluate((profile) => {
    const BA = window.BeianAssist;
    const rec = BA.recognize.recognize(document, profile);
    const pg = profile.pages.find((x) => x.id === 'entity');
    const plan = BA.plan.buildPlan(document, [{ page: pg, planFields: [] }]);
    return { rec: rec.page, fields: plan.fields.map((f) => `${f.id}:${f.status}:${f.library}:${f.kind}:${f.via}`) };
  }, profile);
  console.log(v, out.rec); console.log(out.fields.join('\n'));
}
await b.close();
