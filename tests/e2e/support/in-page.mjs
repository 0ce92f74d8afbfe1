// Functions that run inside the page (passed to evaluate / waitForFunction).

// In the page: the smallest container holding the field labelled `label`
// (and a control), taking the first such label after the `group` heading.
// `texts` (optional): each element's normalised text, computed once for
// many look-ups on a page that does not change meanwhile.
export function findRow(label, group, texts) {
  const norm = (s) => (s || '').replace(/[\s*＊:：]/g, '');
  const textOf = texts ? (el) => texts.get(el) : (el) => norm(el.textContent);
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const deepest = (text) =>
    [...document.body.querySelectorAll('*')].filter(
      (el) =>
        textOf(el) === norm(text) &&
        shown(el) &&
        ![...el.children].some((c) => textOf(c) === norm(text)),
    );
  let labels = deepest(label);
  if (group) {
    const head = deepest(group)[0];
    if (!head) return null;
    labels = labels.filter((l) => head.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  const CONTROL = 'input, textarea, select, button';
  for (const l of labels) {
    // A label cell pairs with the next cell where a table row holds two
    // label/control pairs, and a <dt> with its <dd>.
    const cell = l.closest('th, td, dt');
    const pairs = cell && (cell.tagName === 'DT' || cell.parentElement.children.length > 2);
    if (pairs && !cell.querySelector(CONTROL)) {
      const next = cell.nextElementSibling;
      if (next && next.querySelector(CONTROL)) return next;
    }
    let row = l.parentElement;
    while (row && !row.querySelector(CONTROL)) row = row.parentElement;
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

// In the page: the field that shows only a placeholder (an input's
// attribute, or a select's drawn placeholder text), as its form item.
export function findByPlaceholder(text) {
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const el =
    [...document.querySelectorAll('input[placeholder], textarea[placeholder]')].find((e) => e.placeholder === text && shown(e)) ||
    [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent.trim() === text && shown(e)) ||
    [...document.querySelectorAll('option')].find((o) => o.textContent.trim() === text && shown(o.parentElement));
  if (!el) return null;
  return el.closest('.el-form-item, .ant-form-item, .form-row, td, dd') || el.parentElement;
}
