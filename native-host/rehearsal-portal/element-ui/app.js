// The Element UI replica (Vue 2.7 + Element UI 2.15): hash routes #/index,
// #/home and the filing pages, built from the profile at run time.
import { FilingPage } from './page.js';
import { loadProfile, loadSession, loadDrafts, mirrorFor } from '../shared/api.js';
import { createStore, viewOf, ENTRIES, ROUTES, PRACTICE_NOTICE, PRACTICE_NOTICE_EN } from '../shared/portal.js';

const Vue = window.Vue;

const IndexView = {
  template: `
<div class="portal-index">
  <h1>互联网信息服务算法备案系统</h1>
  <p class="portal-lead">算法备案、变更、注销及备案信息查询。具有舆论属性或者社会动员能力的算法推荐服务提供者应当在提供服务之日起十个工作日内履行备案手续。</p>
  <a href="#/home" class="el-button el-button--primary el-button--medium start-link">开始填报</a>
</div>`,
};

const HomeView = {
  data: () => ({ entries: ENTRIES.map((e) => ({ ...e, href: '#' + ROUTES[e.first] })) }),
  template: `
<div class="portal-home">
  <h2>备案填报</h2>
  <el-row :gutter="20">
    <el-col v-for="e in entries" :key="e.key" :span="8">
      <el-card shadow="hover" class="home-entry">
        <div slot="header">{{ e.title }}</div>
        <p>{{ e.desc }}</p>
        <el-link type="primary" :href="e.href">进入填报</el-link>
      </el-card>
    </el-col>
  </el-row>
</div>`,
};

async function start() {
  const [profile, session, drafts] = await Promise.all([loadProfile(), loadSession(), loadDrafts()]);
  const store = Vue.observable(createStore(profile, drafts));
  new Vue({
    el: '#app',
    components: { IndexView, HomeView, FilingPage },
    data: { store, session, view: viewOf(location.hash), notice: PRACTICE_NOTICE, noticeEn: PRACTICE_NOTICE_EN },
    created() {
      window.addEventListener('hashchange', () => {
        this.view = viewOf(location.hash);
        window.scrollTo(0, 0);
      });
      for (const id of Object.keys(store.models))
        this.$watch(() => store.models[id], (m) => mirrorFor(id).schedule(m), { deep: true });
    },
    template: `
<div class="portal">
  <header class="portal-header">
    <a class="portal-brand" href="#/index">互联网信息服务算法备案系统</a>
    <el-tag type="warning" effect="dark" size="small">演练 · 非官方</el-tag>
    <span class="portal-user" v-if="session.companyName">当前主体：<b>{{ session.companyName }}</b></span>
  </header>
  <el-alert type="warning" :closable="false" show-icon :title="notice" :description="noticeEn" class="practice-notice"></el-alert>
  <main class="portal-main">
    <index-view v-if="view === 'index'"></index-view>
    <home-view v-else-if="view === 'home'"></home-view>
    <filing-page v-else-if="view" :key="view" :page-id="view" :store="store"></filing-page>
    <el-empty v-else description="页面不存在"><el-link type="primary" href="#/home">返回首页</el-link></el-empty>
  </main>
</div>`,
  });
}

start().catch((e) => {
  document.getElementById('app').textContent = `加载失败 / failed to load: ${e.message}`;
});
