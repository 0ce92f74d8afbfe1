// The Ant Design Vue 4 parts of a generated layout's screen (see
// shared/vue-screen.js): form, section frames, grid, tabs, steps, buttons,
// 承诺, help tooltips and extra fields that are not the profile's.
import { LabelParts, layoutScreen } from '../shared/vue-screen.js';
import { LayoutField } from './layout-field.js';

const KitForm = {
  props: { model: Object, hideMark: Boolean },
  methods: {
    validate() {
      return this.$refs.f.validate().then(
        () => true,
        () => false,
      );
    },
  },
  template: `<a-form ref="f" :model="model" :required-mark="!hideMark" label-wrap class="layout-form ad-panel"><slot /></a-form>`,
};

const KitFrame = {
  props: { kind: String, title: String },
  template: `
<a-card v-if="kind === 'card'" :title="title" size="small" class="layout-section"><slot /></a-card>
<a-collapse v-else-if="kind === 'collapse'" :default-active-key="['s']" class="layout-section">
  <a-collapse-panel key="s" :header="title"><slot /></a-collapse-panel>
</a-collapse>
<div v-else-if="kind === 'divider'" class="layout-section"><a-divider orientation="left">{{ title }}</a-divider><slot /></div>
<fieldset v-else-if="kind === 'fieldset'" class="layout-section"><legend>{{ title }}</legend><slot /></fieldset>
<div v-else-if="kind === 'h3'" class="layout-section"><h3 class="section-heading">{{ title }}</h3><slot /></div>
<div v-else-if="kind === 'h4'" class="layout-section"><h4 class="section-heading">{{ title }}</h4><slot /></div>
<div v-else class="layout-section"><slot /></div>`,
};

const KitRow = { template: `<a-row :gutter="24"><slot /></a-row>` };
const KitCol = { props: { span: Number }, template: `<a-col :span="span"><slot /></a-col>` };

const KitTabs = {
  props: { titles: Array },
  data: () => ({ active: 0 }),
  template: `
<a-tabs v-model:activeKey="active" class="layout-tabs">
  <a-tab-pane v-for="(t, i) in titles" :key="i" :tab="t"><slot :index="i" /></a-tab-pane>
</a-tabs>`,
};

const KitSteps = {
  props: { titles: Array, active: Number },
  template: `<a-steps :current="active" :items="titles.map((t) => ({ title: t }))" size="small" class="filing-steps" />`,
};

const KitButton = {
  props: { kind: String, disabled: Boolean, loading: Boolean },
  emits: ['press'],
  template: `<a-button :type="kind ? 'primary' : 'default'" :ghost="kind === 'next'" :disabled="disabled" :loading="loading" @click="$emit('press')"><slot /></a-button>`,
};

const KitPromise = {
  props: { text: String, checked: Boolean },
  emits: ['toggle'],
  template: `<div class="filing-promise"><a-checkbox :checked="checked" @change="$emit('toggle', $event.target.checked)">{{ text }}</a-checkbox></div>`,
};

const KitHelp = {
  props: { text: String },
  template: `<a-tooltip :title="text"><span class="help-icon" tabindex="0"></span></a-tooltip>`,
};

const KitExtra = {
  components: { LabelParts },
  props: { extra: Object, parts: Array, values: Object, left: Boolean, labelWidth: Number },
  template: `
<a-form-item :colon="false" :label-col="left ? { style: { width: labelWidth + 'px' } } : undefined">
  <template v-if="left" #label><label-parts :parts="parts" /></template>
  <a-textarea v-if="extra.control === 'textarea'" v-model:value="values[extra.label]" :rows="2" />
  <a-select v-else-if="extra.control === 'select'" v-model:value="values[extra.label]" allow-clear placeholder="请选择"
            :options="extra.options.map((o) => ({ label: o, value: o }))" />
  <a-radio-group v-else-if="extra.control === 'radio'" v-model:value="values[extra.label]">
    <a-radio v-for="o in extra.options" :key="o" :value="o">{{ o }}</a-radio>
  </a-radio-group>
  <a-date-picker v-else-if="extra.control === 'date'" v-model:value="values[extra.label]" value-format="YYYY-MM-DD" />
  <a-input v-else v-model:value="values[extra.label]" />
</a-form-item>`,
};

export const LayoutScreen = layoutScreen({
  components: { KitForm, KitFrame, KitRow, KitCol, KitTabs, KitSteps, KitButton, KitPromise, KitHelp, KitExtra, LayoutField },
  message: (kind, text) => window.antd.message[kind](text),
});
