// A generated layout's screen in Element UI 2.15 (Vue 2.7) or Element Plus
// 2.14 (Vue 3.5): the kit of shared/vue-screen.js and the field control. The
// two libraries share their component names and props; the few differences
// (how a radio names its value, date format tokens, the file list binding,
// the global that shows messages) are the `lib` flavour below.
import { getIn } from './portal.js';
import { elementRules } from './validation.js';
import { recordsOf, uploadError, ACCEPT } from './uploads.js';
import { fieldComputed } from './filing-page.js';
import { LabelParts, layoutScreen } from './vue-screen.js';
import { shownFileName, fileCountText } from './layout/index.js';
import * as lv from './layout-values.js';

const FLAVOURS = {
  'element-ui': {
    option: ':label',
    date: 'yyyy-MM-dd',
    // Element UI's own format tokens.
    display: (format) => format.replace('YYYY', 'yyyy').replace('DD', 'dd'),
    fileList: ':file-list="fileList"',
    checked: ':value',
    // A group's own change event carries the value before the click.
    update: '@input',
    prevent: '@submit.native.prevent',
    message: (kind, text) => window.ELEMENT.Message[kind](text),
  },
  'element-plus': {
    option: ':value',
    date: 'YYYY-MM-DD',
    display: (format) => format,
    fileList: 'v-model:file-list="fileList"',
    checked: ':model-value',
    update: '@update:model-value',
    prevent: '@submit.prevent',
    message: (kind, text) => window.ElementPlus.ElMessage[kind](text),
  },
};

