// 生成文件草稿: the host writes the .docx drafts of the four filing documents
// into the dossier's own folder (documents.draft) and records them in their
// upload fields; the panel lists each file with the blanks left for the
// filer and the facts the dossier still lacks. The panel never chooses where
// files go.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $ } = P;

  const RECORDS = { recorded: 'draftRecorded', unchanged: 'draftUnchanged', kept: 'draftKept' };

  function draftLine(d) {
    const li = document.createElement('li');
    li.dataset.document = d.document;
    if (d.algorithm) li.dataset.algorithm = d.algorithm;
    const name = document.createElement('strong');
    name.textContent = `${d.label}${d.algorithm ? ` (${d.algorithm})` : ''}`;
    li.append(name, ` ${P.fileName(d.path)} · ${t(RECORDS[d.record])} · ${t('draftBlanks', [String(d.blanks)])}`);
    if (d.missing.length) {
      const missing = li.appendChild(document.createElement('div'));
      missing.className = 'warning';
      missing.textContent = t('draftMissing', [d.missing.join('、')]);
    }
    return li;
  }

  // Writes the drafts of the chosen dossier and shows what came back.
  async function draft(dossierId) {
    const r = await P.host('documents.draft', { id: dossierId });
    $('drafts-folder').textContent = t('draftsWritten', [String(r.drafts.length), r.directory]);
    $('drafts-list').replaceChildren(...r.drafts.map(draftLine));
    return r;
  }

  P.documents = { draft };
})(globalThis);
