// Drives a replica page the way a person does: fields are found by their
// visible label (under a visible group heading where labels repeat) or, on
// a layout that has no label, by placeholder; text is typed on the keyboard,
// options are clicked by their visible text. Only the widget mechanics
// (which part of a select to click, where its options and a cascader's
// menus are, how a native <select> is picked) differ by variant: WIDGETS.
import { basename } from 'node:path';
import { findRow, findByPlaceholder, shownMatch } from './in-page.mjs';

const TEXT_INPUT =
  'input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio]):not([readonly]), textarea';

const ELEMENT_CASCADER = {
  trigger: '.el-cascader',
  panel: '.el-cascader__dropdown',
  menu: '.el-cascader-menu',
  node: '.el-cascader-node',
  label: '.el-cascader-node__label',
  box: '.el-checkbox',
};
const WIDGETS = {
  'element-ui': {
    select: '.el-select .el-input',
    option: '.el-select-dropdown__item',
    poppers: '.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel, .el-popper',
    cascader: ELEMENT_CASCADER,
    uploading: '.is-uploading',
  },
  'element-plus': {
    select: '.el-select__wrapper',
    option: '.el-select-dropdown__item',
    poppers: '.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel, .el-popper',
    cascader: ELEMENT_CASCADER,
    uploading: '.is-uploading',
  },
  'ant-design-vue': {
    select: '.ant-select-selector',
    option: '.ant-select-item-option',
    // A picker's input is read-only until it is clicked.
    dateInput: '.ant-picker input',
    // A virtual list: options out of view are not in the page until scrolled to.
    optionList: '.rc-virtual-list-holder',
    poppers: '.ant-select-dropdown, .ant-picker-dropdown, .ant-cascader-dropdown, .ant-tooltip',
    cascader: {
      trigger: '.ant-select-selector',
      panel: '.ant-cascader-dropdown',
      menu: '.ant-cascader-menu',
      node: '.ant-cascader-menu-item',
      label: '.ant-cascader-menu-item-content',
      box: '.ant-cascader-checkbox',
    },
    uploading: '.ant-upload-list-item-uploading',
  },
};

export class Driver {
  constructor(variant, page) {
    this.variant = variant;
    this.page = page;
    this.element = variant !== 'plain'; // a component library draws the widgets
    this.w = WIDGETS[variant] || null;
  }

  // The field's row, waiting up to `timeout` ms for it to render. A label
  // `{placeholder}` finds a field that only shows a placeholder.
  async row(label, group, timeout = 3000) {
    const handle = await this.page
      .waitForFunction(
        typeof label === 'object' ? findByPlaceholder : findRow,
        { timeout },
        typeof label === 'object' ? label.placeholder : label,
        group || '',
      )
      .catch(() => null);
    const el = handle && handle.asElement();
    const name = typeof label === 'object' ? `placeholder “${label.placeholder}”` : `“${label}”`;
    if (!el) throw new Error(`no field labelled ${name}${group ? ` under “${group}”` : ''}`);
    return el;
  }

  async rowText(label, group) {
    return (await this.row(label, group)).evaluate((r) => r.innerText);
  }

  // Waits until no dropdown / picker of the library is showing (one that is
  // fading out would otherwise take the next click).
  async settle() {
    if (!this.element) return;
    await this.page.waitForFunction(
      (sel) => ![...document.querySelectorAll(sel)].some((e) => e.getBoundingClientRect().height > 0),
      { timeout: 5000 },
      this.w.poppers,
    );
  }

  // A click on empty page space (closes an open dropdown like a person does).
  async clickAway() {
    await this.page.mouse.click(4, 300);
  }