function layoutField(lib) {
  return {
    name: 'LayoutField',
    components: { LabelParts },
    props: { field: Object, model: Object, page: String, labelWidth: Number },
    data() {
      const value = getIn(this.model, this.field.keys);
      return {
        fileList:
          this.field.drawn === 'upload'
            ? (value || []).map((r, i) => ({ name: shownFileName(this.field.upload, r.name, i + 1), uid: i + 1, status: 'success', record: r }))
            : [],
      };
    },
    computed: {
      ...fieldComputed,
      ...lv.layoutFieldComputed,
      rules() {
        return elementRules(this.field, () => this.model);
      },
      numberValue: {
        get() {
          return this.value === '' ? undefined : Number(this.value);
        },
        set(v) {
          this.value = lv.numberToModel(v);
        },
      },
      countText() {
        return fileCountText(this.field.upload, (this.value || []).length);
      },
      shownFormat() {
        return lib.display(this.field.dateFormat);
      },
    },
    methods: {
      ...lv.layoutFieldMethods,
      // The list shows each file as the layout says (full, shortened, 文件1 …).
      onUploaded(response, file, list) {
        if (!response || response.errno !== 0) {
          lib.message('error', uploadError(response));
          return;
        }
        list.forEach((x, i) => {
          const record = x.response && x.response.datas ? x.response.datas[0] : x.record;
          if (record) x.name = shownFileName(this.field.upload, record.name, i + 1);
        });
        this.value = recordsOf(list);
        // An upload may finish after the person left the screen.
        if (this.$refs.item) this.$refs.item.clearValidate();
      },
      onRemoved(_file, list) {
        this.value = recordsOf(list);
      },
      onLongTerm(checked) {
        if (checked) this.value.to = '';
      },
    },
    template: `
<el-form-item ref="item" :prop="page + '.' + f.prop" :rules="rules" :label-width="left ? labelWidth + 'px' : '0px'" class="filing-field">
  <template v-if="left" #label><label-parts :parts="f.parts" :help="f.help" /></template>
  <el-input v-if="f.drawn === 'text'" v-model="value" :maxlength="f.limit" show-word-limit clearable :placeholder="f.placeholder">
    <template v-if="suffix" #append>{{ suffix }}</template>
  </el-input>
  <span v-else-if="f.drawn === 'number'" class="number-field">
    <el-input-number v-model="numberValue" :min="0" :controls="false" :placeholder="f.placeholder" />
    <span v-if="suffix" class="unit-suffix">{{ suffix }}</span>
  </span>
  <el-input v-else-if="f.drawn === 'textarea'" v-model="value" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }"
            :maxlength="f.limit" show-word-limit :placeholder="f.placeholder" />
  <el-select v-else-if="f.drawn === 'select' || f.drawn === 'range-select' || f.drawn === 'multi-select'" v-model="value"
             :multiple="f.drawn === 'multi-select'" clearable :placeholder="f.placeholder || '请选择'" class="field-wide">
    <el-option v-for="o in f.options" :key="o.value" :label="o.text" :value="o.value" />
  </el-select>
  <el-select v-else-if="f.drawn === 'grouped-select'" v-model="groupedValue" multiple clearable
             :placeholder="f.placeholder || '请选择'" class="field-wide">
    <el-option-group v-for="g in groups" :key="g.label" :label="g.label">
      <el-option v-for="o in g.options" :key="o.value" :label="o.label" :value="o.value" />
    </el-option-group>
  </el-select>
  <el-cascader v-else-if="f.drawn === 'cascader'" v-model="value" :options="f.tree" :props="{ multiple: f.multiple }"
               clearable placeholder="请选择" class="field-wide" />
  <span v-else-if="f.drawn === 'chained-selects'" class="chained-selects">
    <el-select v-for="(level, i) in levels" :key="i" ${lib.checked}="(value || [])[i]"
               @change="pickLevel(i, $event)" clearable :placeholder="'请选择' + (['省', '市', '区（县）'][i] || '')" style="width: 160px; margin-right: 8px">
      <el-option v-for="o in level" :key="o.value" :label="o.text" :value="o.value" />
    </el-select>
  </span>
  <el-radio-group v-else-if="f.drawn === 'radio'" v-model="value">
    <el-radio v-for="o in f.options" :key="o.value" ${lib.option}="o.value">{{ o.text }}</el-radio>
  </el-radio-group>
  <el-checkbox-group v-else-if="f.drawn === 'checkbox-group'" v-model="value">
    <el-checkbox v-for="o in f.options" :key="o.value" ${lib.option}="o.value">{{ o.text }}</el-checkbox>
  </el-checkbox-group>
  <div v-else-if="f.drawn === 'grouped-checkbox'" class="grouped-checks">
    <div v-for="g in groups" :key="g.label" class="check-group">
      <span class="check-group-title">{{ g.label }}：</span>
      <el-checkbox-group ${lib.checked}="leaves(g.label)" ${lib.update}="setLeaves(g.label, $event)">
        <el-checkbox v-for="o in g.options" :key="o.value" ${lib.option}="o.label">{{ o.label }}</el-checkbox>
      </el-checkbox-group>
    </div>
  </div>
  <el-date-picker v-else-if="f.drawn === 'date'" v-model="value" type="date" value-format="${lib.date}" :format="shownFormat" placeholder="选择日期" />
  <div v-else-if="f.drawn === 'date-range'" class="date-range">
    <template v-if="f.rangePicker && !value.longTerm">
      <el-date-picker v-model="rangeValue" type="daterange" value-format="${lib.date}" :format="shownFormat" range-separator="至"
                      start-placeholder="开始日期" end-placeholder="结束日期" />
    </template>
    <template v-else>
      <el-date-picker v-model="value.from" type="date" value-format="${lib.date}" :format="shownFormat" placeholder="开始日期" style="width: 180px" />
      <span class="range-separator">至</span>
      <el-date-picker v-model="value.to" type="date" value-format="${lib.date}" :format="shownFormat" :placeholder="value.longTerm ? '长期' : '结束日期'"
                      :disabled="value.longTerm" style="width: 180px" />
    </template>
    <el-checkbox v-model="value.longTerm" @change="onLongTerm">长期</el-checkbox>
  </div>
  <div v-else-if="f.drawn === 'upload'">
    <el-upload action="/api/file/upload" name="file" ${lib.fileList} :multiple="many" :limit="many ? 10 : 1"
               accept="${ACCEPT}" :show-file-list="f.upload.names !== 'count'" :on-success="onUploaded" :on-remove="onRemoved">
      <el-button size="small" type="primary">点击上传</el-button>
    </el-upload>
    <div v-if="f.upload.names === 'count'" class="upload-count">{{ countText }}</div>
  </div>
</el-form-item>`,
  };
}

