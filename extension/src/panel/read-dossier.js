// The stored dossier for the panel, whatever its size: dossier.get answers
// in one message, which an agency's dossier (hundreds of products) outgrows
// (REPLY_TOO_LARGE); dossier.read gives its JSON text in chunks of at most
// 512 KiB. Chunks that span a save elsewhere (another revision's digest)
// start the reading again, as the editor's session does.
(function (root) {
  'use strict';
  const P = root.BeianPanel;

  async function readDossier(id) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const parts = [];
      let first = null;
      for (let offset = 0, eof = false; !eof;) {
        const r = await P.host('dossier.read', { id, offset });
        if (first && r.sha256 !== first.sha256) break;
        first = first || r;
        const bytes = Uint8Array.from(atob(r.data), (c) => c.charCodeAt(0));
        parts.push(bytes);
        offset += bytes.length;
        eof = r.eof;
        if (eof) return { dossier: JSON.parse(new TextDecoder().decode(concat(parts, offset))), revision: first.revision };
      }
    }
    throw new Error('the dossier kept changing while it was read');
  }

  function concat(parts, size) {
    const whole = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { whole.set(p, at); at += p.length; }
    return whole;
  }

  P.readDossier = readDossier;
})(globalThis);
