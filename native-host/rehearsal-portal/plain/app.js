// The plain-HTML replica: no component library, vanilla JS keeping its own
// model object per page. Same hash routes and pages as the other replicas.
import { h } from './controls.js';
import { renderPage } from './page.js';
import { renderScreen } from './layout-page.js';
import { loadProfile, loadSession, loadDrafts } from '../shared/api.js';
import { createStore, PRACTICE_NOTICE, PRACTICE_NOTICE_EN } from '../shared/portal.js';
import { layoutOf, viewFor, homeEntries } from '../shared/screen-view.js';

function renderIndex(main) {
  main.replaceChildren(
    h('div', { class: 'portal-index' },
      h('h1', {}, '互联网信息服务算法备案系统'),
      h('p', { class: 'portal-lead' }, '算法备案、变更、注销及备案信息查询。具有舆论属性或者社会动员能力的算法推荐服务提供者应当在提供服务之日起十个工作日内履行备案手续。'),
      h('p', {}, h('a', { href: '#/home', class: 'start-link' }, '开始填报'))));
}

function renderHome(main, spec) {
  main.replaceChildren(
    h('h2', {}, '备案填报'),
    h('table', { class: 'home-table' },
      h('tbody', {}, homeEntries(spec).map((e) =>
        h('tr', {}, h('th', {}, e.title), h('td', {}, e.desc), h('td', {}, h('a', { href: e.href }, '进入填报')))))));
}

async function start() {
  const [profile, session, drafts] = await Promise.all([loadProfile(), loadSession(), loadDrafts()]);
  const store = createStore(profile, drafts);
  const spec = layoutOf(profile, 'plain');
  const main = h('main', { class: 'portal-main' });
  document.getElementById('app').replaceChildren(
    h('header', { class: 'portal-header' },
      h('a', { class: 'portal-brand', href: '#/index' }, '互联网信息服务算法备案系统'),
      h('span', { class: 'practice-tag' }, '演练 · 非官方'),
      session.companyName ? h('span', { class: 'portal-user' }, '当前主体：', h('b', {}, session.companyName)) : null),
    h('div', { class: 'practice-banner' }, PRACTICE_NOTICE, h('br'), PRACTICE_NOTICE_EN),
    main);
  const show = () => {
    const view = viewFor(location.hash, spec);
    if (view === 'index') renderIndex(main);
    else if (view === 'home') renderHome(main, spec);
    else if (view && view.startsWith('screen:')) renderScreen(main, { spec, screenId: view.slice(7), store, session });
    else if (view) renderPage(main, view, store);
    else main.replaceChildren(h('p', {}, '页面不存在。', h('a', { href: '#/home' }, '返回首页')));
    window.scrollTo(0, 0);
  };
  window.addEventListener('hashchange', show);
  show();
}

start().catch((e) => {
  document.getElementById('app').textContent = `加载失败 / failed to load: ${e.message}`;
});
