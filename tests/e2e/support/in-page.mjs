// Functions that run inside the page (passed to evaluate / waitForFunction).

// In the page: the smallest container holding the field labelled `label`
// (and a control), taking the first such label after the `group` heading.
export function findRow(label, group) {
  const norm = (s) => (s || '').replace(/[\s*＊:：]/g, '');
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const deepest = (text) =>
    [...document.body.querySelectorAll('*')].filter(
      (el) =>
        norm(el.textContent) === norm(text) &&
        shown(el) &&
        ![...el.children].some((c) => norm(c.textContent) === norm(text)),
    );
  let labels = deepest(label);
  if (group) {
    const head = deepest(group)[0];
    if (!head) return null;
    labels = labels.filter((l) => head.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  for (const l of labels) {
    let row = l.parentElement;
    while (row && !row.querySelector('input, textarea, select, button')) row = row.parentElement;
    // A heading or help text's "row" is a large block holding the real label too.
    if (row && !labels.some((other) => other !== l && row.contains(other))) return row;
  }
  return null;
}

export function shownMatch(selector, text) {
  const el = [...document.querySelectorAll(selector)].find((e) => {
    const r = e.getBoundingClientRect();
    return e.textContent.trim() === text && r.width > 0 && r.height > 0;
  });
  return el || null;
}
