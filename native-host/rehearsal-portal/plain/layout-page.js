// A generated layout's screen as plain HTML (no library): section frames
// (fieldset, card div, <details>, headings, one table with numbered section
// rows), bodies (a CSS grid of 1–3 columns, a table of one or two pairs per
// row, a <dl>), labels as the spec words them, tabs as buttons over panels.
// Renders into any document: from node, pass a jsdom container and
// `mirror: () => null` (nothing is sent anywhere).
import { h, controlFor, useDocument } from './controls.js';
import { getIn } from '../shared/portal.js';
import { checksFor } from '../shared/validation.js';
import { mirrorFor, saveDraft, submitPage } from '../shared/api.js';
import { screenSections, echoRows, screenFlow, extrasModel } from '../shared/screen-model.js';
import { PROMISE_TEXT } from '../shared/portal.js';

const FRAMES = {
  card: (title, body) => h('div', { class: 'layout-section card' }, h('div', { class: 'card-header' }, title), h('div', { class: 'card-body' }, body)),
  collapse: (title, body) => h('details', { class: 'layout-section', open: true }, h('summary', {}, title), body),
  divider: (title, body) => h('div', { class: 'layout-section' }, h('div', { class: 'divider' }, h('span', {}, title)), body),
  fieldset: (title, body) => h('fieldset', { class: 'layout-section' }, h('legend', {}, title), body),
  h3: (title, body) => h('div', { class: 'layout-section' }, h('h3', { class: 'section-heading' }, title), body),
  h4: (title, body) => h('div', { class: 'layout-section' }, h('h4', { class: 'section-heading' }, title), body),
  none: (_title, body) => h('div', { class: 'layout-section' }, body),
};

function labelNode(parts, help, tag = 'span', attrs = {}) {
  return h(
    tag,
    { class: 'field-label', ...attrs },
    parts.map((p) =>
      p.kind === 'mark' ? h('span', { class: 'req' }, '*') : p.kind === 'hint' || p.kind === 'unit' ? h('span', { class: 'label-tip' }, p.text) : p.text,
    ),
    help ? h('span', { class: 'help-icon', title: help, tabindex: '0' }) : null,
  );
}

