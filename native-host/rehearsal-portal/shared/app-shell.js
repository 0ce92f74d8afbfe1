// The parts of a Vue replica's root app every stack shares: #/index and
// #/home (whose entries lead to a layout's first screens), which view the
// hash shows, and the mirror of every page model to PUT /api/model.
import { mirrorFor } from './api.js';
import { viewFor, homeEntries } from './screen-view.js';

const LEAD =
  '算法备案、变更、注销及备案信息查询。具有舆论属性或者社会动员能力的算法推荐服务提供者应当在提供服务之日起十个工作日内履行备案手续。';

// `start`: the library's button or link to #/home.
export const indexView = (start) => ({
  template: `
<div class="portal-index">
  <h1>互联网信息服务算法备案系统</h1>
  <p class="portal-lead">${LEAD}</p>
  ${start}
</div>`,
});

// `entries`: the library's markup over `entries` (title, desc, href).
export const homeView = (entries) => ({
  props: { spec: Object },
  computed: {
    entries() {
      return homeEntries(this.spec);
    },
  },
  template: `
<div class="portal-home">
  <h2>备案填报</h2>
  ${entries}
</div>`,
});

// Root app options: the view of the hash (a layout's screen: screenId) and
// the model mirror.
export function rootLogic(store, spec) {
  return {
    computed: {
      screenId() {
        return this.view && this.view.startsWith('screen:') ? this.view.slice(7) : null;
      },
    },
    created() {
      window.addEventListener('hashchange', () => {
        this.view = viewFor(location.hash, spec);
        window.scrollTo(0, 0);
      });
      for (const id of Object.keys(store.models))
        this.$watch(() => store.models[id], (m) => mirrorFor(id).schedule(m), { deep: true });
    },
  };
}
