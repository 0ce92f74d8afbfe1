// The layout generator of the rehearsal portal: layoutFor(profile, seed,
// stack) → a layout spec, seeded and reproducible (the same seed and stack
// give the same spec, hence the same markup), pure and usable in the browser
// and from node. The same seed gives the same layout on every stack, drawn
// in that stack's own components. docs/rehearsal-layouts.md describes the
// spec and every axis.
import { describeFields, pageGroups } from '../portal.js';
import { randomFor } from './random.js';
import { AXES } from './axes.js';
import { drawScreens } from './screens.js';
import { drawScreenStyle, drawSections, drawTabs } from './sections.js';
import { drawField } from './fields.js';
import { prefixedGroups } from './labels.js';
import { drawExtras, drawEcho } from './extras.js';

export const SPEC_FORMAT = 'beian-rehearsal-layout/1';
export const STACKS = AXES.stack;
export { AXES } from './axes.js';
export { expectedModelValue, emptyModelValue, inUnit, rangeOf } from './values.js';
export { flowScreens, screenOfRoute } from './screens.js';
export { shownFileName, fileCountText } from './controls.js';

// Screens whose sections show the same label twice must name their groups.
function forceHeadings(rng, screen, fields) {
  const sectionsOf = new Map();
  screen.sections.forEach((s, i) =>
    s.fields.forEach((id) => {
      const core = fields[id].label.core;
      if (!sectionsOf.has(core)) sectionsOf.set(core, new Set());
      sectionsOf.get(core).add(i);
    }),
  );
  for (const set of sectionsOf.values())
    if (set.size > 1)
      for (const i of set)
        if (screen.sections[i].heading.style === 'none')
          screen.sections[i].heading.style = rng.pick(screen.stack === 'plain' ? ['fieldset', 'h4'] : ['card', 'h4', 'divider']);
}

function drawScreen(rng, profile, stack, screen, fields) {
  const pages = screen.pages.map((id) => profile.pages.find((p) => p.id === id));
  const style = drawScreenStyle(rng.fork('style'), stack);
  const groups = [];
  const descs = {};
  const raws = {};
  const prefixedOf = {};
  for (const page of pages) {
    const described = describeFields(page);
    prefixedOf[page.id] = prefixedGroups(described);
    described.forEach((d, i) => {
      descs[d.id] = d;
      raws[d.id] = page.fields[i];
    });
    for (const g of pageGroups(page, described)) groups.push({ page, title: g.title, fields: g.fields });
  }
  const sections = drawSections(rng.fork('sections'), style, groups);
  let tabs = null;
  let composition = screen.composition;
  if (pages.length === 1 && sections.length >= 3 && rng.fork('tabs').chance(0.3)) {
    tabs = drawTabs(rng.fork('tab-cuts'), sections);
    composition = 'tabs';
  }
  const out = { ...screen, stack, composition, title: pages[0].title, step: pages.length === 1 ? pages[0].step || '' : '', frame: style.frame, tabs, sections };
  // Other fields' labels and the headings a label must not copy.
  const reservedBase = new Set([...Object.values(descs).map((d) => d.label), ...sections.map((s) => s.heading.title)]);
  sections.forEach((section, si) => {
    const page = pages.find((p) => p.id === section.page);
    const prefixed = prefixedOf[page.id];
    const usedInSection = new Set();
    section.fields.forEach((id, i) => {
      const reserved = new Set([...reservedBase].filter((l) => l !== descs[id].label));
      const ctx = { profile, stack, style, section, sectionIndex: si, page, prefixed, reserved, usedInSection, screenId: screen.id };
      fields[id] = drawField(rng.fork(`field:${id}`), ctx, descs[id], raws[id], i);
      usedInSection.add(fields[id].label.core);
    });
  });
  forceHeadings(rng.fork('force-headings'), out, fields);
  const cores = new Set(Object.values(fields).filter((f) => f.screen === screen.id).map((f) => f.label.core));
  out.legend = style.requiredMark !== 'none' && style.legend ? rng.pick(['标 * 为必填项', '带“*”号的为必填项', '注：* 为必填项']) : null;
  out.extras = drawExtras(rng.fork('extras'), profile, sections, cores);
  out.echo = drawEcho(rng.fork('echo'), screen);
  const screenAxes = {
    stack,
    composition,
    frame: style.frame,
    legend: out.legend ? 'shown' : 'none',
    extras: out.extras.length ? 'some' : 'none',
    echo: out.echo.length ? 'rows' : 'none',
  };
  for (const [si, section] of sections.entries())
    for (const id of section.fields)
      fields[id].axes = {
        ...screenAxes,
        layout: section.body.layout,
        heading: section.heading.style,
        headingNumber: section.heading.text === section.heading.title ? 'none' : style.headingNumber,
        groupWording: section.heading.wording,
        ...fields[id].axes,
        section: si,
      };
  return out;
}

export function layoutFor(profile, seed, stack) {
  if (!STACKS.includes(stack)) throw new Error(`unknown stack “${stack}” (one of ${STACKS.join(', ')})`);
  if (seed === undefined || seed === null || String(seed) === '') throw new Error('a layout needs a seed');
  const rng = randomFor(String(seed));
  const fields = {};
  const screens = drawScreens(rng.fork('screens'), profile).map((s) =>
    drawScreen(rng.fork(`screen:${s.id}`), profile, stack, s, fields),
  );
  for (const f of Object.values(fields)) delete f.axes.section;
  return { format: SPEC_FORMAT, seed: String(seed), stack, profileVersion: profile.profileVersion, screens, fields };
}

// The fields a screen shows, in order (tab by tab), as spec field objects.
export function fieldsOfScreen(spec, screenId) {
  const screen = spec.screens.find((s) => s.id === screenId);
  return screen ? screen.sections.flatMap((s) => s.fields.map((id) => spec.fields[id])) : [];
}
