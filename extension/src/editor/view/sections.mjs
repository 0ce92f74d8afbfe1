// A section of the dossier drawn from its descriptor: groups as fieldsets,
// fields through CONTROLS, lists of identified objects (访问路径, 功能) as
// cards with move / duplicate / delete, lists of plain objects (前置许可) as
// rows, and 关联产品功能 as a matrix of algorithms × product functions.
import { h, button, t, ask } from './dom.mjs';
import { CONTROLS } from './fields.mjs';
import * as lists from '../model/lists.mjs';

export function render(d, pointer, ctx) {
  if (d.kind === 'object') return group(d, pointer, ctx);
  if (d.kind === 'list') return cards(d, pointer, ctx);
  if (d.kind === 'rows') return rows(d, pointer, ctx);
  if (d.kind === 'links') return matrix(d, pointer, ctx);
  return CONTROLS[d.kind](d, pointer, ctx, { render });
}

function group(d, pointer, ctx) {
  ctx.drawn.add(pointer);
  return h('fieldset', { class: 'group', dataset: { pointer } },
    h('legend', {}, d.title),
    d.description ? h('p', { class: 'desc' }, d.description) : null,
    h('ul', { class: 'checks' }),
    d.children.map((c) => render(c, `${pointer}/${c.key}`, ctx)));
}

// Before a delete that other parts name: the person confirms.
export async function confirmDelete(ctx, item, title) {
  const refs = lists.referencesTo(ctx.doc(), item);
  return ask(refs.length ? t('editorDeleteReferenced', [title, String(refs.length)]) : t('editorDeleteConfirm', [title]));
}

// The toolbar of one item of an identified list.
export function itemTools(ctx, listPointer, index, title) {
  const list = () => ctx.get(listPointer) || [];
  return h('span', { class: 'tools' },
    button(t('editorUp'), () => ctx.structural(() => lists.move(ctx.doc(), listPointer, index, -1)), { class: 'up', disabled: index === 0, title: t('editorUp') }),
    button(t('editorDown'), () => ctx.structural(() => lists.move(ctx.doc(), listPointer, index, 1)), { class: 'down', disabled: index === list().length - 1 }),
    button(t('editorDuplicate'), () => ctx.structural(() => lists.duplicate(ctx.doc(), listPointer, index)), { class: 'duplicate' }),
    button(t('editorDelete'), async () => {
      if (await confirmDelete(ctx, list()[index], title)) ctx.structural(() => lists.removeAt(ctx.doc(), listPointer, index));
    }, { class: 'delete' }));
}

function cards(d, pointer, ctx) {
  ctx.drawn.add(pointer);
  const item = ctx.model.describe(d.item);
  const items = ctx.get(pointer) || [];
  return h('fieldset', { class: 'group list', dataset: { pointer, control: 'list' } },
    h('legend', {}, d.title),
    d.description ? h('p', { class: 'desc' }, d.description) : null,
    h('ul', { class: 'checks' }),
    items.map((it, i) => {
      const title = `${item.title} ${i + 1}`;
      return h('div', { class: 'card', dataset: { pointer: `${pointer}/${i}`, id: it.id } },
        h('div', { class: 'card-head' }, h('strong', {}, title), itemTools(ctx, pointer, i, `${item.title}「${it.name || it.path || it.id}」`)),
        item.children.map((c) => render(c, `${pointer}/${i}/${c.key}`, ctx)));
    }),
    button(t('editorAdd', [item.title]), () => ctx.structural(() => lists.add(ctx.doc(), pointer, lists.newItem(ctx.model, ctx.doc(), pointer, d.item))), { class: 'add', dataset: { list: pointer } }));
}

function rows(d, pointer, ctx) {
  ctx.drawn.add(pointer);
  const item = ctx.model.describe(d.item);
  const items = ctx.get(pointer) || [];
  return h('fieldset', { class: 'group rows', dataset: { pointer, control: 'rows' } },
    h('legend', {}, d.title),
    d.description ? h('p', { class: 'desc' }, d.description) : null,
    h('ul', { class: 'checks' }),
    items.map((_, i) => h('div', { class: 'row', dataset: { pointer: `${pointer}/${i}` } },
      item.children.map((c) => render(c, `${pointer}/${i}/${c.key}`, ctx)),
      button(t('editorDelete'), () => ctx.structural(() => items.splice(i, 1)), { class: 'delete' }))),
    button(t('editorAdd', [item.title]), () => ctx.structural(() => lists.add(ctx.doc(), pointer, lists.newItem(ctx.model, ctx.doc(), pointer, d.item))), { class: 'add', dataset: { list: pointer } }));
}

// 关联产品功能: one row per algorithm, one column per product function.
function matrix(d, pointer, ctx) {
  ctx.drawn.add(pointer);
  const doc = ctx.doc();
  const fns = lists.productFunctions(doc);
  const head = h('tr', {}, h('th', {}, t('editorAlgorithm')), fns.map((f) => h('th', { title: f.accessPath }, `${f.productName} / ${f.name}`)));
  const body = (doc.algorithms || []).map((a) => h('tr', {}, h('th', {}, (a.basic && a.basic.name) || a.id), fns.map((f) => h('td', {},
    h('input', {
      type: 'checkbox', checked: lists.isLinked(doc, a.id, f.product, f.function), 'aria-label': `${(a.basic && a.basic.name) || a.id} × ${f.productName} / ${f.name}`,
      dataset: { algorithm: a.id, product: f.product, function: f.function },
      onchange: (e) => ctx.mutate(() => lists.setLink(ctx.doc(), a.id, f.product, f.function, e.target.checked)),
    })))));
  const empty = !fns.length || !(doc.algorithms || []).length ? h('p', { class: 'hint' }, t('editorLinksEmpty')) : null;
  return h('div', { class: 'field links', dataset: { pointer, control: 'links' } },
    h('h3', {}, d.title), h('p', { class: 'desc' }, d.description), h('ul', { class: 'checks' }),
    empty || h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, body)));
}