export function renderScreen(container, { spec, screenId, store, session = {}, mirror = mirrorFor }) {
  useDocument(container.ownerDocument);
  const screen = spec.screens.find((s) => s.id === screenId);
  const extras = extrasModel(screen);
  const rows = new Map(); // field id → {field, model, cell, error}
  let activeTab = 0;
  let promised = false;
  let idCounter = 0;

  const validate = (id, trigger = '') => {
    const row = rows.get(id);
    if (!row) return true;
    const value = getIn(row.model, row.field.keys);
    const message = checksFor(row.field)
      .filter((c) => !trigger || [].concat(c.trigger).includes(trigger))
      .map((c) => c.check(value, row.model))
      .find(Boolean);
    row.error.textContent = message || '';
    row.cell.classList.toggle('has-error', !!message);
    return !message;
  };

  // A control with its error line; `labelled`: a <label for> beside it.
  const controlCell = (it, render) => {
    if (it.kind === 'extra') return extraControl(it.extra);
    const error = h('div', { class: 'field-error' });
    const cell = h('div', { class: 'field-control' });
    const onChange = (trigger) => {
      const m = mirror(it.page);
      if (m) m.schedule(it.model);
      const drives = store.pages[it.page].fields.some((g) => g.when && g.when.keys.join('/') === it.field.keys.join('/'));
      const role = it.field.id === 'algorithm.basic.role';
      if (drives || role) return render();
      validate(it.field.id, trigger);
    };
    cell.append(...[].concat(controlFor(it.field, it.model, onChange)).filter(Boolean), error);
    rows.set(it.field.id, { field: it.field, model: it.model, cell, error });
    return cell;
  };

  const extraControl = (e) => {
    const set = (ev) => (extras[e.label] = ev.target.value);
    if (e.control === 'textarea') return h('textarea', { name: `extra-${idCounter++}`, rows: 2, cols: 50, oninput: set });
    if (e.control === 'select')
      return h('select', { onchange: set }, h('option', { value: '' }, '请选择'), e.options.map((o) => h('option', { value: o }, o)));
    if (e.control === 'radio') {
      const name = `extra-${idCounter++}`;
      return h('span', {}, e.options.map((o) => h('label', { class: 'choice' }, h('input', { type: 'radio', name, value: o, onchange: set }), o)));
    }
    return h('input', { type: e.control === 'date' ? 'date' : 'text', oninput: set, onchange: set });
  };

  // Label and control of one item, by where the label sits.
  const fieldBlock = (it, render) => {
    const help = it.field && it.field.help;
    const control = controlCell(it, render);
    if (it.position === 'left') {
      const id = `lf-${idCounter++}`;
      const first = control.querySelector ? control.querySelector('input, select, textarea') : null;
      if (first && !first.id) first.id = id;
      return h('div', { class: 'form-row label-left' }, labelNode(it.parts, help, 'label', { for: first ? first.id : null }), control);
    }
    if (it.position === 'top') return h('div', { class: 'form-row label-top' }, labelNode(it.parts, help, 'div', { class: 'field-title field-label' }), control);
    return h('div', { class: 'form-row' }, control); // placeholder only
  };

  const tableRowsOf = (s, render) =>
    s.rows.map((row) =>
      h(
        'tr',
        {},
        row.items.map((it, c) => [
          labelNode(it.parts, it.field && it.field.help, s.body.labelCell === 'th' ? 'th' : 'td', {
            class: s.body.labelCell === 'th' ? 'field-label' : 'label-cell field-label',
            style: `width:${s.body.labelWidth}px`,
          }),
          h('td', { class: 'control-cell', colspan: c === row.items.length - 1 ? row.lastSpan : 1 }, controlCell(it, render)),
        ]),
      ),
    );

  const bodyOf = (s, render) => {
    const cls = `section-body body-${s.body.kind} label-${s.body.labelAlign} label-${s.body.labelWrap}`;
    if (s.body.kind === 'table') return h('div', { class: cls }, h('table', { class: 'form-table' }, h('tbody', {}, tableRowsOf(s, render))));
    if (s.body.kind === 'dl')
      return h('div', { class: cls }, h('dl', { class: 'form-dl' }, s.items.map((it) => [labelNode(it.parts, it.field && it.field.help, 'dt'), h('dd', {}, controlCell(it, render))])));
    return h(
      'div',
      { class: cls, style: `--label-width:${s.body.labelWidth}px` },
      h('div', { class: `form-grid cols-${s.body.columns}` }, s.items.map((it) => h('div', { class: it.wide ? 'grid-wide' : 'grid-cell' }, fieldBlock(it, render)))),
    );
  };

  const sectionsOf = (list, render) =>
    screen.frame === 'one-table'
      ? [h('table', { class: 'form-table one-table' }, h('tbody', {}, list.flatMap((s) => [
          h('tr', { class: 'section-row' }, h('td', { colspan: s.body.pairs * 2, class: 'section-title' }, s.heading.text)),
          ...tableRowsOf(s, render),
        ])))]
      : list.map((s) => FRAMES[s.heading.style](s.heading.text, bodyOf(s, render)));

  const render = () => {
    rows.clear();
    const all = screenSections(spec, screen, store, null);
    const flow = screenFlow(spec, screen, store);
    const tabs = screen.tabs
      ? h(
          'div',
          { class: 'tabs' },
          h('div', { class: 'tab-bar', role: 'tablist' }, screen.tabs.map((t, i) =>
            h('button', { type: 'button', role: 'tab', class: i === activeTab ? 'tab active' : 'tab', 'aria-selected': String(i === activeTab), onclick: () => ((activeTab = i), render()) }, t.title))),
          screen.tabs.map((t, i) => h('div', { role: 'tabpanel', class: 'tab-panel', hidden: i !== activeTab }, sectionsOf(all.filter((s) => s.section.tab === i), render))),
        )
      : sectionsOf(all, render);
    const echo = echoRows(screen, store, session);
    const submit = h('button', { type: 'submit', disabled: flow.isLast && !promised }, '提交');
    const go = (s) => (container.ownerDocument.defaultView.location.hash = '#' + s.route);
    const form = h(
      'form',
      { class: 'plain-form layout-form', novalidate: true, onsubmit: (e) => (e.preventDefault(), onSubmit(flow)) },
      echo.length ? h('div', { class: 'echo-rows' }, echo.map((e) => h('div', { class: 'echo-row' }, h('span', { class: 'echo-label' }, `${e.label}：`), h('span', { class: 'echo-value' }, e.value)))) : null,
      tabs,
      flow.isLast ? h('p', { class: 'promise' }, h('label', {}, h('input', { type: 'checkbox', checked: promised, onchange: (e) => ((promised = e.target.checked), (submit.disabled = !promised)) }), PROMISE_TEXT)) : null,
      h('p', { class: 'actions' },
        h('button', { type: 'button', onclick: onSaveDraft }, '暂存'),
        flow.index > 0 ? h('button', { type: 'button', onclick: () => go(flow.flow[flow.index - 1]) }, '上一步') : null,
        !flow.isLast ? h('button', { type: 'button', onclick: () => go(flow.flow[flow.index + 1]) }, '下一步') : null,
        submit),
    );
    container.replaceChildren(
      h('p', { class: 'crumbs' }, h('a', { href: '#/home' }, '首页'), ` > ${screen.title}`, screen.step ? ` > ${screen.step}` : ''),
      h('h2', { class: 'filing-title' }, screen.title),
      flow.titles.length > 1 ? h('ol', { class: 'plain-steps' }, flow.titles.map((t, i) => h('li', { class: i < flow.index ? 'done' : i === flow.index ? 'current' : '' }, t))) : '',
      screen.legend ? h('p', { class: 'required-legend' }, screen.legend) : '',
      form,
    );
  };

  const toast = (text) => {
    const el = h('div', { class: 'toast', role: 'status' }, text);
    container.ownerDocument.body.append(el);
    setTimeout(() => el.remove(), 2500);
  };

  async function onSaveDraft() {
    try {
      for (const id of screen.pages) {
        const m = mirror(id);
        if (m) await m.flush();
        await saveDraft(id, store.models[id]);
      }
      toast('暂存成功');
    } catch (e) {
      toast(`暂存失败：${e.message}`);
    }
  }

  async function onSubmit(flow) {
    const bad = [...rows.keys()].filter((id) => !validate(id));
    if (bad.length) return toast('请检查表单中标红的内容');
    try {
      for (const id of screen.pages) await submitPage(id, store.models[id]);
      toast(flow.isLast ? '提交成功' : '本步已提交');
    } catch (e) {
      toast(`提交失败：${e.message}`);
    }
  }

  render();
  return { rerender: render, extras };
}
