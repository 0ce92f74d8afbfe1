// The plain stack draws a generated layout into a jsdom document without
// the server (what the extension's jsdom unit tests build on): every field
// of every screen gets its label and a control, and a change made through
// the DOM reaches the page model in the shape expectedModelValue says.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { ROOT } from './support/server.mjs';
import { renderScreen } from '../../native-host/rehearsal-portal/plain/layout-page.js';
import { createStore, getIn } from '../../native-host/rehearsal-portal/shared/portal.js';
import { layoutFor, expectedModelValue, fieldsOfScreen } from '../../native-host/rehearsal-portal/shared/layout/index.js';

const profile = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));
const squash = (s) => s.replace(/\s+/g, '');

// One jsdom document, drawn into again for each screen (as the app does).
const dom = new JSDOM('<!DOCTYPE html><body><div id="app"></div></body>', { url: 'http://127.0.0.1/plain/' });

function draw(seed, screenId) {
  const spec = layoutFor(profile, seed, 'plain');
  const store = createStore(profile);
  const container = dom.window.document.getElementById('app');
  renderScreen(container, { spec, screenId, store, session: { companyName: '演练公司' }, mirror: () => null });
  return { dom, spec, store, container };
}

describe('plain layouts in jsdom', () => {
  it('draw every shown field of every screen with its label text and a control', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const spec = layoutFor(profile, seed, 'plain');
      for (const screen of spec.screens) {
        const { container, store } = draw(seed, screen.id);
        const text = squash(container.textContent);
        for (const f of fieldsOfScreen(spec, screen.id)) {
          if (f.presence === 'omitted' || f.conditional) continue;
          if (f.label.position === 'placeholder')
            assert.ok(
              [...container.querySelectorAll('[placeholder], option')].some((e) => (e.placeholder || e.textContent) === f.label.placeholder),
              `seed ${seed} ${f.id}: placeholder`,
            );
          else assert.ok(text.includes(squash(f.label.text)), `seed ${seed} ${f.id}: “${f.label.text}”`);
        }
        assert.ok(container.querySelectorAll('input, select, textarea').length >= fieldsOfScreen(spec, screen.id).filter((f) => f.presence === 'shown' && !f.conditional).length);
        assert.ok(store, 'store kept');
      }
    }
  });

  it('puts a typed number in the page unit and a picked option’s canonical value in the model', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const spec = layoutFor(profile, seed, 'plain');
      const q = spec.fields['entity.basic.monthlyActiveUsers'];
      const t = spec.fields['entity.basic.entityType'];
      if (q.presence !== 'shown' || t.control !== 'select') continue;
      const { dom, store, container } = draw(seed, 'entity');
      const want = expectedModelValue(spec, q.id, '1200000');
      if (q.control === 'range-select') {
        const sel = [...container.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.textContent === want));
        sel.value = want;
        sel.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
      } else {
        const input = [...container.querySelectorAll('input')].find((i) => i.type === 'number' || i.name === 'basic.monthlyActiveUsers');
        input.value = want;
        input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
      }
      assert.equal(getIn(store.models.entity, ['basic', 'monthlyActiveUsers']), want, `seed ${seed}`);
      const shown = t.options.find((o) => o.value === '企业');
      if (!shown) continue;
      const sel = container.querySelector('select[name="basic.entityType"]');
      sel.value = shown.value;
      sel.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
      assert.equal(getIn(store.models.entity, ['basic', 'entityType']), expectedModelValue(spec, t.id, '企业'));
      return;
    }
    assert.fail('no seed in 1–40 draws 主体类型 as a select');
  });
});
