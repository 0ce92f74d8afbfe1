// Uploads: the dossier's attachment files (fetched from the host by the
// panel, hash-checked there) are put into the field's own file input through
// a DataTransfer, and a change event lets the page's upload component send
// them exactly as if the person had picked them. The field is confirmed when
// the page's file list shows every name and none is still uploading.
(function (root) {
  'use strict';
  const BA = (root.BeianAssist = root.BeianAssist || {});
  const { Refusal, waitFor } = BA.events;

  const base = (name) => name.replace(/\s+/g, ' ').trim();

  // The names the page lists for this field, whatever library drew it: an
  // Element/Ant list item's name, else the text of each list item.
  function listedNames(content) {
    const items = [...content.querySelectorAll('.el-upload-list__item, .ant-upload-list-item, li')];
    const done = items.filter((li) => !/is-uploading|ant-upload-list-item-uploading/.test(li.className));
    return done.map((li) => {
      const name = li.querySelector('.el-upload-list__item-name, .el-upload-list__item-file-name, .ant-upload-list-item-name');
      return base((name || li).textContent);
    });
  }

  // A listed entry shows the file by its name, maybe followed by its size
  // or a delete link ("a.pdf（1366 字节） 删除").
  const shows = (listed, name) => listed.some((text) => text === name || text.startsWith(name));
  const allListed = (content, names) => { const listed = listedNames(content); return names.every((n) => shows(listed, n)); };

  function toFile(win, f) {
    const bin = win.atob(f.data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
    return new win.File([bytes], f.name, { type: f.type || 'application/octet-stream' });
  }

  // files: [{name, type, data (Base64)}]. Files the page already lists are
  // not sent again.
  async function upload(win, content, files, { timeoutMs = 8000 } = {}) {
    const input = content.querySelector('input[type=file]');
    if (!input) throw new Refusal('no-file-input');
    const missing = files.filter((f) => !shows(listedNames(content), f.name));
    if (!missing.length) return 'unchanged';
    const transfer = new win.DataTransfer();
    for (const f of input.multiple ? missing : missing.slice(0, 1)) transfer.items.add(toFile(win, f));
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    const names = files.map((f) => f.name);
    // The list changes when the page's upload answers: wait on the DOM, not a poll.
    return (await waitFor(() => allListed(content, names), timeoutMs, 50)) ? 'filled' : 'not-kept';
  }

  BA.upload = { upload, listedNames, allListed };
})(globalThis);
