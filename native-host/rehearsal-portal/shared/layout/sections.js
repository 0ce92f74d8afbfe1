// The look of a screen and of each section (one profile group) on it: the
// frame (separate sections, or one table with numbered section rows), the
// heading style and wording, the body (a form of 1–3 columns, a table with
// one or two label/control pairs per row, a definition list) and where
// labels sit. Weighted as Chinese government forms use them.
import { headingNumberText, numberingText } from './labels.js';

const HEADINGS = {
  plain: [['fieldset', 3], ['h3', 1.5], ['h4', 1.5], ['card', 0.5], ['collapse', 0.7], ['divider', 0.5], ['none', 0.8]],
  library: [['card', 3], ['collapse', 1.2], ['divider', 1.5], ['h3', 1], ['h4', 1], ['fieldset', 0.5], ['none', 0.8]],
};
const BODIES = [['form-1', 3], ['form-2', 2], ['form-3', 0.8], ['table-1', 1.5], ['table-2', 1.5], ['dl', 0.7]];
const UPLOAD_GROUP_ALIASES = ['附件材料', '相关材料', '材料上传', '附件上传'];

// Screen-wide choices (a real page keeps them for all its sections).
export function drawScreenStyle(rng, stack) {
  const oneTable = rng.chance(0.2);
  return {
    frame: oneTable ? 'one-table' : 'sections',
    headingNumber: oneTable
      ? rng.weighted([['chinese', 4], ['paren', 1], ['arabic', 0.5], ['none', 0.5]])
      : rng.weighted([['none', 2], ['chinese', 2], ['arabic', 0.7], ['paren', 0.5]]),
    sameBody: oneTable || rng.chance(0.6),
    body: oneTable ? rng.pick(['table-1', 'table-2']) : rng.weighted(BODIES),
    labelCell: rng.weighted([['th', 1], ['td', 1]]),
    labelAlign: rng.weighted([['right', 2], ['left', 1]]),
    labelWrap: rng.chance(0.2) ? 'wrap' : 'nowrap',
    labelWidth: rng.pick([120, 140, 160, 200]),
    top: rng.chance(0.35), // labels above controls in form bodies
    colon: rng.weighted([['none', 1], ['half', 1], ['full', 2]]),
    requiredMark: rng.weighted([['before', 3], ['after', 1], ['none', 1]]),
    bracket: rng.weighted([['full', 3], ['half', 1]]),
    legend: rng.chance(0.3),
    headingWeights: HEADINGS[stack === 'plain' ? 'plain' : 'library'],
  };
}

function groupWording(rng, page, title) {
  let aliases = (page.groupAliases || {})[title] || [];
  if (title === page.step || title === page.title) aliases = page.headings.filter((h) => h !== title);
  if (title === '上传材料') aliases = UPLOAD_GROUP_ALIASES;
  if (aliases.length && rng.chance(0.35)) return { wording: 'alias', title: rng.pick(aliases) };
  return { wording: 'profile', title };
}

// One section per profile group, in screen order.
export function drawSections(rng, style, groups) {
  return groups.map(({ page, title, fields }, i) => {
    const body = style.sameBody ? style.body : rng.weighted(BODIES);
    const heading = style.frame === 'one-table' ? 'table-row' : rng.weighted(style.headingWeights);
    const wording = groupWording(rng, page, title);
    const number = headingNumberText(style.headingNumber, i + 1);
    const kind = body.startsWith('form') ? 'form' : body.startsWith('table') ? 'table' : 'dl';
    const labelPosition = kind === 'form' ? (style.top ? 'top' : 'left') : kind === 'table' ? 'cell' : 'dt';
    return {
      page: page.id,
      group: title,
      tab: null,
      heading: { style: heading, text: `${number}${wording.title}`, title: wording.title, wording: wording.wording },
      body: {
        layout: body,
        kind,
        columns: kind === 'form' ? Number(body.slice(5)) : 1,
        pairs: kind === 'table' ? Number(body.slice(6)) : 1,
        labelPosition,
        labelCell: style.labelCell,
        labelAlign: style.labelAlign,
        labelWidth: style.labelWrap === 'wrap' ? 96 : style.labelWidth,
        labelWrap: style.labelWrap,
      },
      numbering: rng.weighted([['none', 5], ['arabic-dot', 1], ['arabic-comma', 0.6], ['paren-chinese', 0.5], ['paren-arabic', 0.4]]),
      fields: fields.map((f) => f.id),
    };
  });
}

export const fieldNumber = (section, index) => numberingText(section.numbering, index + 1);

// Splits a screen's sections over 2–3 tabs of neighbouring sections.
export function drawTabs(rng, sections) {
  const count = Math.min(sections.length, rng.int(2, 3));
  const cuts = new Set();
  while (cuts.size < count - 1) cuts.add(rng.int(1, sections.length - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), sections.length];
  const tabs = [];
  for (let t = 0; t + 1 < bounds.length; t++) {
    const ids = [];
    for (let s = bounds[t]; s < bounds[t + 1]; s++) {
      sections[s].tab = t;
      ids.push(s);
    }
    tabs.push({ title: sections[bounds[t]].heading.title, sections: ids });
  }
  return tabs;
}
