// One dossier open in the editor: the revision it started from (base), the
// working copy, whether it differs, the checks of both sides, and saves
// that name their base revision. A save the schema refuses is not sent; a
// CONFLICT comes back as a three-way merge for the person to decide.
import { schemaItems, hostItems } from './checks.mjs';
import { threeWay } from './merge.mjs';

// A request over native messaging must stay under 1 MiB with its envelope.
export const MAX_INLINE_BYTES = 1000 * 1000;
const bytesOf = (v) => new TextEncoder().encode(JSON.stringify(v)).length;

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
    const r = await this.host('dossier.get', { id });
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
    await this.host('dossier.save', { id, dossier, baseRevision: null, reason: '新建（编辑器）' });
    return this.open(id);
  }

  changed() { this.dirty = JSON.stringify(this.doc) !== JSON.stringify(this.base); }

  schemaItems() {
    if (this.validate(this.doc)) return [];
    if (this.lang === 'zh') this.localize(this.validate.errors);
    return schemaItems(this.validate.errors, this.lang);
  }

  // The host's findings on the unsaved document; null when it is too large
  // to send inline (the saved one is checked by id instead).
  async hostItems() {
    const inline = bytesOf(this.doc) < MAX_INLINE_BYTES;
    if (!inline && this.dirty) return null;
    const r = await this.host('dossier.validate', inline ? { dossier: this.doc } : { id: this.id });
    return hostItems(r.findings, this.lang);
  }

  // {saved: revision} | {invalid: items} | {tooLarge: bytes} | {conflict: {theirs, revision, result}}
  async save(reason = '在编辑器中保存') {
    const invalid = this.schemaItems();
    if (invalid.length) return { invalid };
    const size = bytesOf(this.doc);
    if (size >= MAX_INLINE_BYTES) return { tooLarge: size };
    try {
      const r = await this.host('dossier.save', { id: this.id, dossier: this.doc, baseRevision: this.revision, reason });
      this.revision = r.revision;
      // What was sent is now stored (meta is the host's: it keeps the filing record).
      this.doc.meta = { ...this.doc.meta, id: this.id, revision: r.revision, updatedAt: r.updatedAt };
      this.base = structuredClone(this.doc);
      this.dirty = false;
      return { saved: r.revision };
    } catch (e) {
      if (e.code !== 'CONFLICT') throw e;
      const theirs = await this.host('dossier.get', { id: this.id });
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
