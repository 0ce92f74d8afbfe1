// The Element UI replica (Vue 2.7 + Element UI 2.15): hash routes #/index,
// #/home and the filing pages, built from the profile at run time.
import { FilingPage } from './page.js';
import { loadProfile, loadSession, loadDrafts } from '../shared/api.js';
import { createStore, PRACTICE_NOTICE, PRACTICE_NOTICE_EN } from '../shared/portal.js';
import { layoutOf, viewFor } from '../shared/screen-view.js';
import { indexView, homeView, rootLogic } from '../shared/app-shell.js';
import { elementLayoutScreen } from '../shared/element-layout.js';

const LayoutScreen = elementLayoutScreen('element-ui');

const Vue = window.Vue;

const IndexView = indexView(`<a href="#/home" class="el-button el-button--primary el-button--medium start-link">开始填报</a>`);

const HomeView = homeView(`
  <el-row :gutter="20">
    <el-col v-for="e in entries" :key="e.key" :span="8">
      <el-card shadow="hover" class="home-entry">
        <div slot="header">{{ e.title }}</div>
        <p>{{ e.desc }}</p>
        <el-link type="primary" :href="e.href">进入填报</el-link>
      </el-card>
    </el-col>
  </el-row>`);

async function start() {
  const [profile, session, drafts] = await Promise.all([loadProfile(), loadSession(), loadDrafts()]);
  const spec = layoutOf(profile, 'element-ui');
  const store = Vue.observable(createStore(profile, drafts));
  new Vue({
    el: '#app',
    components: { IndexView, HomeView, FilingPage, LayoutScreen },
    data: { store, session, spec: Object.freeze(spec), view: viewFor(location.hash, spec), notice: PRACTICE_NOTICE, noticeEn: PRACTICE_NOTICE_EN },
    ...rootLogic(store, spec),
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
    <home-view v-else-if="view === 'home'" :spec="spec"></home-view>
    <layout-screen v-else-if="screenId" :key="view" :spec="spec" :screen-id="screenId" :store="store" :session="session"></layout-screen>
    <filing-page v-else-if="view" :key="view" :page-id="view" :store="store"></filing-page>
    <el-empty v-else description="页面不存在"><el-link type="primary" href="#/home">返回首页</el-link></el-empty>
  </main>
</div>`,
  });
}

start().catch((e) => {
  document.getElementById('app').textContent = `加载失败 / failed to load: ${e.message}`;
});
