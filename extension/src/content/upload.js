// Uploads: the dossier's attachment files (fetched from the host by the
// panel, hash-checked there) are put into the field's own file input through
// a DataTransfer, and a change event lets the page's upload component send
// them exactly as if the person had picked them. The field is confirmed by
// the upload list's own count and state: one more finished entry per file
// sent, none still uploading, none failed. Names are not relied on: lists
// shorten long names (commitment-…letter.pdf), number them (文件1) or show
// only a count (已上传 1 个文件).
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});
  const { Refusal, waitFor } = BA.events;
  const { qa, q } = BA.dom;

  const ENTRY = '.el-upload-list__item, .ant-upload-list-item, .upload-list li, ul li, ol li';
  // Element lists a picked file as is-ready until its upload starts.
  const BUSY = /is-ready|is-uploading|ant-upload-list-item-uploading|uploading/;
  const FAILED = /is-fail|ant-upload-list-item-error|upload-error|is-error/;
  const NAME = '.el-upload-list__item-name, .el-upload-list__item-file-name, .ant-upload-list-item-name';
  // "已上传 2 个文件", "共 2 份附件": a list that shows only how many.
  const COUNT = /(?:已上传|已选择|共)\s*(\d+)\s*(?:个|份|件)\s*(?:文件|附件)?/;

  const clean = (s) => s.replace(/\s+/g, ' ').trim();

  // The list's entries: {done, busy, failed, names} (names as shown).
  function listState(content) {
    const entries = qa(content, ENTRY).filter((li) => !li.querySelector(ENTRY));
    if (!entries.length) {
      const m = COUNT.exec(content.textContent || '');
      return { done: m ? Number(m[1]) : 0, busy: 0, failed: 0, names: [] };
    }
    const state = { done: 0, busy: 0, failed: 0, names: [] };
    for (const li of entries) {
      // A line that counts the files ("共 2 个文件") stands for them.
      const counted = COUNT.exec(clean(li.textContent));
      if (counted) { state.done += Number(counted[1]); continue; }
      const cls = li.className && li.className.baseVal !== undefined ? li.className.baseVal : String(li.className || '');
      if (BUSY.test(cls)) state.busy += 1;
      else if (FAILED.test(cls)) state.failed += 1;
      else {
        state.done += 1;
        const name = q(li, NAME);
        state.names.push(clean((name && (name.getAttribute('title') || name.textContent)) || li.textContent));
      }
    }
    return state;
  }

  // Does a listed entry show this file? The whole name (maybe followed by a
  // size or a delete link), or its two ends around an ellipsis.
  function shows(listed, name) {
    return listed.some((text) => {
      if (text === name || text.startsWith(name)) return true;
      const cut = /^(.+?)(?:\.\.\.|…|⋯)(.+?)$/.exec(text.split(/\s/)[0]);
      return !!cut && cut[1].length >= 2 && name.startsWith(cut[1]) && name.endsWith(cut[2]);
    });
  }

  function toFile(win, f) {
    const bin = win.atob(f.data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
    return new win.File([bytes], f.name, { type: f.type || 'application/octet-stream' });
  }

  // files: [{name, type, data (Base64)}]. Files the list shows by name are
  // not sent again; a list that names nothing readable and already holds
  // entries is left alone rather than given duplicates.
  async function upload(win, content, files, { timeoutMs = 8000 } = {}) {
    const input = q(content, 'input[type=file]');
    if (!input) throw new Refusal('no-file-input');
    const before = listState(content);
    const missing = files.filter((f) => !shows(before.names, f.name));
    if (!missing.length) return 'unchanged';
    if (before.done && !files.some((f) => shows(before.names, f.name)) && before.names.every((n) => !/\.\w{2,5}\b/.test(n))) return 'list-unreadable';
    const sending = input.multiple ? missing : missing.slice(0, 1);
    const transfer = new win.DataTransfer();
    for (const f of sending) transfer.items.add(toFile(win, f));
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    // The list changes when the page's upload answers: wait on the DOM, not a poll.
    const outcome = await waitFor(() => {
      const now = listState(content);
      if (now.failed > before.failed) return 'failed';
      return !now.busy && now.done >= before.done + sending.length ? 'filled' : null;
    }, timeoutMs, 50);
    if (outcome === 'failed') return 'upload-failed';
    return outcome === 'filled' && sending.length === missing.length ? 'filled' : 'not-kept';
  }

  BA.upload = { upload, listState, shows };
})(globalThis);
