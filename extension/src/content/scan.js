// The page read in document order, as a person reads a form: texts (labels,
// headings, hints), controls, and the form items a library already pairs.
// One walk over the shown part of the document; hidden subtrees, popups,
// scripts and buttons are skipped. Read-only.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { labelKey } = BA.text;
  const { isShown } = BA.dom;
  const W = BA.widgets;

  // Elements a text belongs to when it names something: the nearest of these
  // around it (spans, <b> and icons inside a label belong to the label).
  const TOKEN_TAGS = new Set(['LABEL', 'TH', 'TD', 'DT', 'DD', 'LI', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND',
    'CAPTION', 'DIV', 'SECTION', 'HEADER', 'ARTICLE', 'ASIDE', 'FIELDSET', 'FORM', 'TR', 'TABLE', 'UL', 'OL', 'DL', 'BODY']);

  // Section titles as pages draw them: heading tags, legends, captions, card
  // and collapse headers, dividers, tab titles.
  const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, caption, [role=heading], [role=tab], .el-card__header, .ant-card-head-title, ' +
    '.el-divider__text, .ant-divider-inner-text, .el-collapse-item__header, .ant-collapse-header, .el-tabs__item, .ant-tabs-tab, ' +
    '.section-title, .el-step__title, .ant-steps-item-title, summary';
  // Navigation: tab titles (a tab names its panel only, groups.tabSection),
  // step bars, breadcrumbs and menus name no field and start no section.
  // (Not [role=tablist]: Element UI draws a collapse as a tablist whose
  // panels hold the form.)
  const NAVIGATION = '[role=tab], .el-tabs__header, .ant-tabs-nav, .el-steps, .ant-steps, .el-breadcrumb, .ant-breadcrumb, [class*=breadcrumb], [class*=crumbs], nav, [role=navigation], [role=menu], .el-menu, .ant-menu';
  // 首页 / 产品及功能信息 / 添加产品信息, > 备案信息 > …: a trail, not a label.
  const TRAIL = /^\s*[/>›»]|\S\s*[/>›»]\s*\S.*[/>›»]/;
  const PANEL_TITLE = '.el-collapse-item__header, .ant-collapse-header, summary, [role=tab]';
  // 一、证件信息 / 第二部分 算法信息: a numbered section, not a field.
  const NUMBERED_SECTION = /^\s*(?:第[一二三四五六七八九十]+(?:部分|章|节)|[一二三四五六七八九十]+、)/;

  // A list none of whose items holds a control and one of which is marked
  // current (a step bar or menu drawn as <ol>/<ul>): navigation.
  const CURRENT = /\b(current|active|is-active|is-process|selected)\b/;
  const stepLists = new WeakMap();
  function inStepList(el) {
    const li = el.closest('li');
    const list = li && li.parentElement;
    if (!list || !/^(UL|OL)$/.test(list.tagName)) return false;
    if (!stepLists.has(list)) {
      const items = [...list.children];
      stepLists.set(list, items.length > 1 && !list.querySelector('input, select, textarea') &&
        items.some((i) => CURRENT.test(i.className || '') || i.hasAttribute('aria-current')));
    }
    return stepLists.get(list);
  }

  // Form items a library pairs itself: label element and content element.
  const ITEM_SHAPES = [
    { source: 'el-form-item', roots: '.el-form-item', label: '.el-form-item__label', content: '.el-form-item__content' },
    { source: 'ant-form-item', roots: '.ant-form-item', label: '.ant-form-item-label label, .ant-form-item-label', content: '.ant-form-item-control' },
  ];
  const ITEM_ROOTS = ITEM_SHAPES.map((s) => s.roots).join(', ');

  function firstOwn(item, selector, itemSelector) {
    for (const el of item.querySelectorAll(selector)) if (el.closest(itemSelector) === item) return el;
    return null;
  }

  const ownText = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');

  // A library item with a label that says something; an item whose label is
  // empty (a layout that draws its labels elsewhere) is walked into instead.
  function libraryItem(el) {
    const shape = ITEM_SHAPES.find((s) => el.matches(s.roots));
    const labelEl = firstOwn(el, shape.label, shape.roots);
    const content = firstOwn(el, shape.content, shape.roots);
    if (!labelEl || !content || !labelKey(ownText(labelEl))) return null;
    return { label: ownText(labelEl), labelEl, root: el, content, source: shape.source };
  }

  function tokenElement(node) {
    for (let n = node.parentElement; n; n = n.parentElement) if (TOKEN_TAGS.has(n.tagName) || n.getAttribute('role') === 'tab' || n.tagName === 'SUMMARY') return n;
    return null;
  }

  // A table row that holds one cell across the table: a section title.
  function isSectionRow(cell) {
    if (!cell || !/^T[DH]$/.test(cell.tagName)) return false;
    const row = cell.parentElement;
    if (!row || row.cells.length !== 1) return false;
    const table = row.closest('table');
    return (cell.colSpan || 1) > 1 || (!!table && [...table.rows].some((r) => r.cells.length > 1));
  }

  function isHeadingText(el, text) {
    if (el.closest(HEADING_SELECTOR)) return true;
    if (NUMBERED_SECTION.test(text)) return true;
    return isSectionRow(el.closest('td, th'));
  }

  // scan(doc, seen) → events in document order:
  //   {type: 'text', el, text, heading}  consecutive texts of one element
  //   {type: 'control', el, kind}        a widget root or a native control
  //   {type: 'item', item}               a library form item with its label
  function scan(doc, seen = new Map()) {
    const events = [];
    let open = null; // the text event still taking text nodes
    const pushText = (node) => {
      const el = tokenElement(node);
      if (!el) return;
      if (open && open.el === el) { open.text += node.nodeValue; return; }
      open = { type: 'text', el, text: node.nodeValue };
      events.push(open);
    };
    const push = (e) => { open = null; events.push(e); };

    function visit(el) {
      if (el.matches(W.POPUPS) || !isShown(el, seen)) return;
      if (el.matches(ITEM_ROOTS)) {
        const item = libraryItem(el);
        if (item) { push({ type: 'item', item }); return; }
      }
      // A widget root with nothing to operate (an upload's file list) is no
      // control of its own; its texts (file names) are not labels either.
      if (el.matches(W.WIDGET_ROOTS)) {
        if (el.matches(W.NATIVE_CONTROL) || el.querySelector(W.NATIVE_CONTROL + ', [role=combobox], [role=radiogroup]') || el.matches('[role=combobox], [role=radiogroup], [role=listbox]')) push({ type: 'control', el, kind: W.widgetKind(el) });
        return;
      }
      if (el.matches(W.NATIVE_CONTROL)) {
        push({ type: 'control', el, kind: W.nativeKind(el) });
        // The text right after a bare radio or checkbox is its option's name.
        if (W.CHOICE.test(el.type || '') && !W.choiceLabel(el) && el.nextSibling && el.nextSibling.nodeType === 3) skip.add(el.nextSibling);
        return;
      }
      if (el.tagName === 'LABEL') {
        // A label around or for a radio/checkbox names an option, not a field.
        // A label `for` the first box of a group whose boxes have labels of
        // their own names the group: its text is read like any other.
        const target = el.control || el.querySelector(W.NATIVE_CONTROL);
        const own = target && !el.contains(target) && target.closest('label');
        if (target && W.CHOICE.test(target.type || '') && !(own && own !== el)) {
          if (el.contains(target) || !target.isConnected) push({ type: 'control', el: target, kind: W.nativeKind(target), optionLabel: el });
          return;
        }
      }
      // A collapse panel's header may be drawn as a button: its text is the
      // panel's title all the same.
      if (el.matches(W.NOT_TEXT) && !el.matches(PANEL_TITLE)) { open = null; return; }
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 1) visit(n);
        else if (n.nodeType === 3 && n.nodeValue.trim() && !skip.has(n)) pushText(n);
      }
    }
    const skip = new Set();
    if (doc.body) visit(doc.body);
    for (const e of events) {
      if (e.type !== 'text') continue;
      e.text = e.text.replace(/\s+/g, ' ').trim();
      e.heading = isHeadingText(e.el, e.text);
      e.nav = !!e.el.closest(NAVIGATION) || inStepList(e.el) || TRAIL.test(e.text);
    }
    return events;
  }

  BA.scan = { scan, HEADING_SELECTOR, ITEM_SHAPES, isSectionRow, ownText };
})(globalThis);
