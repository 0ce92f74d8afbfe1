// The rehearsal portal's layout generator, in node: reproducible, varied,
// every axis value reachable, every profile field placed once, and the
// expected model values a judge reads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/server.mjs';
import {
  AXES,
  STACKS,
  layoutFor,
  expectedModelValue,
  inUnit,
  fieldsOfScreen,
  flowScreens,
} from '../../native-host/rehearsal-portal/shared/layout/index.js';

const profile = JSON.parse(readFileSync(join(ROOT, 'schemas', 'portal', 'profile.json'), 'utf8'));
const profileFields = profile.pages.flatMap((p) => p.fields.map((f) => f.id));
const specs = (n) => {
  const out = [];
  for (let seed = 1; seed <= n; seed++) out.push(layoutFor(profile, seed, STACKS[seed % STACKS.length]));
  return out;
};

describe('layoutFor', () => {
  it('is reproducible: the same seed and stack give the same spec', () => {
    for (const stack of STACKS)
      for (const seed of [1, 17, 'abc'])
        assert.equal(JSON.stringify(layoutFor(profile, seed, stack)), JSON.stringify(layoutFor(profile, seed, stack)));
  });

  it('gives different layouts for different seeds', () => {
    const texts = new Set();
    for (let seed = 1; seed <= 20; seed++) {
      const spec = layoutFor(profile, seed, 'plain');
      texts.add(JSON.stringify({ screens: spec.screens, fields: spec.fields }));
    }
    assert.equal(texts.size, 20);
  });

  it('draws the same screens and labels for one seed on every stack', () => {
    const [first, ...rest] = STACKS.map((stack) => layoutFor(profile, 5, stack));
    for (const other of rest) {
      assert.deepEqual(other.screens.map((s) => s.route), first.screens.map((s) => s.route));
      for (const id of profileFields) assert.equal(other.fields[id].label.core, first.fields[id].label.core, id);
    }
  });

  it('does not depend on the order of the profile’s object keys (the host serves them sorted)', () => {
    const sortKeys = (v) =>
      Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().reverse().map((k) => [k, sortKeys(v[k])])) : v;
    const shuffled = sortKeys(profile);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const a = layoutFor(profile, seed, 'plain');
      const b = layoutFor(shuffled, seed, 'plain');
      assert.equal(JSON.stringify(b.screens), JSON.stringify(a.screens));
      for (const id of profileFields) assert.deepEqual(b.fields[id], a.fields[id], id);
    }
  });

  it('refuses an unknown stack and a missing seed', () => {
    assert.throws(() => layoutFor(profile, 1, 'bootstrap'), /unknown stack/);
    assert.throws(() => layoutFor(profile, '', 'plain'), /needs a seed/);
  });

  it('takes every value of every axis somewhere over 200 seeds', () => {
    const seen = {};
    for (const spec of specs(200))
      for (const f of Object.values(spec.fields))
        for (const [axis, value] of Object.entries(f.axes)) (seen[axis] ??= new Set()).add(value);
    for (const [axis, values] of Object.entries(AXES))
      for (const v of values) assert.ok(seen[axis]?.has(v), `axis ${axis} never took ${v}`);
    for (const axis of Object.keys(seen)) assert.ok(AXES[axis], `undeclared axis ${axis}`);
  });

  it('places every profile field on exactly one screen section, with unique routes', () => {
    for (const spec of specs(60)) {
      const placed = spec.screens.flatMap((s) => s.sections.flatMap((sec) => sec.fields));
      assert.deepEqual([...placed].sort(), [...profileFields].sort(), `seed ${spec.seed}`);
      assert.equal(new Set(spec.screens.map((s) => s.route)).size, spec.screens.length);
      for (const s of spec.screens) {
        assert.ok(s.route.startsWith('/'), s.route);
        if (s.tabs) assert.deepEqual(s.tabs.flatMap((t) => t.sections), s.sections.map((_, i) => i));
        for (const f of fieldsOfScreen(spec, s.id)) assert.equal(f.screen, s.id);
      }
    }
  });

  it('labels: parts make the text; marks only on required fields; prefixes from the group', () => {
    for (const spec of specs(60))
      for (const f of Object.values(spec.fields)) {
        const { parts, text, core } = f.label;
        assert.equal(text, parts.filter((p) => !p.css).map((p) => p.text).join(''));
        assert.ok(parts.some((p) => p.kind === 'text' && p.text === core));
        if (!f.required) assert.ok(!parts.some((p) => p.kind === 'mark'), `${f.id} marked but optional`);
        if (f.axes.labelPrefix === 'group') {
          const group = profile.pages.flatMap((p) => p.fields).find((x) => x.id === f.id).group;
          assert.ok(core.startsWith(group.replace(/信息$/, '')), core);
        }
        for (const p of parts.filter((x) => x.kind === 'hint' || x.kind === 'unit'))
          assert.match(p.text, /^[（(].+[）)]$/);
      }
  });

  it('a screen that shows one label twice names every such group with a heading', () => {
    for (const spec of specs(100))
      for (const s of spec.screens) {
        const count = {};
        for (const sec of s.sections) for (const id of sec.fields) count[spec.fields[id].label.core] = (count[spec.fields[id].label.core] || 0) + 1;
        for (const sec of s.sections)
          if (sec.fields.some((id) => count[spec.fields[id].label.core] > 1)) assert.notEqual(sec.heading.style, 'none');
      }
  });

  it('walks the algorithm flow to 关联产品功能 or 技术服务方式 by 角色', () => {
    const spec = layoutFor(profile, 3, 'element-plus');
    const first = spec.screens.find((s) => s.flow === 'algorithm').id;
    const provider = flowScreens(spec, first, '服务提供者').map((s) => s.pages).flat();
    const supporter = flowScreens(spec, first, '服务技术支持者').map((s) => s.pages).flat();
    assert.ok(provider.includes('algorithm-link') && !provider.includes('technical-service'));
    assert.ok(supporter.includes('technical-service') && !supporter.includes('algorithm-link'));
  });
});

