// 材料清单: every material of the filing with its state and the next step
// (materials.checklist): the guide's list of materials and the portal's
// upload fields, a Word draft not yet stamped, a document older than a fact
// it states, an expired certificate.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $ } = P;

  const lang = () => (String(P.api.i18n.getUILanguage() || 'zh').startsWith('zh') ? 'zh' : 'en');
  const stateKey = (state) => 'materialState_' + state.replace(/-/g, '_');

  function itemLine(item) {
    const li = document.createElement('li');
    li.className = `material state-${item.state}`;
    li.dataset.material = item.material;
    if (item.algorithm) li.dataset.algorithm = item.algorithm;
    const badge = li.appendChild(document.createElement('span'));
    badge.className = 'badge';
    badge.textContent = t(stateKey(item.state));
    const name = li.appendChild(document.createElement('strong'));
    name.textContent = ` ${item.name[lang()]}${item.algorithm ? ` (${item.algorithm})` : ''}`;
    const next = li.appendChild(document.createElement('div'));
    next.className = 'next';
    next.textContent = item.next[lang()];
    return li;
  }

  async function show(dossierId) {
    const r = await P.host('materials.checklist', { id: dossierId });
    $('checklist-summary').textContent = t('checklistSummary', [String(r.summary.done), String(r.summary.items)]);
    $('checklist-items').replaceChildren(...r.items.map(itemLine));
    return r;
  }

  P.checklist = { show };
})(globalThis);
