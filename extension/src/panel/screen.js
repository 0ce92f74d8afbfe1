// Which profile pages the portal tab shows. The content script recognises
// one or several pages with a confidence; when it is sure, those are planned.
// When it is not, the panel lists the candidates (every profile page, those
// found on the screen first and ticked) and the person picks; the choice is
// kept per URL route (origin, path and hash route), so the same screen is
// not asked about again.
(function (root) {
  'use strict';
  const P = root.BeianPanel;
  const { t, $, api } = P;
  const STORE = 'screenChoices';

  // The route a choice is kept under: no query string, no ids in it.
  function routeKey(url) {
    try {
      const u = new URL(url);
      return u.origin + u.pathname + u.hash.replace(/\?.*$/, '');
    } catch { return null; }
  }

  async function remembered(key) {
    if (!key) return null;
    const all = (await api.storage.local.get(STORE))[STORE] || {};
    return all[key] || null;
  }

  async function remember(key, ids) {
    if (!key) return;
    const all = (await api.storage.local.get(STORE))[STORE] || {};
    all[key] = ids;
    await api.storage.local.set({ [STORE]: all });
  }

  // → {pages: [profile page], how: 'recognised'|'chosen'|'ask', recognition}
  async function pagesFor(profile, tab, recognition) {
    const byId = (ids) => ids.map((id) => profile.pages.find((p) => p.id === id)).filter(Boolean);
    const key = routeKey(tab.url);
    const kept = await remembered(key);
    if (kept && kept.length) return { pages: byId(kept), how: 'chosen', recognition, key };
    if (recognition.confidence === 'high') return { pages: byId(recognition.pages), how: 'recognised', recognition, key };
    return { pages: [], how: 'ask', recognition, key };
  }

  // The chooser: candidates first (ticked when recognised), then the other
  // pages of the profile. Resolves with the ticked ids once confirmed.
  function ask(profile, recognition) {
    const found = new Map((recognition.candidates || []).map((c) => [c.id, c]));
    const order = [...found.keys(), ...profile.pages.map((p) => p.id).filter((id) => !found.has(id))];
    $('page-candidates').replaceChildren(...order.map((id) => {
      const p = profile.pages.find((x) => x.id === id);
      const c = found.get(id);
      // Ticked: the pages recognised, else the likeliest candidate.
      const suggested = recognition.pages && recognition.pages.length ? recognition.pages : (recognition.candidates || []).slice(0, 1).map((x) => x.id);
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: suggested.includes(id) });
      box.dataset.page = id;
      const label = document.createElement('label');
      label.className = c ? 'candidate' : 'other-page';
      label.append(box, ` ${p.title}${p.step ? ' · ' + p.step : ''}`, c ? ` ${t('pageChoiceFound', [String(c.found), String(c.total)])}` : '');
      const line = document.createElement('div');
      line.append(label);
      return line;
    }));
    $('page-choice').hidden = false;
    return new Promise((resolve) => {
      $('page-choice-ok').onclick = () => {
        const ids = [...$('page-candidates').querySelectorAll('input:checked')].map((b) => b.dataset.page);
        if (!ids.length) return;
        $('page-choice').hidden = true;
        resolve(ids);
      };
    });
  }

  const pageNames = (pages) => pages.map((p) => `${p.title}${p.step ? ' · ' + p.step : ''}`).join(' + ');

  P.screen = { pagesFor, ask, remember, routeKey, pageNames };
})(globalThis);
