// Drives a replica page the way a person does: fields are found by their
// visible label (under a visible group heading where labels repeat) or, on
// a layout that has no label, by placeholder; text is typed on the keyboard,
// options are clicked by their visible text. Only the widget mechanics
// (which part of a select to click, where its options and a cascader's
// menus are, how a native <select> is picked) differ by variant: WIDGETS.
import { basename } from 'node:path';
import { findRow, findByPlaceholder } from './in-page.mjs';

import { TEXT_INPUT, WIDGETS } from './widgets.mjs';
import { choices } from './driver-choices.mjs';

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

  // `format`: how the picker shows dates (YYYY年MM月DD日 …), typed that way.
  async typeDate(input, iso, format = 'YYYY-MM-DD') {
    if (this.element) {
      const [y, m, d] = iso.split('-');
      await this.typeInto(input, format.replace('YYYY', y).replace('MM', m).replace('DD', d));
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

  async date(label, group, iso, format) {
    const row = await this.row(label, group);
    await this.typeDate(await row.$(this.dateInput()), iso, format);
  }

  // Ticks 长期 and types the start date; returns whether the end got disabled.
  async dateRangeLongTerm(label, group, from, format) {
    await this.choose(label, group, '长期');
    const row = await this.row(label, group);
    const start = await row.$(this.dateInput());
    await this.typeDate(start, from, format);
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

// Selects, cascaders, radios and checkboxes (driver-choices.mjs).
Object.assign(Driver.prototype, choices);
