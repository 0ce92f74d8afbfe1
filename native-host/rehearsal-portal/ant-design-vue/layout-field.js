// One field of a generated layout as an Ant Design Vue 4 a-form-item: the
// control the layout draws (select or radio, option groups, cascader or
// grouped checkboxes, range picker or two pickers, number input, upload
// list naming), the library's label only where the label sits left.
import { getIn } from '../shared/portal.js';
import { fieldComputed } from '../shared/filing-page.js';
import { antdRules } from '../shared/validation.js';
import { recordsOf, uploadError, ACCEPT } from '../shared/uploads.js';
import { shownFileName, fileCountText } from '../shared/layout/index.js';
import { LabelParts } from '../shared/vue-screen.js';
import * as lv from '../shared/layout-values.js';

const nodes = (tree) => tree.map((n) => ({ label: n.label, value: n.value, children: n.children ? nodes(n.children) : undefined }));

export const LayoutField = {
  name: 'LayoutField',
  components: { LabelParts },
  props: { field: Object, model: Object, page: String, labelWidth: Number },
  data() {
    const value = getIn(this.model, this.field.keys);
    return {
      fileList: this.field.drawn === 'upload' ? (value || []).map((r, i) => ({ uid: `r${i}`, name: this.shown(r.name, i + 1), status: 'done', record: r })) : [],
    };
  },
  computed: {
    ...fieldComputed,
    ...lv.layoutFieldComputed,
    rules() {
      return antdRules(this.field, () => this.model);
    },
    options() {
      return (this.field.options || []).map((o) => ({ label: o.text, value: o.value }));
    },
    tree() {
      return this.field.tree ? nodes(this.field.tree) : [];
    },
    numberValue: {
      get() {
        return this.value === '' ? null : this.value;
      },
      set(v) {
        this.value = lv.numberToModel(v);
      },
    },
    countText() {
      return fileCountText(this.field.upload, this.fileList.filter((f) => f.status === 'done').length);
    },
  },
  methods: {
    ...lv.layoutFieldMethods,
    shown(name, i) {
      return shownFileName(this.field.upload, name, i);
    },
    onUpload({ file, fileList }) {
      if (file.status === 'done' && (!file.response || file.response.errno !== 0)) {
        window.antd.message.error(uploadError(file.response));
        file.status = 'error';
      } else if (file.status === 'error') window.antd.message.error(uploadError(file.response));
      this.fileList = fileList.map((x, i) => ({ ...x, name: this.shown(x.originFileObj ? x.originFileObj.name : x.record ? x.record.name : x.name, i + 1) }));
      if (file.status === 'done' || file.status === 'removed') this.value = recordsOf(this.fileList);
    },
    onLongTerm(e) {
      if (e.target.checked) this.value.to = '';
    },
  },
  template: `
<a-form-item :name="[page, ...f.keys]" :rules="rules" :colon="false" class="filing-field"
             :label-col="left ? { style: { width: labelWidth + 'px' } } : undefined">
  <template v-if="left" #label><label-parts :parts="f.parts" :help="f.help" /></template>
  <a-input v-if="f.drawn === 'text'" v-model:value="value" :maxlength="f.limit" show-count allow-clear
           :placeholder="f.placeholder" :addon-after="suffix || undefined" />
  <a-input-number v-else-if="f.drawn === 'number'" v-model:value="numberValue" string-mode :min="0" style="width: 240px"
                  :placeholder="f.placeholder" :addon-after="suffix || undefined" />
  <a-textarea v-else-if="f.drawn === 'textarea'" v-model:value="value" :auto-size="{ minRows: 3, maxRows: 8 }"
              :maxlength="f.limit" show-count :placeholder="f.placeholder" />
  <a-select v-else-if="f.drawn === 'select' || f.drawn === 'range-select' || f.drawn === 'multi-select'" :value="value === '' ? undefined : value" @update:value="(v) => (value = v ?? '')"
            :mode="f.drawn === 'multi-select' ? 'multiple' : undefined" :options="options" allow-clear
            :placeholder="f.placeholder || '请选择'" />
  <a-select v-else-if="f.drawn === 'grouped-select'" v-model:value="groupedValue" mode="multiple" allow-clear
            :placeholder="f.placeholder || '请选择'">
    <a-select-opt-group v-for="g in groups" :key="g.label" :label="g.label">
      <a-select-option v-for="o in g.options" :key="o.value" :value="o.value">{{ o.label }}</a-select-option>
    </a-select-opt-group>
  </a-select>
  <a-cascader v-else-if="f.drawn === 'cascader'" v-model:value="value" :options="tree" :multiple="f.multiple"
              show-checked-strategy="SHOW_CHILD" allow-clear placeholder="请选择" />
  <div v-else-if="f.drawn === 'chained-selects'" class="chained-selects">
    <a-select v-for="(level, i) in levels" :key="i" :value="(value || [])[i]" @change="pickLevel(i, $event)" allow-clear
              :options="level.map((o) => ({ label: o.text, value: o.value }))" :placeholder="'请选择' + (i < 3 ? ['省', '市', '区（县）'][i] : '')"
              style="width: 160px; margin-right: 8px" />
  </div>
  <a-radio-group v-else-if="f.drawn === 'radio'" v-model:value="value">
    <a-radio v-for="o in f.options" :key="o.value" :value="o.value">{{ o.text }}</a-radio>
  </a-radio-group>
  <a-checkbox-group v-else-if="f.drawn === 'checkbox-group'" v-model:value="value">
    <a-checkbox v-for="o in f.options" :key="o.value" :value="o.value">{{ o.text }}</a-checkbox>
  </a-checkbox-group>
  <div v-else-if="f.drawn === 'grouped-checkbox'" class="grouped-checks">
    <div v-for="g in groups" :key="g.label" class="check-group">
      <span class="check-group-title">{{ g.label }}：</span>
      <a-checkbox-group :value="leaves(g.label)" @change="setLeaves(g.label, $event)">
        <a-checkbox v-for="o in g.options" :key="o.value" :value="o.label">{{ o.label }}</a-checkbox>
      </a-checkbox-group>
    </div>
  </div>
  <a-date-picker v-else-if="f.drawn === 'date'" v-model:value="value" value-format="YYYY-MM-DD" :format="f.dateFormat" placeholder="请选择日期" />
  <div v-else-if="f.drawn === 'date-range'" class="date-range">
    <template v-if="f.rangePicker">
      <a-range-picker v-if="!value.longTerm" v-model:value="rangeValue" value-format="YYYY-MM-DD" :format="f.dateFormat" :placeholder="['开始日期', '结束日期']" />
      <template v-else>
        <a-date-picker v-model:value="value.from" value-format="YYYY-MM-DD" :format="f.dateFormat" placeholder="开始日期" />
        <span class="range-separator">至</span>
        <a-input value="长期" disabled class="range-end" />
      </template>
    </template>
    <template v-else>
      <a-date-picker v-model:value="value.from" value-format="YYYY-MM-DD" :format="f.dateFormat" placeholder="开始日期" />
      <span class="range-separator">至</span>
      <a-date-picker v-model:value="value.to" value-format="YYYY-MM-DD" :format="f.dateFormat" :disabled="value.longTerm" :placeholder="value.longTerm ? '长期' : '结束日期'" />
    </template>
    <a-checkbox v-model:checked="value.longTerm" @change="onLongTerm">长期</a-checkbox>
  </div>
  <template v-else-if="f.drawn === 'upload'">
    <a-upload :file-list="fileList" action="/api/file/upload" name="file" :multiple="many" :max-count="many ? 10 : 1"
              accept="${ACCEPT}" :show-upload-list="f.upload.names !== 'count'" @change="onUpload">
      <a-button>上传文件</a-button>
    </a-upload>
    <div v-if="f.upload.names === 'count'" class="upload-count">{{ countText }}</div>
    <div class="ad-upload-tip">支持 PDF、JPG、PNG 格式</div>
  </template>
</a-form-item>`,
};
