// The only code that changes the page. Every write goes through these
// helpers so the never-submit rules live in one place: no Enter key, no
// form.submit(), and no press on a button or link (a field's own widget is
// drawn with divs, labels and list items; 提交 and 暂存 are buttons).
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});

  const FORBIDDEN_TARGET = 'button, [role=button], a[href], input[type=submit], input[type=button], input[type=image], input[type=reset]';

  class Refusal extends Error {
    constructor(reason) {
      super(reason);
      this.reason = reason;
    }
  }

  // The prototype's setter, not the element's own property: frameworks that
  // track values (React's _valueTracker, Vue's v-model on a wrapped input)
  // only notice a change made below their own instance property.
  function setNativeValue(el, value) {
    const win = el.ownerDocument.defaultView;
    const proto = el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT' ? win.HTMLSelectElement.prototype : win.HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value').set;
    setter.call(el, value);
  }

  function fire(el, type, init = {}) {
    const win = el.ownerDocument.defaultView;
    const Ctor = type === 'input' && win.InputEvent ? win.InputEvent
      : /^(focus|blur|focusin|focusout)$/.test(type) ? win.FocusEvent
      : /^(mouse|click)/.test(type) ? win.MouseEvent
      : /^pointer/.test(type) && win.PointerEvent ? win.PointerEvent : win.Event;
    const bubbles = !/^(focus|blur)$/.test(type);
    return el.dispatchEvent(new Ctor(type, { bubbles, cancelable: true, composed: true, ...init }));
  }

  // focus → value → input → change → blur: the sequence Vue's v-model,
  // Element's own handlers (date pickers parse on change) and native
  // listeners all accept.
  function typeValue(el, value) {
    guardTarget(el);
    fire(el, 'focus');
    fire(el, 'focusin');
    setNativeValue(el, value);
    fire(el, 'input', { inputType: 'insertText', data: value });
    fire(el, 'change');
    fire(el, 'blur');
    fire(el, 'focusout');
  }

  // The same sequence with a pause after the focus, for widgets that build
  // their state in a focus handler before they accept a value: Element UI's
  // date pickers mount their panel on focus, and its change handler writes to
  // that panel (a change in the same tick throws inside the page).
  async function typeValueAfterFocus(el, value) {
    guardTarget(el);
    fire(el, 'focus');
    fire(el, 'focusin');
    await sleep(0);
    guardTarget(el);
    setNativeValue(el, value);
    fire(el, 'input', { inputType: 'insertText', data: value });
    fire(el, 'change');
    fire(el, 'blur');
    fire(el, 'focusout');
  }

  // Change events without the blur, for inputs whose widget must stay open.
  function typeValueKeepFocus(el, value) {
    guardTarget(el);
    fire(el, 'focus');
    setNativeValue(el, value);
    fire(el, 'input', { inputType: 'insertText', data: value });
    fire(el, 'change');
  }

  function guardTarget(el) {
    if (!el || !el.isConnected) throw new Refusal('element-gone');
    if (el.closest(FORBIDDEN_TARGET)) throw new Refusal('refused-button');
  }

  // A person's click as libraries listen for it (some open on mousedown).
  function press(el) {
    guardTarget(el);
    fire(el, 'pointerdown');
    fire(el, 'mousedown');
    fire(el, 'pointerup');
    fire(el, 'mouseup');
    fire(el, 'click');
  }

  // A tab's title is pressed like any click, but it may be drawn as a
  // <button type=button> or a same-page link, which press() refuses; the
  // caller (tabs.js) has checked it is a tab that submits nothing.
  function pressTab(el) {
    if (!el || !el.isConnected) throw new Refusal('element-gone');
    fire(el, 'pointerdown');
    fire(el, 'mousedown');
    fire(el, 'pointerup');
    fire(el, 'mouseup');
    fire(el, 'click');
  }

  // Only Escape and Tab: they close a widget's popup. Enter would submit.
  const ALLOWED_KEYS = { Escape: 27, Tab: 9 };
  function key(el, name) {
    if (!(name in ALLOWED_KEYS)) throw new Refusal('refused-key');
    guardTarget(el);
    const init = { key: name, code: name, keyCode: ALLOWED_KEYS[name], which: ALLOWED_KEYS[name] };
    const win = el.ownerDocument.defaultView;
    el.dispatchEvent(new win.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    el.dispatchEvent(new win.KeyboardEvent('keyup', { bubbles: true, cancelable: true, ...init }));
  }

  function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
  }

  // One task later, after every microtask (Vue 2 and 3 flush their renders
  // in microtasks). A MessageChannel task is not clamped to 4 ms as a nested
  // setTimeout(0) is, and is not paused in a background tab as a frame is.
  function nextTurn() {
    if (typeof root.MessageChannel !== 'function') return sleep(0);
    return new Promise((r) => {
      const ch = new root.MessageChannel();
      ch.port1.onmessage = () => { ch.port1.close(); r(); };
      ch.port2.postMessage(0);
    });
  }

  // The next rendered frame (layout, style and transitions moved on), or
  // `cap` ms when no frame comes (a hidden tab gets none).
  function nextFrame(cap = 50) {
    return new Promise((r) => {
      let done = false;
      const finish = () => { if (!done) { done = true; clearTimeout(t); r(); } };
      const t = setTimeout(finish, cap);
      if (typeof root.requestAnimationFrame === 'function') root.requestAnimationFrame(() => setTimeout(finish, 0));
    });
  }

  // Until fn() returns something truthy, or null after `timeout` ms. fn is
  // tried at once, then whenever the document changes and on every frame
  // (poppers become visible through transitions, which change no DOM), with
  // `step` ms as the fallback when neither comes: no fixed sleep in between.
  async function waitFor(fn, timeout = 1500, step = 20) {
    const end = Date.now() + timeout;
    let v = fn();
    if (v) return v;
    const doc = root.document;
    let wake = null;
    const mo = doc && typeof root.MutationObserver === 'function'
      ? new root.MutationObserver(() => { if (wake) wake(); }) : null;
    if (mo) mo.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      while (Date.now() <= end) {
        await Promise.race([nextFrame(step), new Promise((r) => { wake = r; })]);
        wake = null;
        // Let the app finish the render the mutation belongs to.
        await Promise.resolve();
        v = fn();
        if (v) return v;
      }
      return null;
    } finally {
      if (mo) mo.disconnect();
    }
  }

  // A group of radios or checkboxes set to the wanted texts. Every wanted
  // text must name exactly one option before anything is pressed, so a
  // missing or doubled option refuses with nothing half-set; then each option
  // whose state differs is pressed, a turn apart so the app's model follows.
  async function setChoices(opts, wanted, { exclusive, same, text, isChecked, isDisabled = () => false }) {
    for (const w of wanted) {
      const n = opts.filter((o) => same(text(o), w)).length;
      if (n !== 1) throw new Refusal(n ? 'option-ambiguous' : 'option-missing');
    }
    for (const o of opts) {
      if (isDisabled(o)) continue;
      const want = wanted.some((w) => same(text(o), w));
      if ((want && !isChecked(o)) || (!want && !exclusive && isChecked(o))) { press(o); await nextTurn(); }
    }
  }

  BA.events = { Refusal, setNativeValue, fire, typeValue, typeValueAfterFocus, typeValueKeepFocus, press, pressTab, key, guardTarget, sleep, nextTurn, nextFrame, waitFor, setChoices, FORBIDDEN_TARGET };
})(globalThis);
