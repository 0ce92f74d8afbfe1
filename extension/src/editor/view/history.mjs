// The dossier's revisions (history.list), newest first, each with who
// saved it, when and why; restoring one (history.restore) makes a new
// revision with its content, after the person confirms.
import { h, t, button } from './dom.mjs';

export async function showHistory(host, id, { onRestore }) {
  const dialog = document.getElementById('history-dialog');
  const { revisions, current } = await host('history.list', { id, limit: 100 });
  const rows = revisions.map((r) => h('tr', { dataset: { revision: String(r.revision) } },
    h('td', {}, `r${r.revision}`),
    r.damaged ? h('td', { colspan: 3 }, t('editorDamaged')) : [h('td', {}, r.savedAt.replace('T', ' ').replace('Z', ' UTC')), h('td', {}, [r.reason, r.author, r.via].filter(Boolean).join(' · ')),
      h('td', {}, r.revision === current ? t('editorCurrent') : button(t('editorRestore'), async () => { if (await onRestore(r.revision)) dialog.close(); }, { class: 'restore' }))]));
  dialog.querySelector('tbody').replaceChildren(...rows);
  dialog.querySelector('.close').onclick = () => dialog.close();
  dialog.showModal();
}