function kit(lib) {
  const KitForm = {
    props: { model: Object, hideMark: Boolean },
    methods: {
      validate() {
        return new Promise((resolve) => {
          const r = this.$refs.f.validate((valid) => resolve(valid));
          if (r && r.catch) r.catch(() => resolve(false));
        });
      },
    },
    template: `<el-form ref="f" :model="model" :hide-required-asterisk="hideMark" class="layout-form ep-panel" ${lib.prevent}><slot /></el-form>`,
  };
  const KitFrame = {
    props: { kind: String, title: String },
    data: () => ({ open: ['s'] }),
    template: `
<el-card v-if="kind === 'card'" shadow="never" class="layout-section"><template #header>{{ title }}</template><slot /></el-card>
<el-collapse v-else-if="kind === 'collapse'" v-model="open" class="layout-section"><el-collapse-item name="s" :title="title"><slot /></el-collapse-item></el-collapse>
<div v-else-if="kind === 'divider'" class="layout-section"><el-divider content-position="left">{{ title }}</el-divider><slot /></div>
<fieldset v-else-if="kind === 'fieldset'" class="layout-section"><legend>{{ title }}</legend><slot /></fieldset>
<div v-else-if="kind === 'h3'" class="layout-section"><h3 class="section-heading">{{ title }}</h3><slot /></div>
<div v-else-if="kind === 'h4'" class="layout-section"><h4 class="section-heading">{{ title }}</h4><slot /></div>
<div v-else class="layout-section"><slot /></div>`,
  };
  const KitExtra = {
    components: { LabelParts },
    props: { extra: Object, parts: Array, values: Object, left: Boolean, labelWidth: Number },
    template: `
<el-form-item :label-width="left ? labelWidth + 'px' : '0px'">
  <template v-if="left" #label><label-parts :parts="parts" /></template>
  <el-input v-if="extra.control === 'textarea'" v-model="values[extra.label]" type="textarea" :rows="2" />
  <el-select v-else-if="extra.control === 'select'" v-model="values[extra.label]" clearable placeholder="请选择">
    <el-option v-for="o in extra.options" :key="o" :label="o" :value="o" />
  </el-select>
  <el-radio-group v-else-if="extra.control === 'radio'" v-model="values[extra.label]">
    <el-radio v-for="o in extra.options" :key="o" ${lib.option}="o">{{ o }}</el-radio>
  </el-radio-group>
  <el-date-picker v-else-if="extra.control === 'date'" v-model="values[extra.label]" type="date" value-format="${lib.date}" />
  <el-input v-else v-model="values[extra.label]" />
</el-form-item>`,
  };
  return {
    KitForm,
    KitFrame,
    KitExtra,
    KitRow: { template: `<el-row :gutter="20"><slot /></el-row>` },
    KitCol: { props: { span: Number }, template: `<el-col :span="span"><slot /></el-col>` },
    KitTabs: {
      props: { titles: Array },
      data: () => ({ active: '0' }),
      template: `<el-tabs v-model="active" class="layout-tabs"><el-tab-pane v-for="(t, i) in titles" :key="i" :label="t" :name="String(i)"><slot :index="i" /></el-tab-pane></el-tabs>`,
    },
    KitSteps: {
      props: { titles: Array, active: Number },
      template: `<el-steps :active="active" finish-status="success" simple class="filing-steps"><el-step v-for="t in titles" :key="t" :title="t" /></el-steps>`,
    },
    KitButton: {
      props: { kind: String, disabled: Boolean, loading: Boolean },
      template: `<el-button :type="kind ? 'primary' : undefined" :plain="kind === 'next'" :disabled="disabled" :loading="loading" @click="$emit('press')"><slot /></el-button>`,
    },
    KitPromise: {
      props: { text: String, checked: Boolean },
      template: `<div class="filing-promise"><el-checkbox ${lib.checked}="checked" @change="$emit('toggle', $event)">{{ text }}</el-checkbox></div>`,
    },
    KitHelp: {
      props: { text: String },
      template: `<el-tooltip :content="text" placement="top"><span class="help-icon" tabindex="0"></span></el-tooltip>`,
    },
    LayoutField: layoutField(lib),
  };
}

export const elementLayoutScreen = (stack) => layoutScreen({ components: kit(FLAVOURS[stack]), message: FLAVOURS[stack].message });
