// Which profile page this document shows, from what a person would read:
// the active step, section headings, breadcrumbs and the field labels
// present. The route (location.hash) is reported but not trusted alone.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { normalizeLabel } = BA.text;
  const { HEADING_SELECTOR, ownText } = BA.dom;

  const ACTIVE_STEP = '.el-step__title.is-process, .el-step.is-process .el-step__title, .ant-steps-item-process .ant-steps-item-title, [aria-current=step], .plain-steps li.current, li.current, .step.active';
  const CRUMBS = '.el-breadcrumb__inner, .ant-breadcrumb-link, .crumbs, nav[aria-label*=breadcrumb] li';

  function recognize(doc, profile, items) {
    const texts = new Set([...doc.querySelectorAll(HEADING_SELECTOR + ', ' + CRUMBS)].map((e) => normalizeLabel(ownText(e))));
    const crumbText = normalizeLabel([...doc.querySelectorAll(CRUMBS)].map(ownText).join('>'));
    const steps = [...doc.querySelectorAll(ACTIVE_STEP)].map((e) => normalizeLabel(ownText(e)));
    const labels = new Set((items || BA.match.usableItems(doc)).map((i) => i.norm));
    const scored = profile.pages.map((p) => {
      let score = 0;
      if (p.step && (steps.includes(normalizeLabel(p.step)) || crumbText.includes(normalizeLabel(p.step)))) score += 5;
      score += p.headings.filter((h) => texts.has(normalizeLabel(h))).length;
      const present = p.fields.filter((f) => [f.label, ...(f.aliases || [])].some((l) => labels.has(normalizeLabel(l)))).length;
      score += p.fields.length ? (6 * present) / p.fields.length : 0;
      return { id: p.id, score: Math.round(score * 100) / 100 };
    }).sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    const page = best && best.score >= 2 && (!next || best.score - next.score >= 1) ? best.id : null;
    return { page, candidates: scored.slice(0, 3), route: doc.defaultView.location.hash || null, step: steps[0] || null };
  }

  BA.recognize = { recognize };
})(globalThis);
