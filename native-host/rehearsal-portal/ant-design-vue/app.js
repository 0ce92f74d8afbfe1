// The Ant Design Vue replica (Vue 3.5 + Ant Design Vue 4, zh_CN locale):
// hash routes #/index, #/home and the filing pages, built from the profile;
// with ?layout=SEED the screens of a generated layout instead.
import { FilingPage } from './page.js';
import { LayoutScreen } from './layout-kit.js';
import { loadProfile, loadSession, loadDrafts } from '../shared/api.js';
import { createStore, PRACTICE_NOTICE, PRACTICE_NOTICE_EN } from '../shared/portal.js';
import { layoutOf, viewFor } from '../shared/screen-view.js';
import { indexView, homeView, rootLogic } from '../shared/app-shell.js';

const { createApp, reactive } = window.Vue;
window.dayjs.locale('zh-cn');

const IndexView = indexView(`<a-button type="primary" href="#/home" class="start-link">开始填报</a-button>`);

const HomeView = homeView(`
  <a-row :gutter="20">
    <a-col v-for="e in entries" :key="e.key" :span="8">
      <a-card hoverable :title="e.title" class="home-entry">
        <p>{{ e.desc }}</p>
        <a-button type="primary" :href="e.href">进入填报</a-button>
      </a-card>
    </a-col>
  </a-row>`);

async function start() {
  const [profile, session, drafts] = await Promise.all([loadProfile(), loadSession(), loadDrafts()]);
  const store = reactive(createStore(profile, drafts));
  const spec = layoutOf(profile, 'ant-design-vue');
  const app = createApp({
    components: { IndexView, HomeView, FilingPage, LayoutScreen },
    data: () => ({
      store,
      session,
      spec: Object.freeze(spec),
      view: viewFor(location.hash, spec),
      notice: PRACTICE_NOTICE,
      noticeEn: PRACTICE_NOTICE_EN,
      locale: window.antd.locales.zh_CN,
    }),
    ...rootLogic(store, spec),
    template: `
<a-config-provider :locale="locale">
<div class="portal">
  <header class="portal-header">
    <a class="portal-brand" href="#/index">互联网信息服务算法备案系统</a>
    <a-tag color="orange">演练 · 非官方</a-tag>
    <span class="portal-user" v-if="session.companyName">当前主体：<b>{{ session.companyName }}</b></span>
  </header>
  <a-alert type="warning" show-icon :message="notice" :description="noticeEn" class="practice-notice" />
  <main class="portal-main">
    <index-view v-if="view === 'index'" />
    <home-view v-else-if="view === 'home'" :spec="spec" />
    <layout-screen v-else-if="screenId" :key="view" :spec="spec" :screen-id="screenId" :store="store" :session="session" />
    <filing-page v-else-if="view" :key="view" :page-id="view" :store="store" />
    <a-empty v-else description="页面不存在"><a href="#/home">返回首页</a></a-empty>
  </main>
</div>
</a-config-provider>`,
  });
  app.use(window.antd);
  document.getElementById('app').textContent = '';
  app.mount('#app');
}

start().catch((e) => {
  document.getElementById('app').textContent = `加载失败 / failed to load: ${e.message}`;
});
