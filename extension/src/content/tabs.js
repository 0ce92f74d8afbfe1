// Tabs: a page split over tabs shows one tab's fields at a time. Fill all
// visits each tab as a person would (a press on the tab's title, which
// submits nothing) and fills what it shows. Only elements that are tabs by
// role or by their library's class are pressed; a <button> only when it is
// type=button (a bare <button> in a form would submit it).
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { isUsable, ownText } = BA.dom;
  const { nextTurn, nextFrame, Refusal } = BA.events;

  const TAB = '[role=tab], .el-tabs__item, .ant-tabs-tab-btn, .ant-tabs-tab';
  const ACTIVE = (el) => el.getAttribute('aria-selected') === 'true' || /\b(is-active|ant-tabs-tab-active|active|current)\b/.test(el.className || '') || (el.parentElement && /ant-tabs-tab-active/.test(el.parentElement.className || ''));

  // The usable tab titles of the page, outermost only (an Ant tab wraps its
  // role=tab element), in document order.
  function list(doc) {
    const all = [...doc.querySelectorAll(TAB)].filter((el) => isUsable(el));
    return all.filter((el) => !all.some((o) => o !== el && el.contains(o)));
  }

  const describe = (doc) => list(doc).map((el) => ({ title: ownText(el), active: !!ACTIVE(el) }));

  // Presses tab `index` and waits a frame for its panel to be drawn.
  async function activate(doc, index) {
    const tab = list(doc)[index];
    if (!tab) throw new Refusal('tab-gone');
    if (tab.tagName === 'BUTTON' && tab.type !== 'button') throw new Refusal('refused-button');
    if (tab.tagName === 'A' && tab.getAttribute('href') && !/^#/.test(tab.getAttribute('href'))) throw new Refusal('refused-link');
    if (!ACTIVE(tab)) BA.events.pressTab(tab);
    await nextTurn();
    await nextFrame();
    return { title: ownText(tab) };
  }

  BA.tabs = { list, describe, activate, TAB };
})(globalThis);
