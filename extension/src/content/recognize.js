// Which profile pages this screen shows, from what a person would read: the
// fields present (every page's fields matched at once, so each label goes to
// one field), the active step and section headings. A screen may show
// several pages (产品信息, 功能访问路径 and 功能信息 together) or one page in
// part; each page whose fields are present is a candidate with its share of
// fields found, and the answer says how sure it is. The route
// (location.hash) is reported, never trusted alone.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { labelKey } = BA.text;
  const { ownText } = BA.scan;

  const ACTIVE_STEP = '.el-step__title.is-process, .el-step.is-process .el-step__title, .ant-steps-item-process .ant-steps-item-title, [aria-current=step], .plain-steps li.current, li.current, .step.active';
  // A page is on the screen when at least this share of its fields is, or
  // when fewer are but the screen names it: its step is the active one, or
  // two of its sections are titled on the screen (a page split over tabs
  // shows one tab's fields at a time).
  const PRESENT = 0.5;
  // A page found in part below that, and not named, makes the answer unsure.
  const DOUBT = 0.25;

  // Fields that are there whatever else was chosen (not behind a `when`).
  const always = (p) => p.fields.filter((f) => !f.when);

  // The keys of every title on the screen: headings, tabs, steps, legends and
  // lines of text alone in a table row.
  function titlesOn(events) {
    return new Set(events.filter((e) => e.type === 'text').map((e) => labelKey(e.text)));
  }

  function recognize(doc, profile) {
    const pages = profile.pages;
    const fields = pages.flatMap((p) => p.fields);
    const matches = BA.match.matchFields(doc, fields, {}, pages);
    const titles = titlesOn(BA.scan.scan(doc));
    const steps = [...doc.querySelectorAll(ACTIVE_STEP)].map((e) => labelKey(ownText(e)));
    const scored = pages.map((p) => {
      const base = always(p);
      const found = p.fields.filter((f) => matches.get(f.id).status === 'found').length;
      const share = base.length ? Math.min(1, found / base.length) : 0;
      const atStep = !!p.step && steps.includes(labelKey(p.step));
      const groups = [...new Set(p.fields.map((f) => f.group).filter(Boolean))];
      const sections = groups.filter((g) => BA.groups.keysOf([g, ...((p.groupAliases || {})[g] || [])]).some((k) => titles.has(k))).length;
      const named = atStep || sections >= 2;
      return { id: p.id, title: p.title, step: p.step || null, found, total: base.length, share: Math.round(share * 100) / 100, named };
    }).sort((a, b) => b.share - a.share || b.found - a.found || Number(b.named) - Number(a.named));
    const chosen = scored.filter((s) => s.found > 0 && (s.share >= PRESENT || s.named));
    const doubtful = scored.filter((s) => s.found > 0 && !chosen.includes(s) && s.share >= DOUBT);
    // Sure when every page present has most of its fields or is named, and
    // no other page is partly there.
    const sure = chosen.length > 0 && !doubtful.length && chosen.every((s) => s.share >= 0.6 || s.named);
    const order = new Map(pages.map((p, i) => [p.id, i]));
    const ids = chosen.map((s) => s.id).sort((a, b) => order.get(a) - order.get(b));
    return {
      pages: ids,
      page: ids[0] || null,
      confidence: !ids.length ? (doubtful.length ? 'low' : 'none') : sure ? 'high' : 'low',
      candidates: [...chosen, ...doubtful],
      route: doc.defaultView.location.hash || null,
      step: steps[0] || null,
    };
  }

  BA.recognize = { recognize, PRESENT, DOUBT };
})(globalThis);
