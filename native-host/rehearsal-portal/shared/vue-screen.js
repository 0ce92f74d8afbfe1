// One screen of a generated layout for the Vue stacks (Vue 2.7 and 3 alike):
// frames, bodies and labels drawn here in plain elements, everything of a
// component library taken from the stack's kit (form, frames, grid, tabs,
// steps, buttons, the field's form-item and control). Labels of table,
// list and label-above layouts are plain cells, never the library's label.
import { screenSections, echoRows, screenFlow, extrasModel } from './screen-model.js';
import { mirrorFor, saveDraft, submitPage } from './api.js';
import { PROMISE_TEXT } from './portal.js';

export const LabelParts = {
  name: 'LabelParts',
  props: { parts: Array, help: String },
  template: `<span class="field-label"><template v-for="(p, i) in parts"><span v-if="p.kind === 'mark' && !p.css" class="req">*</span><span v-else-if="p.kind === 'hint' || p.kind === 'unit'" class="label-tip">{{ p.text }}</span><template v-else-if="!p.css">{{ p.text }}</template></template><kit-help v-if="help" :text="help" /></span>`,
};

const FieldCell = {
  name: 'FieldCell',
  props: { it: Object, body: Object, extras: Object },
  template: `
<div class="field-cell">
  <div v-if="it.position === 'top'" class="field-title"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></div>
  <layout-field v-if="it.kind === 'field'" :field="it.field" :model="it.model" :page="it.page" :label-width="body.labelWidth" />
  <kit-extra v-else :extra="it.extra" :parts="it.parts" :values="extras" :left="it.position === 'left'" :label-width="body.labelWidth" />
</div>`,
};

const labelStyle = (body) => ({ width: `${body.labelWidth}px`, textAlign: body.labelAlign });

const SectionBody = {
  name: 'SectionBody',
  props: { s: Object, extras: Object },
  computed: {
    body() {
      return this.s.body;
    },
    labelStyle() {
      return labelStyle(this.body);
    },
  },
  template: `
<div :class="['section-body', 'body-' + body.kind, 'label-' + body.labelAlign, 'label-' + body.labelWrap]">
  <kit-row v-if="body.kind === 'form'">
    <kit-col v-for="it in s.items" :key="it.key" :span="it.wide ? 24 : 24 / body.columns">
      <field-cell :key="it.key" :it="it" :body="body" :extras="extras" />
    </kit-col>
  </kit-row>
  <table v-else-if="body.kind === 'table'" class="form-table">
    <tbody>
      <tr v-for="(row, r) in s.rows" :key="r">
        <template v-for="(it, c) in row.items">
          <th v-if="body.labelCell === 'th'" :style="labelStyle"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></th>
          <td v-else class="label-cell" :style="labelStyle"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></td>
          <td :colspan="c === row.items.length - 1 ? row.lastSpan : 1" class="control-cell">
            <field-cell :key="it.key" :it="it" :body="body" :extras="extras" />
          </td>
        </template>
      </tr>
    </tbody>
  </table>
  <dl v-else class="form-dl">
    <template v-for="it in s.items">
      <dt :style="labelStyle"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></dt>
      <dd><field-cell :key="it.key" :it="it" :body="body" :extras="extras" /></dd>
    </template>
  </dl>
</div>`,
};

// The sections of one tab (or of the whole screen), framed.
const ScreenSections = {
  name: 'ScreenSections',
  props: { sections: Array, frame: String, extras: Object },
  computed: {
    oneTable() {
      return this.frame === 'one-table';
    },
  },
  methods: {
    labelStyle,
  },
  template: `
<div class="screen-sections">
  <table v-if="oneTable" class="form-table one-table">
    <tbody>
      <template v-for="s in sections">
        <tr class="section-row"><td :colspan="s.body.pairs * 2" class="section-title">{{ s.heading.text }}</td></tr>
        <tr v-for="(row, r) in s.rows" :key="s.index + ':' + r">
          <template v-for="(it, c) in row.items">
            <th v-if="s.body.labelCell === 'th'" :style="labelStyle(s.body)"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></th>
            <td v-else class="label-cell" :style="labelStyle(s.body)"><label-parts :parts="it.parts" :help="it.field && it.field.help" /></td>
            <td :colspan="c === row.items.length - 1 ? row.lastSpan : 1" class="control-cell">
              <field-cell :key="it.key" :it="it" :body="s.body" :extras="extras" />
            </td>
          </template>
        </tr>
      </template>
    </tbody>
  </table>
  <div v-else>
    <kit-frame v-for="s in sections" :key="s.index" :kind="s.heading.style" :title="s.heading.text">
      <section-body :s="s" :extras="extras" />
    </kit-frame>
  </div>
</div>`,
};

