// One dossier open in the editor: the revision it started from (base), the
// working copy, whether it differs, the checks of both sides, and saves
// that name their base revision. A save the schema refuses is not sent; a
// CONFLICT comes back as a three-way merge for the person to decide. A
// dossier over one native message (an agency's) travels in chunks: read
// with dossier.read, sent with dossier.stage and named as staged.
import { schemaItems, hostItems } from './checks.mjs';
import { threeWay } from './merge.mjs';
import { CHUNK, sha256Hex, toBase64 } from './upload.mjs';

// A request over native messaging must stay under 1 MiB with its envelope.
export const MAX_INLINE_BYTES = 1000 * 1000;
const fromBase64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

// The stored dossier and its revision, chunk by chunk; chunks that span a
// save elsewhere (another revision's digest) start the reading again.
export async function readDossier(host, id) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const parts = [];
    let first = null;
    for (let offset = 0, eof = false; !eof;) {
      const r = await host('dossier.read', { id, offset });
      if (first && r.sha256 !== first.sha256) break;
      first = first || r;
      const bytes = fromBase64(r.data);
      parts.push(bytes);
      offset += bytes.length;
      eof = r.eof;
      if (eof) {
        const whole = new Uint8Array(offset);
        let at = 0;
        for (const p of parts) { whole.set(p, at); at += p.length; }
        return { dossier: JSON.parse(new TextDecoder().decode(whole)), revision: first.revision };
      }
    }
  }
  throw new Error('the dossier kept changing while it was read');
}

// {dossier} inline when it fits one message, else {staged} after sending
// its text in chunks.
export async function dossierParams(host, doc) {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  if (bytes.length < MAX_INLINE_BYTES) return { dossier: doc };
  const head = { size: bytes.length, sha256: await sha256Hex(bytes) };
  let upload;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const r = await host('dossier.stage', { ...head, ...(upload ? { upload } : {}), offset, data: toBase64(bytes.subarray(offset, offset + CHUNK)) });
    upload = r.upload;
  }
  return { staged: upload };
}

export class Session {
  // host(type, params); validate: Ajv's compiled validator; localize(errors).
  constructor({ host, validate, localize = () => {}, lang = 'zh' }) {
    Object.assign(this, { host, validate, localize, lang });
    this.id = null;
    this.revision = null;
    this.base = null;
    this.doc = null;
    this.dirty = false;
  }

  async open(id) {
    const r = await readDossier(this.host, id);
    this.id = id;
    this.revision = r.revision;
    this.base = r.dossier;
    this.doc = structuredClone(r.dossier);
    this.dirty = false;
    return this;
  }

  // A new dossier saved at once (revision 1), so files can be added to it.
  async create(id, doc) {
    const dossier = structuredClone(doc);
    dossier.meta = { ...dossier.meta, id, revision: 0 };
    await this.host('dossier.save', { id, ...(await dossierParams(this.host, dossier)), baseRevision: null, reason: '新建（编辑器）' });
    return this.open(id);
  }

  changed() { this.dirty = JSON.stringify(this.doc) !== JSON.stringify(this.base); }

  schemaItems() {
    if (this.validate(this.doc)) return [];
    if (this.lang === 'zh') this.localize(this.validate.errors);
    return schemaItems(this.validate.errors, this.lang);
  }

  // The host's findings on the unsaved document.
  async hostItems() {
    const r = await this.host('dossier.validate', await dossierParams(this.host, this.doc));
    return hostItems(r.findings, this.lang);
  }

  // {saved: revision} | {invalid: items} | {conflict: {theirs, revision, result}}
  async save(reason = '在编辑器中保存') {
    const invalid = this.schemaItems();
    if (invalid.length) return { invalid };
    try {
      const r = await this.host('dossier.save', { id: this.id, ...(await dossierParams(this.host, this.doc)), baseRevision: this.revision, reason });
      this.revision = r.revision;
      // What was sent is now stored (meta is the host's: it keeps the filing record).
      this.doc.meta = { ...this.doc.meta, id: this.id, revision: r.revision, updatedAt: r.updatedAt };
      this.base = structuredClone(this.doc);
      this.dirty = false;
      return { saved: r.revision };
    } catch (e) {
      if (e.code !== 'CONFLICT') throw e;
      const theirs = await readDossier(this.host, this.id);
      return { conflict: { theirs: theirs.dossier, revision: theirs.revision, result: threeWay(this.base, this.doc, theirs.dossier) } };
    }
  }

  // After the person decided each conflict: the merged document is based on
  // the stored revision, and saved like any edit.
  adopt(doc, theirs, revision) {
    this.doc = doc;
    this.doc.meta = structuredClone(theirs.meta);
    this.base = theirs;
    this.revision = revision;
    this.changed();
  }
}
