// A small element builder (no innerHTML anywhere: values are text) and the
// page's localised strings.
const api = globalThis.browser || globalThis.chrome;

export const t = (key, subs) => (api && api.i18n && api.i18n.getMessage(key, subs)) || key;
export const lang = () => ((api && api.i18n && api.i18n.getUILanguage && api.i18n.getUILanguage()) || 'zh').startsWith('zh') ? 'zh' : 'en';

// h('button', {type: 'button', onclick}, 'text', child…); attrs starting
// with "on" are listeners, "dataset" an object, false/null attrs are left out.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'class') el.className = v;
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export const button = (label, onclick, attrs = {}) => h('button', { type: 'button', onclick, ...attrs }, label);

// A modal question answered in the page (<dialog>): resolves true or false.
export function ask(message, { yes = t('editorYes'), no = t('editorNo') } = {}) {
  const dialog = document.getElementById('ask');
  dialog.querySelector('.message').textContent = message;
  const [ok, cancel] = dialog.querySelectorAll('button');
  ok.textContent = yes;
  cancel.textContent = no;
  return new Promise((resolve) => {
    const done = (v) => { dialog.close(); ok.onclick = cancel.onclick = null; resolve(v); };
    ok.onclick = () => done(true);
    cancel.onclick = () => done(false);
    dialog.showModal();
  });
}

export const mask = (s) => (s.length <= 4 ? '*'.repeat(s.length) : s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2));
