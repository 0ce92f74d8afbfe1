// The Driver's choices: options of a select (a virtual list scrolled like a
// mouse wheel does), a chain of selects, cascaders (a library's, or grouped
// checkboxes), radios and checkboxes, each clicked by its visible text.
import { shownMatch } from './in-page.mjs';

export const choices = {
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
  },

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
  },

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
  },

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
  },

  // A multiple cascader drawn as one line of checkboxes per category.
  async groupedChecks(label, group, paths) {
    await this.plainCascader(await this.row(label, group), paths, true);
  },

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
  },

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
  },
};
