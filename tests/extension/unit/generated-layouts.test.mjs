// Recognition, label cleaning, grouping and pairing on generated layouts of
// the rehearsal portal (the plain stack drawn into jsdom by its own
// renderer): for many seeds and every screen, the screen is recognised as the
// profile pages it shows, and every field shown on it is found on its own
// control (the plain stack names each control by the field's path), never on
// another field's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PROFILE } from './helpers.mjs';
import { renderScreen } from '../../../native-host/rehearsal-portal/plain/layout-page.js';
import { createStore } from '../../../native-host/rehearsal-portal/shared/portal.js';
import { layoutFor, fieldsOfScreen } from '../../../native-host/rehearsal-portal/shared/layout/index.js';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

// The screen drawn into a jsdom window that has the content scripts loaded.
function drawn(spec, screen) {
  const env = load('<div id="app"></div>', { url: `http://127.0.0.1/plain/?layout=${spec.seed}#${screen.route}` });
  renderScreen(env.doc.getElementById('app'), { spec, screenId: screen.id, store: createStore(PROFILE), session: { companyName: '演练公司' }, mirror: () => null });
  return env;
}

// The controls a field's value lives in, by the name the plain stack gives them.
const controlsOf = (doc, sf) => [...doc.querySelectorAll('input, select, textarea')].filter((e) => e.name === sf.keys.join('.') || e.name.startsWith(`${sf.keys.join('.')}.`));
const onScreen = (doc, sf) => controlsOf(doc, sf).some((e) => !e.closest('[hidden], [style*="display: none"], [style*="display:none"]'));

test('generated plain layouts: each screen recognised as its pages, each shown field on its own control', () => {
  let screens = 0;
  let fields = 0;
  for (const seed of SEEDS) {
    const spec = layoutFor(PROFILE, seed, 'plain');
    for (const screen of spec.screens) {
      const { doc, BA } = drawn(spec, screen);
      const pages = screen.pages.map((id) => PROFILE.pages.find((p) => p.id === id));
      const r = BA.recognize.recognize(doc, PROFILE);
      const shown = fieldsOfScreen(spec, screen.id).filter((sf) => sf.presence === 'shown' && !sf.conditional && onScreen(doc, sf));
      if (!shown.length) continue;
      screens += 1;
      assert.deepEqual([...r.pages].sort(), [...screen.pages].sort(), `seed ${seed} ${screen.id}: recognised as its pages`);
      const m = BA.match.matchFields(doc, pages.flatMap((p) => p.fields), {}, pages);
      for (const sf of shown) {
        fields += 1;
        const hit = m.get(sf.id);
        assert.equal(hit.status, 'found', `seed ${seed} ${screen.id} ${sf.id} (“${sf.label.text}”, ${sf.control}): found`);
        // Pages on one screen may name controls alike (name of 产品名称 and
        // of 功能名称): only a name no other field shares tells the control.
        const others = fieldsOfScreen(spec, screen.id).filter((o) => o !== sf);
        if (others.some((o) => o.keys.join('.') === sf.keys.join('.'))) continue;
        assert.ok(controlsOf(doc, sf).some((e) => hit.item.content.contains(e)), `seed ${seed} ${screen.id} ${sf.id}: on its own control`);
        assert.ok(!others.flatMap((o) => controlsOf(doc, o)).some((e) => hit.item.content.contains(e)), `seed ${seed} ${screen.id} ${sf.id}: on no other field's control`);
      }
    }
  }
  assert.ok(screens >= 100 && fields >= 1000, `${screens} screens, ${fields} fields checked`);
});

test('generated plain layouts: labels clean to the profile\'s words whatever their decoration', () => {
  const { BA } = load('');
  const names = new Set(PROFILE.pages.flatMap((p) => p.fields.flatMap((f) => [f.label, ...(f.aliases || [])])).map(BA.text.labelKey));
  for (const seed of SEEDS) {
    const spec = layoutFor(PROFILE, seed, 'plain');
    for (const sf of Object.values(spec.fields)) {
      if (sf.presence !== 'shown' || sf.label.position === 'placeholder' || /prefix|group/.test(sf.axes.labelPrefix || '')) continue;
      assert.ok(names.has(BA.text.labelKey(sf.label.text)), `seed ${seed} ${sf.id}: “${sf.label.text}” → ${BA.text.labelKey(sf.label.text)}`);
    }
  }
});