describe('expectedModelValue', () => {
  const find = (pred) => {
    for (let seed = 1; seed <= 400; seed++) {
      const spec = layoutFor(profile, seed, 'element-ui');
      const f = Object.values(spec.fields).find((x) => pred(x));
      if (f) return { spec, f };
    }
    throw new Error('no such field in 400 seeds');
  };

  it('converts a number into the unit the page asks in', () => {
    assert.equal(inUnit('1200000', 10000), '120');
    assert.equal(inUnit('850000', 1000000), '0.85');
    assert.equal(inUnit('850000', 1e8), '0.0085');
    assert.equal(inUnit('12', 1), '12');
    assert.equal(inUnit('abc', 10), null);
    const { spec, f } = find((x) => x.quantity?.unit === 'hint' && x.quantity.word === '万人');
    assert.equal(expectedModelValue(spec, f.id, '1200000'), '120');
  });

  it('picks the range that holds the number', () => {
    const { spec, f } = find((x) => x.quantity?.unit === 'range');
    const r = f.quantity.ranges.find((x) => x.min <= 1200000 && (x.max === null || x.max > 1200000));
    assert.equal(expectedModelValue(spec, f.id, '1200000'), r.text);
    assert.ok(f.options.some((o) => o.text === r.text));
    assert.equal(expectedModelValue(spec, f.id, '约一百万').refuse, true);
  });

  it('keeps the canonical option behind other wording, refuses one with no equivalent', () => {
    const { spec, f } = find((x) => x.axes.optionWording === 'alias' && x.options.some((o) => o.text !== o.value));
    const shown = f.options.find((o) => o.text !== o.value);
    const fill = f.model === 'list' ? [shown.value] : shown.value;
    assert.deepEqual(expectedModelValue(spec, f.id, fill), fill);
    const bad = find((x) => x.axes.optionWording === 'no-equivalent');
    assert.equal(bad.f.expect, 'refuse');
    const missing = bad.f.missingOptions[0];
    assert.ok(!bad.f.options.some((o) => o.value === missing));
    const got = expectedModelValue(bad.spec, bad.f.id, bad.f.model === 'list' ? [missing] : missing);
    assert.deepEqual(got, { refuse: true, reason: 'option-missing', missing: [missing] });
  });

  it('refuses an omitted field and a value over the limit; takes ranges and uploads in the page form', () => {
    const { spec, f } = find((x) => x.presence === 'omitted');
    assert.equal(expectedModelValue(spec, f.id, 'x').refuse, true);
    const name = find((x) => x.id === 'entity.basic.name');
    assert.equal(expectedModelValue(name.spec, name.f.id, '杭州'.repeat(20)).reason, 'too-long');
    assert.equal(expectedModelValue(name.spec, name.f.id, '杭州知行'), '杭州知行');
    assert.deepEqual(expectedModelValue(name.spec, 'entity.certificate.validity', { from: '2021-03-18', to: null, longTerm: true }), {
      from: '2021-03-18',
      to: '',
      longTerm: true,
    });
    assert.deepEqual(
      expectedModelValue(name.spec, 'entity.attachments.commitmentLetter', { path: 'attachments/a.pdf', sha256: 'ab' }),
      [{ name: 'a.pdf', sha256: 'ab' }],
    );
    assert.deepEqual(expectedModelValue(name.spec, 'entity.basic.entityType', null), '');
  });
});

describe('the browser suite’s seeds', () => {
  it('take every axis value and draw every control variant of the filled fields on every stack', async () => {
    const { SEEDS } = await import('./support/layout-seeds.mjs');
    const { FILLS } = await import('./support/layout-fill.mjs');
    const seen = {};
    const drawn = {};
    for (const [stack, seeds] of Object.entries(SEEDS))
      for (const seed of seeds)
        for (const f of Object.values(layoutFor(profile, seed, stack).fields)) {
          for (const [axis, value] of Object.entries(f.axes)) (seen[axis] ??= new Set()).add(value);
          if (FILLS[f.id]) (drawn[stack] ??= new Set()).add(f.control);
        }
    for (const [axis, values] of Object.entries(AXES))
      for (const v of values) assert.ok(seen[axis]?.has(v), `the suite's layouts never take ${axis}=${v}`);
    const all = new Set(Object.values(drawn).flatMap((s) => [...s]));
    for (const stack of STACKS)
      for (const control of all)
        if (!(stack === 'plain' && control === 'cascader')) assert.ok(drawn[stack].has(control), `${stack} never draws ${control}`);
  });
});
