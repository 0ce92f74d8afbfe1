// What a classic filing page (one profile page, one step of a flow) does in
// every Vue stack: its model, flow and groups, 暂存 and 提交. Each stack adds
// its template; `message(kind, text)` and `validate(vm)` → Promise<boolean>
// are the library's.
import { flowOf, pageGroups, isShown, getIn, setIn, ROUTES, TEMPLATES, PROMISE_TEXT } from './portal.js';
import { mirrorFor, saveDraft, submitPage } from './api.js';

export function filingPageLogic({ message, validate }) {
  return {
    props: { pageId: String, store: Object },
    data: () => ({ promised: false, busy: false, promiseText: PROMISE_TEXT }),
    computed: {
      page() {
        return this.store.pages[this.pageId];
      },
      model() {
        return this.store.models[this.pageId];
      },
      flow() {
        return flowOf(this.pageId, this.store.models);
      },
      stepIndex() {
        return this.flow.indexOf(this.pageId);
      },
      stepTitles() {
        return this.flow.map((id) => this.store.pages[id].step || this.store.pages[id].title);
      },
      isLast() {
        return this.stepIndex === this.flow.length - 1;
      },
      groups() {
        const visible = this.page.fields.filter((f) => isShown(f, this.model, this.page.fields));
        return pageGroups(this.page, visible);
      },
      templates() {
        return TEMPLATES[this.pageId] || [];
      },
      helpItems() {
        return this.pageId === 'algorithm-detail' ? this.page.fields.filter((f) => f.help) : [];
      },
    },
    methods: {
      go(pageId) {
        location.hash = '#' + ROUTES[pageId];
      },
      async onSaveDraft() {
        this.busy = true;
        try {
          await mirrorFor(this.pageId).flush();
          await saveDraft(this.pageId, this.model);
          message('success', '暂存成功');
        } catch (e) {
          message('error', `暂存失败：${e.message}`);
        } finally {
          this.busy = false;
        }
      },
      async onSubmit() {
        if (!(await validate(this))) {
          message('error', '请检查表单中标红的内容');
          return;
        }
        this.busy = true;
        try {
          await mirrorFor(this.pageId).flush();
          await submitPage(this.pageId, this.model);
          message('success', this.isLast ? '提交成功' : '本步已提交');
          if (!this.isLast) this.go(this.flow[this.stepIndex + 1]);
        } catch (e) {
          message('error', `提交失败：${e.message}`);
        } finally {
          this.busy = false;
        }
      },
    },
  };
}

// Computed properties every field component shares: the value at the
// field's keys in the page model, and a date range's [from, to] while
// 长期 is not ticked (for a range picker).
export const fieldComputed = {
  f() {
    return this.field;
  },
  value: {
    get() {
      return this.model ? getIn(this.model, this.field.keys) : undefined;
    },
    set(v) {
      setIn(this.model, this.field.keys, v);
    },
  },
  rangeValue: {
    get() {
      const v = this.value;
      return v && v.from && v.to ? [v.from, v.to] : null;
    },
    set(pair) {
      this.value.from = pair ? pair[0] : '';
      this.value.to = pair ? pair[1] : '';
    },
  },
};
