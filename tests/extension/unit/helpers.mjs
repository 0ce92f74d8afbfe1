// Loads the real content scripts (classic scripts, in manifest order) into a
// jsdom window, the way the browser loads them into a page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const SRC = fileURLToPath(new URL('../../../extension/src/', import.meta.url));
const SCRIPTS = JSON.parse(readFileSync(SRC + 'content/scripts.json', 'utf8')).filter((s) => !s.endsWith('main.js'));
const SOURCES = SCRIPTS.map((s) => [s, readFileSync(SRC + s, 'utf8')]);
export const PROFILE = JSON.parse(readFileSync(new URL('../../../schemas/portal/profile.json', import.meta.url), 'utf8'));
export const page = (id) => PROFILE.pages.find((p) => p.id === id);

export function load(html, { url = 'https://beian.cac.gov.cn/#/entity', script } = {}) {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url, runScripts: 'outside-only', pretendToBeVisual: true });
  const win = dom.window;
  for (const [name, src] of SOURCES) win.eval(`${src}\n//# sourceURL=${name}`);
  win.BeianAssist.config.geometry = false;
  if (script) win.eval(script);
  return { win, doc: win.document, BA: win.BeianAssist };
}
