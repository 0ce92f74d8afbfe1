// Ant Design Vue's dropdowns: the select's (a virtual list that draws only
// the options in view, option groups between them) and the cascader's
// (one menu per level). Shared by the Ant Design Vue adapter.
(function (root) {
  'use strict';
  const BA = root.BeianAssist;
  const { press, key, waitFor, nextTurn, nextFrame, fire, Refusal } = BA.events;
  const { isShown, q, qa } = BA.dom;
  const A = (BA.adapters = BA.adapters || {});

  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  const TRIGGER = '.ant-select-selector';
  const DROPDOWN = '.ant-select-dropdown';

  // Opens the widget's dropdown (rc-select opens on mousedown of its
  // selector) and finds it: by the input's aria-controls list, else as the
  // one dropdown that became shown.
  async function open(content) {
    const doc = content.ownerDocument;
    const before = new Set(qa(doc, DROPDOWN).filter((d) => isShown(d) && !/-hidden/.test(d.className)));
    const trigger = q(content, TRIGGER);
    if (!trigger) throw new Refusal('control-missing');
    press(trigger);
    return waitFor(() => {
      const input = q(content, 'input[aria-controls]');
      const list = input && doc.getElementById(input.getAttribute('aria-controls'));
      const owned = list && list.closest(DROPDOWN);
      // Not one that was open before the press (dependent selects may share
      // the first one's list id; its dropdown may still be closing).
      if (owned && isShown(owned) && !/-hidden/.test(owned.className) && !before.has(owned)) return owned;
      const fresh = qa(doc, DROPDOWN).filter((d) => isShown(d) && !/-hidden/.test(d.className) && !before.has(d));
      return fresh.length === 1 ? fresh[0] : null;
    });
  }

  async function close(content, popup) {
    if (popup && isShown(popup) && !/-hidden/.test(popup.className)) {
      const input = q(content, 'input');
      if (input) key(input, 'Escape');
    }
    await nextTurn();
  }

  const OPTION = '.ant-select-item-option';
  const optionText = (li) => li.getAttribute('title') || text(q(li, '.ant-select-item-option-content') || li);
  const isSelected = (li) => li.classList.contains('ant-select-item-option-selected');

  // The virtual list draws only what is in view: it is scrolled from the top
  // a screen at a time, calling visit(rows) until visit answers something.
  async function scrollThrough(popup, visit) {
    const holder = q(popup, '.rc-virtual-list-holder');
    if (holder) { holder.scrollTop = 0; fire(holder, 'scroll'); await nextFrame(); await nextTurn(); }
    for (let guard = 0; guard < 200; guard += 1) {
      const found = visit(qa(popup, OPTION));
      if (found) return found;
      if (!holder || holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 1) return null;
      const top = holder.scrollTop;
      holder.scrollTop = top + Math.max(holder.clientHeight - 32, 32);
      fire(holder, 'scroll');
      await nextFrame();
      await nextTurn();
      if (holder.scrollTop === top) return null;
    }
    return null;
  }

  // The one option fits() accepts: the whole list is read first (two
  // different options that fit are ambiguous), then scrolled to it again,
  // since the list reuses its rows while it scrolls.
  async function findOption(popup, fits) {
    const texts = new Set();
    await scrollThrough(popup, (rows) => { for (const li of rows) if (fits(optionText(li)) && !li.classList.contains('ant-select-item-option-disabled')) texts.add(optionText(li)); });
    if (texts.size > 1) throw new Refusal('option-ambiguous');
    if (!texts.size) return null;
    const [text] = texts;
    return scrollThrough(popup, (rows) => rows.find((li) => optionText(li) === text));
  }

  // values: the wanted option texts; same(pageText, wanted).
  async function writeSelect(content, values, multiple, same) {
    const popup = await open(content);
    if (!popup) throw new Refusal('dropdown-not-opened');
    try {
      // Every wanted option is looked for before any is chosen: a value the
      // list lacks leaves the select as it was.
      for (const v of values) if (!(await findOption(popup, (t) => same(t, v)))) throw new Refusal('option-missing');
      if (multiple) {
        for (const li of qa(popup, OPTION)) {
          if (isSelected(li) && !values.some((v) => same(optionText(li), v))) { press(li); await nextTurn(); }
        }
      }
      for (const v of values) {
        const li = await findOption(popup, (t) => same(t, v));
        if (!li) throw new Refusal('option-missing');
        if (!multiple || !isSelected(li)) { press(li); await nextTurn(); }
      }
    } finally {
      await close(content, popup);
    }
  }

  // Level by level: a parent's click opens the next menu; a leaf's click
  // picks it (single) or its checkbox toggles it (multiple).
  async function writeCascader(content, paths, multiple, same) {
    const popup = await open(content);
    if (!popup) throw new Refusal('dropdown-not-opened');
    try {
      // Every path walked first without choosing its last level (parents
      // only open their menus): a path the page lacks changes nothing.
      for (const probe of [true, false]) for (const path of paths) {
        for (let level = 0; level < path.length; level += 1) {
          const node = await waitFor(() => {
            const menu = qa(popup, '.ant-cascader-menu')[level];
            const hits = menu ? qa(menu, '.ant-cascader-menu-item').filter((n) => same(text(q(n, '.ant-cascader-menu-item-content') || n), path[level])) : [];
            return hits.length === 1 ? hits[0] : null;
          }, 800);
          if (!node) throw new Refusal('option-missing');
          const leaf = level === path.length - 1;
          if (leaf && probe) continue;
          if (leaf && multiple) {
            const box = q(node, '.ant-cascader-checkbox');
            if (box && !box.classList.contains('ant-cascader-checkbox-checked')) press(box);
          } else if (!node.classList.contains('ant-cascader-menu-item-active') || leaf) {
            press(node);
          }
          await nextTurn();
        }
      }
    } finally {
      await close(content, popup);
    }
  }

  A.antPopups = { writeSelect, writeCascader, open, close };
})(globalThis);
