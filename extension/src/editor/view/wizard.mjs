// A new dossier: its id, then either a short guided path (主体信息 → the
// first algorithm → the first product with one access path and function →
// 关联产品功能), or a start from portal pages the person already filled by
// hand, read back with the panel's 采集页面内容 into the new dossier.
import { h, t, button } from './dom.mjs';
import * as lists from '../model/lists.mjs';

export const STEPS = ['entity', 'algorithm:0', 'product:0', 'links'];
const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

// The first screen; onStart(id, mode) with mode "guided" or "capture".
export function newDossierForm(existing, { onStart, onCancel }) {
  const input = h('input', { type: 'text', id: 'new-id', name: 'new-id', placeholder: 'zhixing', autocomplete: 'off' });
  const problem = h('p', { class: 'problem', role: 'alert' });
  const start = (mode) => {
    const id = input.value.trim();
    if (!ID.test(id)) { problem.textContent = t('editorIdHint'); return; }
    if (existing.includes(id)) { problem.textContent = t('editorIdTaken', [id]); return; }
    problem.textContent = '';
    onStart(id, mode);
  };
  return h('section', { class: 'new-dossier' },
    h('h2', {}, t('editorNew')),
    h('label', {}, h('span', {}, t('editorIdLabel')), ' ', input), h('p', { class: 'desc' }, t('editorIdHint')), problem,
    h('p', { class: 'actions' },
      button(t('editorGuided'), () => start('guided'), { id: 'start-guided' }),
      button(t('editorFromCapture'), () => start('capture'), { id: 'start-capture' }),
      onCancel ? button(t('cancel'), onCancel) : null),
    h('p', { class: 'desc' }, t('editorGuidedHint')), h('p', { class: 'desc' }, t('editorCaptureHint')));
}

// The first object of a list, as the guided path's step or a capture needs
// it: an algorithm, or a product with one access path and one function.
export function addFirst(model, doc, list) {
  lists.add(doc, list, lists.newItem(model, doc, list, `${list}/*`));
  if (list !== '/products') return;
  const at = `/products/${doc.products.length - 1}`;
  lists.add(doc, `${at}/accessPaths`, lists.newItem(model, doc, `${at}/accessPaths`, '/products/*/accessPaths/*'));
  lists.add(doc, `${at}/accessPaths/0/functions`, lists.newItem(model, doc, `${at}/accessPaths/0/functions`, '/products/*/accessPaths/*/functions/*'));
}

// The objects the portal's product pages are read into (a capture needs a
// target): one product with one access path and one function. No algorithm:
// its 算法类型 must be chosen (the schema allows no empty one), so the person
// adds it here first, as the portal's first step asks it first.
export function captureSkeleton(model, doc) {
  addFirst(model, doc, '/products');
  return doc;
}

// The guided path's bar: where the person is, back, next, finish.
export function stepBar(step, { onBack, onNext, onFinish }) {
  const names = [t('editorStepEntity'), t('editorStepAlgorithm'), t('editorStepProduct'), t('editorStepLinks')];
  return h('div', { id: 'wizard-bar', class: 'wizard' },
    h('ol', {}, names.map((n, i) => h('li', { class: i === step ? 'current' : i < step ? 'done' : null }, n))),
    h('p', { class: 'actions' },
      step > 0 ? button(t('editorBack'), onBack, { id: 'wizard-back' }) : null,
      step < STEPS.length - 1 ? button(t('editorNext'), onNext, { id: 'wizard-next' }) : button(t('editorFinish'), onFinish, { id: 'wizard-finish' })));
}

// What to do on the portal; the editor reloads when a capture was saved.
export function captureGuide(id, { onReload, onDone }) {
  return h('section', { class: 'capture-guide', id: 'capture-guide' },
    h('h2', {}, t('editorCaptureTitle')),
    h('ol', {}, [t('editorCaptureStep1'), t('editorCaptureStep2', [id]), t('editorCaptureStep3')].map((s) => h('li', {}, s))),
    h('p', { class: 'status', role: 'status' }),
    h('p', { class: 'actions' }, button(t('editorReload'), onReload, { id: 'capture-reload' }), button(t('editorCaptureDone'), onDone, { id: 'capture-done' })));
}
