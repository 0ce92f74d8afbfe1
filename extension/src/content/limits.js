// Length limits: the profile's limit and the page's own (maxlength, word
// counter, "不超过N字" hint) are both checked, each in its own unit; the
// stricter one binds. A disagreement is reported so the profile can be fixed.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { lengthIn } = BA.text;

  // profile: {limit, unit} from the profile; page: {limit, unit, source}.
  function reconcile(value, profile, page) {
    const checks = [];
    if (profile && Number.isInteger(profile.limit)) checks.push({ source: 'profile', limit: profile.limit, unit: profile.unit || 'utf16' });
    if (page && Number.isInteger(page.limit)) checks.push({ source: page.source || 'page', limit: page.limit, unit: page.unit || 'utf16' });
    if (!checks.length) return { effective: null, checks, over: false, mismatch: false };
    for (const c of checks) {
      c.count = typeof value === 'string' ? lengthIn(value, c.unit) : null;
      c.room = c.count == null ? c.limit : c.limit - c.count;
    }
    // Binding = least room left; with no value, the smaller limit.
    const effective = checks.reduce((a, b) => (b.room < a.room || (b.room === a.room && b.limit < a.limit) ? b : a));
    const mismatch = checks.length === 2 && (checks[0].limit !== checks[1].limit || checks[0].unit !== checks[1].unit);
    return { effective, checks, over: checks.some((c) => c.count != null && c.count > c.limit), mismatch };
  }

  BA.limits = { reconcile };
})(globalThis);
