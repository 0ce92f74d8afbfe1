// A filing page as a plain HTML <form>: one <fieldset> + <table> per group,
// <th> label cells, native controls, a red message under a field that
// fails its rules, 承诺 on the last step, and the buttons.
import { h, controlFor } from './controls.js';
import { flowOf, pageGroups, getIn, isShown, ROUTES, TEMPLATES, PROMISE_TEXT } from '../shared/portal.js';
import { checksFor } from '../shared/validation.js';
import { mirrorFor, saveDraft, submitPage } from '../shared/api.js';

function toast(text, kind = 'info') {
  const el = h('div', { class: `toast toast-${kind}`, role: 'status' }, text);
  document.body.append(el);
  setTimeout(() => el.remove(), 2500);
}

export function renderPage(container, pageId, store) {
  const page = store.pages[pageId];
  const model = store.models[pageId];
  const mirror = mirrorFor(pageId);
  const rows = new Map(); // field id → {field, error element}
  let promised = false;

  // Runs the field's checks for a trigger ('' = all); shows the first message.
  const validate = (f, trigger = '') => {
    const row = rows.get(f.id);
    if (!row) return true;
    const value = getIn(model, f.keys);
    const message = checksFor(f)
      .filter((c) => !trigger || [].concat(c.trigger).includes(trigger))
      .map((c) => c.check(value, model))
      .find(Boolean);
    row.error.textContent = message || '';
    row.tr.classList.toggle('has-error', !!message);
    return !message;
  };

  const render = () => {
    const flow = flowOf(pageId, store.models);
    const step = flow.indexOf(pageId);
    const isLast = step === flow.length - 1;
    rows.clear();
    const visible = page.fields.filter((f) => isShown(f, model, page.fields));
    // A value that shows/hides fields or changes the steps (角色) re-renders.
    const onChangeOf = (f) => (trigger) => {
      mirror.schedule(model);
      const drivesWhen = page.fields.some((g) => g.when && g.when.keys.join('/') === f.keys.join('/'));
      if (drivesWhen || flowOf(pageId, store.models).join() !== flow.join()) return render();
      validate(f, trigger);
    };
    const groups = pageGroups(page, visible).map((g) =>
      h('fieldset', {},
        h('legend', {}, g.title),
        h('table', { class: 'form-table' },
          h('tbody', {}, g.fields.map((f) => {
            const error = h('div', { class: 'field-error' });
            const tr = h('tr', {},
              h('th', {}, f.required ? h('span', { class: 'required' }, '*') : null, f.label),
              h('td', {}, controlFor(f, model, onChangeOf(f)), error));
            rows.set(f.id, { field: f, tr, error });
            return tr;
          })))));
    const templates = (TEMPLATES[pageId] || []).map((t) => h('li', {}, h('a', { href: `/api/template/${t.name}` }, t.title)));
    const submit = h('button', { type: 'submit', disabled: isLast && !promised }, '提交');
    const form = h('form', { class: 'plain-form', novalidate: true, onsubmit: (e) => (e.preventDefault(), onSubmit(flow, step, isLast)) },
      templates.length ? h('fieldset', {}, h('legend', {}, '模板下载'), h('ul', {}, templates)) : null,
      groups,
      isLast ? h('p', { class: 'promise' }, h('label', {}, h('input', { type: 'checkbox', checked: promised, onchange: (e) => {
        promised = e.target.checked;
        submit.disabled = !promised;
      } }), PROMISE_TEXT)) : null,
      h('p', { class: 'actions' },
        h('button', { type: 'button', onclick: onSaveDraft }, '暂存'),
        step > 0 ? h('button', { type: 'button', onclick: () => go(flow[step - 1]) }, '上一步') : null,
        !isLast ? h('button', { type: 'button', onclick: () => go(flow[step + 1]) }, '下一步') : null,
        submit));
    const help = pageId === 'algorithm-detail'
      ? h('aside', { class: 'filing-aside plain-aside' }, h('h3', {}, '填报说明'),
          h('p', {}, '请如实、具体地描述算法的数据、模型、策略和风险防范机制，内容须与《算法安全自评估报告》一致。'),
          h('dl', {}, page.fields.filter((f) => f.help).map((f) => [h('dt', {}, f.label), h('dd', {}, f.help)])))
      : null;
    container.replaceChildren(
      h('p', { class: 'crumbs' }, h('a', { href: '#/home' }, '首页'), ` > ${page.title}`, page.step ? ` > ${page.step}` : ''),
      h('h2', { class: 'filing-title' }, page.title),
      flow.length > 1
        ? h('ol', { class: 'plain-steps' }, flow.map((id, i) =>
            h('li', { class: i < step ? 'done' : i === step ? 'current' : '' }, store.pages[id].step || store.pages[id].title)))
        : '',
      h('div', { class: 'filing-body' }, h('div', { class: 'filing-form' }, form), help ?? ''));
  };

  const go = (id) => (location.hash = '#' + ROUTES[id]);

  async function onSaveDraft() {
    try {
      await mirror.flush();
      await saveDraft(pageId, model);
      toast('暂存成功', 'success');
    } catch (e) {
      toast(`暂存失败：${e.message}`, 'error');
    }
  }

  async function onSubmit(flow, step, isLast) {
    let firstBad = null;
    for (const { field, tr } of rows.values()) if (!validate(field) && !firstBad) firstBad = tr;
    if (firstBad) {
      firstBad.scrollIntoView({ block: 'center' });
      toast('请检查表单中标红的内容', 'error');
      return;
    }
    try {
      await mirror.flush();
      await submitPage(pageId, model);
      toast(isLast ? '提交成功' : '本步已提交', 'success');
      if (!isLast) go(flow[step + 1]);
    } catch (e) {
      toast(`提交失败：${e.message}`, 'error');
    }
  }

  render();
}