// kit: the stack's components (KitForm, KitFrame, KitRow, KitCol, KitTabs,
// KitSteps, KitButton, KitPromise, KitExtra, KitHelp, LayoutField) and
// message(kind, text).
export function layoutScreen(kit) {
  const parts = { LabelParts, FieldCell, SectionBody, ScreenSections };
  const shared = { ...kit.components, ...parts };
  for (const c of Object.values(parts)) c.components = shared;
  return {
    name: 'LayoutScreen',
    components: shared,
    props: { spec: Object, screenId: String, store: Object, session: Object },
    data() {
      const screen = this.spec.screens.find((s) => s.id === this.screenId);
      return { screen, tab: 0, promised: false, busy: false, promiseText: PROMISE_TEXT, extras: extrasModel(screen) };
    },
    computed: {
      sections() {
        return screenSections(this.spec, this.screen, this.store, null);
      },
      flow() {
        return screenFlow(this.spec, this.screen, this.store);
      },
      echo() {
        return echoRows(this.screen, this.store, this.session);
      },
      formModel() {
        return Object.fromEntries(this.screen.pages.map((id) => [id, this.store.models[id]]));
      },
      // The library draws a leading asterisk on its own labels only.
      hideMark() {
        return !Object.values(this.spec.fields).some((f) => f.screen === this.screen.id && f.label.parts.some((p) => p.css));
      },
      tabTitles() {
        return this.screen.tabs ? this.screen.tabs.map((t) => t.title) : [];
      },
    },
    methods: {
      sectionsOfTab(t) {
        return this.sections.filter((s) => s.section.tab === t);
      },
      go(screen) {
        location.hash = '#' + screen.route;
      },
      async onSaveDraft() {
        this.busy = true;
        try {
          for (const id of this.screen.pages) {
            await mirrorFor(id).flush();
            await saveDraft(id, this.store.models[id]);
          }
          kit.message('success', '暂存成功');
        } catch (e) {
          kit.message('error', `暂存失败：${e.message}`);
        } finally {
          this.busy = false;
        }
      },
      async onSubmit() {
        if (!(await this.$refs.form.validate())) {
          kit.message('error', '请检查表单中标红的内容');
          return;
        }
        this.busy = true;
        try {
          for (const id of this.screen.pages) {
            await mirrorFor(id).flush();
            await submitPage(id, this.store.models[id]);
          }
          kit.message('success', this.flow.isLast ? '提交成功' : '本步已提交');
          if (!this.flow.isLast) this.go(this.flow.flow[this.flow.index + 1]);
        } catch (e) {
          kit.message('error', `提交失败：${e.message}`);
        } finally {
          this.busy = false;
        }
      },
    },
    template: `
<div class="filing-page layout-screen">
  <div class="filing-breadcrumb crumbs"><a href="#/home">首页</a> / {{ screen.title }}<template v-if="screen.step"> / {{ screen.step }}</template></div>
  <h2 class="filing-title">{{ screen.title }}</h2>
  <kit-steps v-if="flow.titles.length > 1" :titles="flow.titles" :active="flow.index" />
  <p v-if="screen.legend" class="required-legend">{{ screen.legend }}</p>
  <kit-form ref="form" :model="formModel" :hide-mark="hideMark">
    <div v-if="echo.length" class="echo-rows">
      <div v-for="e in echo" :key="e.label" class="echo-row"><span class="echo-label">{{ e.label }}：</span><span class="echo-value">{{ e.value }}</span></div>
    </div>
    <kit-tabs v-if="screen.tabs" :titles="tabTitles">
      <template #default="{ index }">
        <screen-sections :sections="sectionsOfTab(index)" :frame="screen.frame" :extras="extras" />
      </template>
    </kit-tabs>
    <screen-sections v-else :sections="sections" :frame="screen.frame" :extras="extras" />
    <kit-promise v-if="flow.isLast" :text="promiseText" :checked="promised" @toggle="promised = $event" />
    <div class="filing-actions">
      <kit-button :loading="busy" @press="onSaveDraft">暂存</kit-button>
      <kit-button v-if="flow.index > 0" @press="go(flow.flow[flow.index - 1])">上一步</kit-button>
      <kit-button v-if="!flow.isLast" kind="next" @press="go(flow.flow[flow.index + 1])">下一步</kit-button>
      <kit-button kind="primary" :disabled="flow.isLast && !promised" :loading="busy" @press="onSubmit">提交</kit-button>
    </div>
  </kit-form>
</div>`,
  };
}
