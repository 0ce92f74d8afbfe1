// The files of the upload fields being filled, fetched from the host chunk
// by chunk (each reply stays under the 1 MiB message limit) and checked
// against the dossier's SHA-256 before the page gets them.
(function (root) {
  'use strict';
  const P = root.BeianPanel;

  async function fetchAttachment(dossierId, record) {
    let data = '';
    for (let offset = 0, eof = false; !eof;) {
      const r = await P.host('attachment.read', { id: dossierId, path: record.path, offset });
      data += r.data;
      offset += atob(r.data).length;
      eof = r.eof;
    }
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    if (record.sha256 && digest !== record.sha256) throw Object.assign(new Error('attachment-changed'), { code: 'attachment-changed' });
    return { name: P.fileName(record.path), type: record.mediaType || 'application/octet-stream', data };
  }

  // {files: {fieldId: [file]}, problems: {fieldId: reason}}; a field whose
  // file is missing or changed on disk gets its reason instead of an upload.
  async function filesFor(dossierId, fields, ids) {
    const files = {};
    const problems = {};
    await Promise.all(fields.map(async (f) => {
      if (f.control !== 'upload' || f.status !== 'found' || (ids && !ids.includes(f.id))) return;
      try { files[f.id] = await Promise.all(P.recordsOf(f.value).map((r) => fetchAttachment(dossierId, r))); } catch (e) { problems[f.id] = e.code === 'attachment-changed' ? 'attachment-changed' : 'file-missing'; }
    }));
    return { files, problems };
  }

  P.attachments = { fetchAttachment, filesFor };
})(globalThis);
