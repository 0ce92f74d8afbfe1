// One profile field as an Ant Design Vue 4 a-form-item (Vue 3.5).
import { getIn } from '../shared/portal.js';
import { fieldComputed } from '../shared/filing-page.js';
import { antdRules } from '../shared/validation.js';
import { recordsOf, uploadError, manyFiles, ACCEPT } from '../shared/uploads.js';

// Cascader options: label/value nodes.
const nodes = (tree) => tree.map((n) => ({ label: n.label, value: n.value, children: n.children ? nodes(n.children) : undefined }));

export const FieldItem = {
  name: 'FieldItem',
  props: { field: Object, model: Object },
  data() {
    const value = getIn(this.model, this.field.keys);
    return {
      fileList:
        this.field.control === 'upload'
          ? (value || []).map((r, i) => ({ uid: `r${i}`, name: r.name, status: 'done', record: r }))
          : [],
    };
  },
  computed: {
    ...fieldComputed,
    rules() {
      return antdRules(this.field, () => this.model);
    },
    options() {
      return (this.field.options || []).map((o) => ({ label: o, value: o }));
    },
    tree() {
      return this.field.tree ? nodes(this.field.tree) : [];
    },
    many() {
      return manyFiles(this.field.label);
    },
  },
  methods: {
    onUpload({ file, fileList }) {
      if (file.status === 'error') window.antd.message.error(uploadError(file.response));
      if (file.status === 'done' && (!file.response || file.response.errno !== 0)) {
        window.antd.message.error(uploadError(file.response));
        file.status = 'error';
      }
      this.fileList = fileList;
      if (file.status === 'done' || file.status === 'removed') this.value = recordsOf(fileList);
    },
    onLongTerm(e) {
      if (e.target.checked) this.value.to = '';
    },
  },
  template: `
<a-form-item :label="f.label" :name="f.keys" :rules="rules" class="filing-field">
  <a-input v-if="f.control === 'text'" v-model:value="value" :maxlength="f.limit" show-count allow-clear
           :placeholder="'请输入' + f.label" />
  <a-textarea v-else-if="f.control === 'textarea'" v-model:value="value" :auto-size="{ minRows: 3, maxRows: 8 }"
              :maxlength="f.limit" show-count :placeholder="'请输入' + f.label" />
  <a-select v-else-if="f.control === 'select' || f.control === 'multi-select'" :value="value === '' ? undefined : value" @update:value="(v) => (value = v ?? '')"
            :mode="f.multiple ? 'multiple' : undefined" :options="options" allow-clear placeholder="请选择" />
  <a-cascader v-else-if="f.control === 'cascader'" v-model:value="value" :options="tree" :multiple="f.multiple"
              show-checked-strategy="SHOW_CHILD" allow-clear placeholder="请选择" />
  <a-radio-group v-else-if="f.control === 'radio'" v-model:value="value">
    <a-radio v-for="o in f.options" :key="o" :value="o">{{ o }}</a-radio>
  </a-radio-group>
  <a-checkbox-group v-else-if="f.control === 'checkbox-group'" v-model:value="value">
    <a-checkbox v-for="o in f.options" :key="o" :value="o">{{ o }}</a-checkbox>
  </a-checkbox-group>
  <a-date-picker v-else-if="f.control === 'date'" v-model:value="value" value-format="YYYY-MM-DD" placeholder="请选择日期" />
  <div v-else-if="f.control === 'date-range'" class="date-range">
    <a-range-picker v-if="!value.longTerm" v-model:value="rangeValue" value-format="YYYY-MM-DD"
                    :placeholder="['开始日期', '结束日期']" />
    <template v-else>
      <a-date-picker v-model:value="value.from" value-format="YYYY-MM-DD" placeholder="开始日期" />
      <span class="range-separator">至</span>
      <a-input value="长期" disabled class="range-end" />
    </template>
    <a-checkbox v-model:checked="value.longTerm" @change="onLongTerm">长期</a-checkbox>
  </div>
  <template v-else-if="f.control === 'upload'">
    <a-upload :file-list="fileList" action="/api/file/upload" name="file" :multiple="many" :max-count="many ? 10 : 1"
              accept="${ACCEPT}" @change="onUpload">
      <a-button>选择文件</a-button>
    </a-upload>
    <div class="ad-upload-tip">请上传加盖公章的扫描件（PDF、JPG、PNG）</div>
  </template>
</a-form-item>`,
};
