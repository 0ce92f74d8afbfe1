// Pick mode (teach): the next click names the form item under it and never
// reaches the page; a click outside any labelled item, Esc and the timeout
// end it with a reason; the listeners and the crosshair are gone after.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './helpers.mjs';
import { elementUI } from './fixtures.mjs';

const FORM = elementUI([['主体基本信息', [{ label: '单位全称', kind: 'text' }, { label: '详细地址', kind: 'text' }]]]);
const PAGE = `
  window.pageEvents = [];
  for (const t of ['mousedown', 'mouseup', 'click']) document.addEventListener(t, (e) => window.pageEvents.push(t));
  document.body.insertAdjacentHTML('beforeend', '<p id="outside">说明</p><button id="submit" type="button">提交</button>');
  document.getElementById('submit').addEventListener('click', () => window.pageEvents.push('submit'));
`;
const inputOf = (doc, label) => [...doc.querySelectorAll('.el-form-item')].find((i) => i.textContent.includes(label)).querySelector('input');
const click = (win, el) => { for (const t of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new win.MouseEvent(t, { bubbles: true, cancelable: true })); };

test('a click on a control names its item and never reaches the page', async () => {
  const { win, doc, BA } = load(FORM, { script: PAGE });
  const picking = BA.pick.pick(win, { timeoutMs: 5000 });
  assert.equal(doc.documentElement.style.cursor, 'crosshair');
  click(win, inputOf(doc, '单位全称'));
  assert.equal((await picking).label, '单位全称');
  assert.deepEqual([...win.pageEvents], [], 'the page saw no event');
  assert.equal(doc.documentElement.style.cursor, '');
  click(win, inputOf(doc, '详细地址'));
  assert.deepEqual([...win.pageEvents], ['mousedown', 'mouseup', 'click'], 'after pick mode the page gets its clicks again');
});

test('a click outside any item, on a submit button included, ends with no label and submits nothing', async () => {
  const { win, doc, BA } = load(FORM, { script: PAGE });
  const picking = BA.pick.pick(win, { timeoutMs: 5000 });
  click(win, doc.getElementById('submit'));
  assert.deepEqual({ ...(await picking) }, { label: null, reason: 'no-label' });
  assert.deepEqual([...win.pageEvents], []);
});

test('Esc and the timeout end pick mode', async () => {
  const { win, doc, BA } = load(FORM, { script: PAGE });
  const escaped = BA.pick.pick(win, { timeoutMs: 5000 });
  doc.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  assert.deepEqual({ ...(await escaped) }, { label: null, reason: 'cancelled' });
  assert.deepEqual({ ...(await BA.pick.pick(win, { timeoutMs: 10 })) }, { label: null, reason: 'timeout' });
  assert.equal(doc.documentElement.style.cursor, '');
});
