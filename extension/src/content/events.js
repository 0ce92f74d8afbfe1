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

  // Poll until fn() returns something truthy; Vue renders on the next tick.
  async function waitFor(fn, timeout = 1500, step = 20) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() > end) return null;
      await sleep(step);
    }
  }

  BA.events = { Refusal, setNativeValue, fire, typeValue, typeValueAfterFocus, typeValueKeepFocus, press, key, guardTarget, sleep, waitFor, FORBIDDEN_TARGET };
})(globalThis);