  // Clicks an element once it is centred, still (no animation or smooth
  // scroll moving it) and not covered (by a toast, say), as a person waits.
  async clickEl(handle) {
    await handle.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
    await this.page.waitForFunction(
      (el) =>
        new Promise((resolve) => {
          const a = el.getBoundingClientRect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const b = el.getBoundingClientRect();
              const still = a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
              const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
              resolve(still && b.width > 0 && !!top && (el.contains(top) || top.contains(el)));
            }),
          );
        }),
      { timeout: 5000 },
      handle,
    );
    await handle.click();
  }

  async typeInto(input, value) {
    await this.clickEl(input);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('KeyA');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.press('Backspace');
    if (value) await this.page.keyboard.type(value);
  }

  async text(label, group, value) {
    const input = await (await this.row(label, group)).$(TEXT_INPUT);
    await this.typeInto(input, value);
    await this.clickAway(); // leave the field (blur validation), focusing nothing else
  }

  async inputValue(label, group) {
    const input = await (await this.row(label, group)).$(TEXT_INPUT);
    return input.evaluate((i) => ({ value: i.value, maxlength: i.getAttribute('maxlength') }));
  }

  // Clicks the shown option with this text; in a virtual list, scrolls the
  // open list down (as a mouse wheel does) until the option is drawn.
  async clickOption(text) {
    for (let scrolls = 0; scrolls < 40; scrolls++) {
      const opt = await this.page
        .waitForFunction(shownMatch, { timeout: this.w.optionList ? 600 : 5000 }, this.w.option, text)
        .catch(() => null);
      if (opt && opt.asElement()) return this.clickEl(opt.asElement());
      if (!this.w.optionList) break;
      const moved = await this.page.evaluate((sel) => {
        const list = [...document.querySelectorAll(sel)].find((l) => l.getBoundingClientRect().height > 0);
        if (!list || list.scrollTop + list.clientHeight >= list.scrollHeight) return false;
        list.scrollTop += list.clientHeight / 2;
        return true;
      }, this.w.optionList);
      if (!moved) break;
    }
    throw new Error(`no option “${text}” in the open list`);
  }

  async select(label, group, values) {
    const row = await this.row(label, group);
    const many = Array.isArray(values);
    const list = many ? values : [values];
    if (!this.element) {
      const sel = await row.$('select');
      // An option is picked by the text it shows (its value may differ).
      const valueOf = (text) => sel.evaluate((s, t) => ([...s.options].find((o) => o.text === t) || {}).value, text);
      if (!many) return void (await sel.select(await valueOf(list[0])));
      for (const v of list) {
        const opt = await sel.evaluateHandle((s, t) => [...s.options].find((o) => o.text === t), v);
        await this.page.keyboard.down('Control');
        await this.clickEl(opt.asElement());
        await this.page.keyboard.up('Control');
      }
      return;
    }
    await this.settle();
    await this.clickEl(await row.$(this.w.select));
    for (const v of list) await this.clickOption(v);
    if (many) await this.clickAway();
    await this.settle();
  }

  // A chain of selects (省 → 市 → 区): one pick per level.
  async chain(label, group, path) {
    if (!this.element) return this.plainCascader(await this.row(label, group), [path], false);
    for (let level = 0; level < path.length; level++) {
      await this.settle();
      const triggers = await (await this.row(label, group)).$$(this.w.select);
      await this.clickEl(triggers[level]);
      await this.clickOption(path[level]);
      await this.settle();
    }
  }

  // paths: one path (single) or a list of paths (multiple), e.g. ['浙江省', '杭州市', '余杭区'].
  async cascader(label, group, paths, multiple = false) {
    const row = await this.row(label, group);
    const list = multiple ? paths : [paths];
    if (!this.element) return this.plainCascader(row, list, multiple);
    const c = this.w.cascader;
    await this.settle();
    await this.clickEl(await row.$(c.trigger));
    for (const path of list) {
      for (let level = 0; level < path.length; level++) {
        const node = await this.page.waitForFunction(
          (lvl, text, sel) => {
            const panel = [...document.querySelectorAll(sel.panel)].find((p) => p.getBoundingClientRect().height > 0);
            const menu = panel && panel.querySelectorAll(sel.menu)[lvl];
            if (!menu) return null;
            return (
              [...menu.querySelectorAll(sel.node)].find((n) => n.querySelector(sel.label).textContent.trim() === text) ||
              null
            );
          },
          { timeout: 5000 },
          level,
          path[level],
          c,
        );
        const leaf = level === path.length - 1;
        const box = leaf && multiple ? await node.asElement().$(c.box) : null;
        await this.clickEl(box || node.asElement());
      }
    }
    if (multiple) await this.clickAway();
    await this.settle();
  }

  // A multiple cascader drawn as one line of checkboxes per category.
  async groupedChecks(label, group, paths) {
    await this.plainCascader(await this.row(label, group), paths, true);
  }

  async plainCascader(row, list, multiple) {
    for (const path of list) {
      if (multiple) {
        const box = await row.evaluateHandle(
          (r, [cat, leaf]) => {
            const line = [...r.querySelectorAll('div')].find((d) => d.firstElementChild?.textContent === `${cat}：` || d.firstChild?.textContent === `${cat}：`);
            return [...line.querySelectorAll('label')].find((l) => l.textContent.trim() === leaf);
          },
          path,
        );
        await this.clickEl(box.asElement());
        continue;
      }
      for (let level = 0; level < path.length; level++) {
        const sel = (await row.$$('select'))[level];
        await sel.select(await sel.evaluate((s, t) => [...s.options].find((o) => o.text === t).value, path[level]));
      }
    }
  }

  // Radios and checkboxes: click the option's visible label.
  async choose(label, group, options) {
    const row = await this.row(label, group);
    for (const text of [].concat(options)) {
      const target = await row.evaluateHandle(
        (r, t) => [...r.querySelectorAll('label')].find((l) => l.textContent.trim() === t) || null,
        text,
      );
      if (!target.asElement()) throw new Error(`no option “${text}” for “${label}”`);
      await this.clickEl(target.asElement());
    }
  }

  async typeDate(input, iso) {
    if (this.element) {
      await this.typeInto(input, iso);
      await this.page.keyboard.press('Enter');
      await this.clickAway();
      await this.settle();
      return;
    }
    // <input type=date>: type each segment in the browser locale's order
    // (month/day advance by themselves after two digits, the year does not).
    const order = await this.page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date(2021, 2, 18))
        .filter((p) => p.type !== 'literal')
        .map((p) => p.type),
    );
    const [year, month, day] = iso.split('-');
    const parts = { year, month, day };
    await input.focus();
    for (const seg of order) {
      await this.page.keyboard.type(parts[seg]);
      if (seg === 'year') await this.page.keyboard.press('ArrowRight');
    }
    await this.clickAway();
  }

  dateInput() {
    return this.element ? this.w.dateInput || TEXT_INPUT : 'input[type=date]';
  }

  async date(label, group, iso) {
    const row = await this.row(label, group);
    await this.typeDate(await row.$(this.dateInput()), iso);
  }

  // Ticks 长期 and types the start date; returns whether the end got disabled.
  async dateRangeLongTerm(label, group, from) {
    await this.choose(label, group, '长期');
    const row = await this.row(label, group);
    const start = await row.$(this.dateInput());
    await this.typeDate(start, from);
    return row.evaluate((r) => !!r.querySelector('input[disabled]'));
  }

  // Waits until the widget's list shows `shown` (the file's name unless the
  // layout shortens or replaces names, or shows only a count).
  async upload(label, group, file, shown = basename(file)) {
    const row = await this.row(label, group);
    const input = await row.$('input[type=file]');
    await input.uploadFile(file);
    await this.page.waitForFunction(
      (r, n, busy) => r.innerText.includes(n) && !r.innerText.includes('上传中') && !(busy && r.querySelector(busy)),
      { timeout: 10_000 },
      row,
      shown,
      this.w ? this.w.uploading : '',
    );
  }

  // Clicks a tab by its title (a library's tab or a plain role=tab button).
  async tab(title) {
    const tab = await this.page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('[role=tab], .el-tabs__item, .ant-tabs-tab')].find(
          (e) => e.textContent.trim() === t && e.getBoundingClientRect().width > 0,
        ) || null,
      { timeout: 5000 },
      title,
    );
    await this.clickEl(tab.asElement());
    await this.page.waitForFunction(
      (t) => [...document.querySelectorAll('[role=tab], .el-tabs__item, .ant-tabs-tab')].some(
        (e) => e.textContent.trim() === t && (e.getAttribute('aria-selected') === 'true' || /is-active|ant-tabs-tab-active|active/.test(e.className)),
      ),
      { timeout: 5000 },
      title,
    );
  }

  async button(text) {
    const btn = await this.page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('button')].find(
          (b) => b.textContent.replace(/\s/g, '') === t && b.getBoundingClientRect().width > 0,
        ) || null,
      { timeout: 5000 },
      text,
    );
    return btn.asElement();
  }

  // Ticks the 承诺 checkbox by clicking its text.
  async promise() {
    const label = await this.page.evaluateHandle(
      () =>
        [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('我已阅读并承诺')) ||
        null,
    );
    await this.clickEl(label.asElement());
  }

  async press(text) {
    await this.clickEl(await this.button(text));
  }

  // A link by its text; with `near`, the one closest to that visible text
  // (e.g. the 进入填报 of the 主体信息 entry).
  async link(text, near) {
    const a = await this.page.waitForFunction(
      (t, n) => {
        const isLink = (x) => x.textContent.trim() === t && x.getBoundingClientRect().width > 0;
        if (!n) return [...document.querySelectorAll('a')].find(isLink) || null;
        const anchor = [...document.querySelectorAll('body *')].find(
          (e) => e.children.length === 0 && e.textContent.trim() === n && e.getBoundingClientRect().width > 0,
        );
        for (let c = anchor; c; c = c.parentElement) {
          const found = [...c.querySelectorAll('a')].find(isLink);
          if (found) return found;
        }
        return null;
      },
      { timeout: 5000 },
      text,
      near || '',
    );
    await this.clickEl(a.asElement());
  }
}
