// The editor's body: the nav of sections (主体信息, each algorithm, each
// product, 关联产品功能) with a count of checks per section, and the one
// section shown, drawn from the form model. Edits go into the session's
// working copy; structural edits (add, move, delete) draw the section again.
import { h, button, t } from './dom.mjs';
import { render, itemTools } from './sections.mjs';
import { sections, sectionOf } from '../model/form-model.mjs';
import { canAccept, countBySection, placeOf } from '../model/checks.mjs';
import * as lists from '../model/lists.mjs';
import { get, set, parse } from '../model/pointer.mjs';
import { ACCEPT } from '../model/upload.mjs';

const $ = (id) => document.getElementById(id);

export class EditorView {
  // hooks: {changed(), upload(pointer, file, progressEl), accept(item, on)}
  constructor(session, model, hooks) {
    Object.assign(this, { session, model, hooks });
    this.current = 'entity';
    this.revealed = new Set();
    this.items = [];
    this.only = null; // the wizard limits the nav to one section
  }

  ctx() {
    const s = this.session;
    const ctx = {
      model: this.model, drawn: new Set(), revealed: this.revealed, accept: ACCEPT,
      doc: () => s.doc,
      get: (p) => get(s.doc, p),
      set: (p, v) => {
        const idChange = p.endsWith('/id') && /^\/(algorithms|products)\//.test(p) ? get(s.doc, p) : null;
        set(s.doc, p, v);
        if (idChange) lists.renameId(s.doc, idChange, v);
        this.hooks.changed(p);
        // A name shows in the nav; a type or role changes which fields apply.
        if (/^\/(algorithms|products)\/\d+\/(basic\/name|name)$/.test(p)) this.renderNav();
        if (/\/basic\/(type|role)$/.test(p)) this.refreshApplies();
      },
      mutate: (fn) => { fn(); this.hooks.changed(null); },
      structural: (fn) => { fn(); this.hooks.changed(null); this.render(); },
      toggleReveal: (p) => { if (!this.revealed.delete(p)) this.revealed.add(p); this.renderSection(); },
      applies: (d, p) => this.model.applies(d, s.doc, p, get),
      upload: (p, file, el) => this.hooks.upload(p, file, el),
    };
    return ctx;
  }

  render() {
    const ids = sections(this.session.doc).map((x) => x.id);
    if (!ids.includes(this.current)) this.current = 'entity';
    this.renderNav();
    this.renderSection();
  }

  show(id) {
    this.current = id;
    this.render();
    window.scrollTo(0, 0);
  }

  renderNav() {
    const doc = this.session.doc;
    const counts = countBySection(this.items);
    const badge = (id) => {
      const c = counts[id];
      if (!c) return h('span', { class: 'count ok' }, '✓');
      return h('span', { class: `count${c.errors ? ' errors' : ' warnings'}`, title: t('editorCountTitle', [String(c.errors), String(c.warnings)]) }, String(c.errors + c.warnings));
    };
    const entry = (sec, label) => h('li', { class: sec.id === this.current ? 'current' : null, dataset: { section: sec.id } },
      button(label, () => this.show(sec.id), { class: 'go', disabled: !!this.only && this.only !== sec.id }), badge(sec.id));
    const all = sections(doc);
    const of = (kind) => all.filter((x) => x.id.startsWith(`${kind}:`));
    const adder = (kind, list) => button(t(kind === 'algorithm' ? 'editorAddAlgorithm' : 'editorAddProduct'), () => {
      const at = lists.add(doc, list, lists.newItem(this.model, doc, list, `${list}/*`));
      this.hooks.changed(null);
      this.show(`${kind}:${at}`);
    }, { class: `add-${kind}`, disabled: !!this.only });
    $('nav').replaceChildren(h('ul', {},
      entry(all[0], this.model.describe('/entity').title),
      h('li', { class: 'heading' }, this.model.describe('/algorithms').title), ...of('algorithm').map((x) => entry(x, x.title || t('editorUnnamed'))), h('li', {}, adder('algorithm', '/algorithms')),
      h('li', { class: 'heading' }, this.model.describe('/products').title), ...of('product').map((x) => entry(x, x.title || t('editorUnnamed'))), h('li', {}, adder('product', '/products')),
      entry(all[all.length - 1], this.model.describe('/links').title)));
  }

  renderSection() {
    const doc = this.session.doc;
    const sec = sections(doc).find((x) => x.id === this.current);
    const ctx = this.ctx();
    const body = [];
    const m = /^(algorithm|product):(\d+)$/.exec(sec.id);
    if (m) {
      const list = m[1] === 'algorithm' ? '/algorithms' : '/products';
      const i = Number(m[2]);
      const d = this.model.describe(`${list}/*`);
      const title = `${d.title}「${sec.title || t('editorUnnamed')}」`;
      body.push(h('div', { class: 'section-head' }, h('h2', {}, title), itemTools(ctx, list, i, title)));
      body.push(render(d, sec.pointer, ctx));
    } else {
      const d = this.model.describe(sec.pointer);
      body.push(render(d, sec.pointer, ctx));
    }
    this.drawn = ctx.drawn;
    $('main').replaceChildren(h('ul', { id: 'section-checks', class: 'checks' }), ...body);
    this.placeChecks();
  }

  // Re-evaluates which fields apply (a choice of 算法类型 or 角色 changes it).
  refreshApplies() {
    const ctx = this.ctx();
    for (const el of document.querySelectorAll('#main .field[data-pointer]')) {
      const p = el.dataset.pointer;
      const d = this.model.describe(p.replace(/\/\d+(?=\/|$)/g, '/*'));
      if (d) el.classList.toggle('not-applicable', !ctx.applies(d, p));
    }
  }

  setChecks(items) {
    this.items = items;
    this.renderNav();
    this.placeChecks();
  }

  // Each check beside its field (or the nearest drawn group); the ones of
  // this section without a place listed at its top.
  placeChecks() {
    for (const ul of document.querySelectorAll('#main ul.checks')) ul.replaceChildren();
    const drawn = this.drawn || new Set();
    for (const item of this.items) {
      if (sectionOf(item.path) !== this.current && !(this.current === 'entity' && sectionOf(item.path) === 'other')) continue;
      const at = placeOf(item.path, drawn);
      const el = at != null && document.querySelector(`#main [data-pointer="${CSS.escape(at)}"] > ul.checks`);
      const text = at === item.path ? item.message : `${labelOf(this.model, item.path)}：${item.message}`;
      // A finding the filer may waive gets a button to accept it (or undo that).
      const waive = canAccept(item) ? button(t(item.accepted ? 'editorUnaccept' : 'editorAccept'), () => this.hooks.accept(item, !item.accepted), { class: 'accept' }) : null;
      const li = h('li', { class: `${item.accepted ? 'accepted' : item.severity} ${item.source}`, dataset: { path: item.path, source: item.source, code: item.code || item.keyword || '' } }, item.accepted ? `${t('editorAccepted')}${text}` : text, ' ', waive);
      (el || $('section-checks')).append(li);
    }
  }
}

// The schema title of a pointer's field, for a check shown away from it.
function labelOf(model, path) {
  const d = model.describe(`/${parse(path).map((x) => (/^\d+$/.test(x) ? '*' : x)).join('/')}`);
  return d ? d.title : path;
}
