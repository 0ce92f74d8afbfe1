import test from 'node:test';
import assert from 'node:assert/strict';
import { load, page } from './helpers.mjs';
import { elementUI, plainTable, ENTITY_GROUPS } from './fixtures.mjs';

const entity = page('entity');

// The entity page's groups with n extra labelled items spread over them
// (an agency-size page: many products, each with its own fields).
const padded = (make, n) => make(ENTITY_GROUPS.map(([title, fields], g) => [title, [
  ...fields, ...Array.from({ length: Math.ceil(n / ENTITY_GROUPS.length) }, (_, i) => ({ label: `附加字段${g}-${i}`, kind: 'text' })),
]]));

// DOM work one plan does: styles computed and contains() tests (the two
// that made planning grow with items × items in Firefox).
function work(html) {
  const { doc, BA, win } = load(html);
  let calls = 0;
  const gcs = win.getComputedStyle;
  win.getComputedStyle = (...a) => { calls += 1; return gcs.apply(win, a); };
  const contains = win.Node.prototype.contains;
  win.Node.prototype.contains = function (...a) { calls += 1; return contains.apply(this, a); };
  const m = BA.match.matchFields(doc, entity.fields);
  return { calls, m };
}

for (const [name, make] of [['element-ui', elementUI], ['plain', plainTable]]) {
  test(`${name}: planning work grows linearly with the page's items, same matches`, () => {
    const small = work(padded(make, 100));
    const large = work(padded(make, 400));
    // 4× the items: linear work is about 4× (quadratic would be about 16×).
    assert.ok(large.calls <= 5 * small.calls, `${small.calls} → ${large.calls} calls`);
    for (const [id, r] of small.m) {
      const l = large.m.get(id);
      assert.equal(l.status, r.status, id);
      assert.equal(l.via, r.via, id);
    }
    assert.equal(large.m.get('entity.legalRepresentative.name').via, 'label+group');
    assert.equal(large.m.get('entity.securityOfficer.email').status, 'found');
  });
}

test('a hidden ancestor hides every item under it, each ancestor styled once', () => {
  const { doc, BA } = load(`<div id="off" style="display:none">${elementUI([['主体基本信息', [{ label: '主体名称', kind: 'text' }]]])}</div>` +
    elementUI([['证件信息', [{ label: '主体证件类型', kind: 'select' }]]]));
  const seen = new Map();
  const { items } = BA.match.usableItems(doc, seen);
  assert.deepEqual([...items].map((i) => String(i.label)), ['主体证件类型']);
  assert.equal(seen.get(doc.getElementById('off')), false);
  assert.equal(seen.get(doc.body), true);
});
