// Calls to the rehearsal host's /api, which answers in the portal's envelope
// {errno, errmsg, datas: [...]}. Shared by the three replicas.

export class ApiError extends Error {
  constructor(errno, errmsg) {
    super(errmsg || `errno ${errno}`);
    this.errno = errno;
  }
}

export async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  let envelope;
  try {
    envelope = await res.json();
  } catch {
    throw new ApiError(res.status, `HTTP ${res.status}`);
  }
  if (envelope.errno !== 0) throw new ApiError(envelope.errno, envelope.errmsg);
  return envelope.datas || [];
}

export const loadProfile = async () => (await api('GET', '/api/profile'))[0];
export const loadSession = async () => (await api('GET', '/api/session'))[0] || {};
export const loadDrafts = async () => (await api('GET', '/api/draft'))[0] || {};

// A plain JSON copy of a (reactive) model.
export const plain = (model) => JSON.parse(JSON.stringify(model));

export const saveDraft = (page, model) => api('POST', '/api/draft', { page, model: plain(model) });
export const submitPage = (page, model) => api('POST', '/api/submit', { page, model: plain(model) });

export async function uploadFile(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api('POST', '/api/file/upload', form))[0];
}

// Mirrors a page's live model to PUT /api/model, at most every 100 ms, so
// tests can read what the app itself holds. flush() sends a pending change now.
export function createMirror(page, debounceMs = 80) {
  let timer = null;
  let pending = null;
  let inFlight = Promise.resolve();
  const send = () => {
    timer = null;
    if (!pending) return inFlight;
    const model = pending;
    pending = null;
    inFlight = inFlight
      .then(() => api('PUT', '/api/model', { page, model }))
      .catch((e) => console.warn('[rehearsal] model mirror failed', e));
    return inFlight;
  };
  return {
    schedule(model) {
      pending = plain(model);
      if (timer) clearTimeout(timer);
      timer = setTimeout(send, debounceMs);
    },
    flush() {
      if (timer) clearTimeout(timer);
      return send();
    },
  };
}

const mirrors = {};
export const mirrorFor = (page) => (mirrors[page] ??= createMirror(page));
