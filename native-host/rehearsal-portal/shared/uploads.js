// What an upload widget's list holds, as the file records the host returned
// (POST /api/file/upload), shared by the component stacks.

// Element UI / Element Plus / Ant Design Vue file list items → records.
export function recordsOf(list) {
  return list
    .filter((f) => f.status === 'success' || f.status === 'done')
    .map((f) => (f.response && f.response.datas ? f.response.datas[0] : f.record))
    .filter(Boolean);
}

// A failed upload's message, from the portal envelope.
export const uploadError = (response) => `上传失败：${(response && response.errmsg) || '未知错误'}`;

export const manyFiles = (label) => /其他/.test(label);
export const ACCEPT = '.pdf,.jpg,.jpeg,.png';
