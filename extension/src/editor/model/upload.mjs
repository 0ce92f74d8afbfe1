// A picked file sent to the host in order, in chunks that keep each request
// under the 1 MiB native-messaging limit (attachment.put); the host checks
// the whole file's SHA-256 and kind and answers with the record the dossier
// keeps. The portal takes PDF, JPG and PNG files of at most 20 MB.
export const MAX_BYTES = 20 * 1024 * 1024;
export const CHUNK = 512 * 1024;
const KINDS = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };
const ACCEPTED = new Set(Object.values(KINDS));

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

// The media type of a picked file: the browser's, else by extension; null
// when the portal would not take it.
export function mediaTypeOf(name, type) {
  if (ACCEPTED.has(type)) return type;
  const ext = (/\.([^.]+)$/.exec(name || '') || [])[1];
  return (ext && KINDS[ext.toLowerCase()]) || null;
}

// A problem that stops the upload before anything is sent, or null.
export function refusal(name, type, size) {
  if (!mediaTypeOf(name, type)) return { code: 'type', zh: '门户只接受 PDF、JPG、PNG 文件', en: 'The portal takes PDF, JPG and PNG files only' };
  if (size > MAX_BYTES) return { code: 'over-limit', zh: `文件 ${(size / 1048576).toFixed(1)} MB，超过门户每个文件 20 MB 的上限`, en: `The file is ${(size / 1048576).toFixed(1)} MB, over the portal's 20 MB per file` };
  if (size === 0) return { code: 'empty', zh: '文件是空的', en: 'The file is empty' };
  return null;
}

export function toBase64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// host(type, params) → result. Resolves with {path, sha256, size, mediaType}.
export async function uploadFile(host, dossierId, { name, type, bytes }, onProgress = () => {}) {
  const problem = refusal(name, type, bytes.length);
  if (problem) throw Object.assign(new Error(problem.zh), { code: problem.code, problem });
  const head = { id: dossierId, name, mediaType: mediaTypeOf(name, type), size: bytes.length, sha256: await sha256Hex(bytes) };
  let upload;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const r = await host('attachment.put', { ...head, ...(upload ? { upload } : {}), offset, data: toBase64(bytes.subarray(offset, offset + CHUNK)) });
    upload = r.upload;
    onProgress(r.received, bytes.length);
    if (r.done) return r.attachment;
  }
  throw new Error('the host did not finish the upload');
}
