// One profile field as an Element UI 2.15 el-form-item (Vue 2.7).
import { getIn } from '../shared/portal.js';
import { recordsOf } from '../shared/uploads.js';
import { fieldComputed } from '../shared/filing-page.js';
import { elementRules } from '../shared/validation.js';

const UPLOAD_TIP = '支持 PDF、JPG、PNG 格式，单个文件不超过 20MB';

export const FieldItem = {
  name: 'FieldItem',
  props: { field: Object, model: Object },
  data() {
    const value = getIn(this.model, this.field.keys);
    return {
      // el-upload keeps its own list after the first render.
      fileList: this.field.control === 'upload' ? (value || []).map((r) => ({ name: r.name, record: r })) : [],
    };
  },
  computed: {
    ...fieldComputed,
    rules() {
      return elementRules(this.field, () => this.model);
    },
    manyFiles() {
      return /其他/.test(this.field.label);
    },
  },
  methods: {
    onUploaded(response, file, list) {
      if (!response || response.errno !== 0) {
        this.$message.error(`上传失败：${(response && response.errmsg) || '未知错误'}`);
        return;
      }
      this.value = recordsOf(list);
      this.$refs.item.clearValidate();
    },
    onUploadError() {
      this.$message.error('上传失败，请重试');
    },
    onRemoved(_file, list) {
      this.value = recordsOf(list);
    },
    onExceed() {
      this.$message.warning('只能上传一个文件，请先删除已上传的文件');
    },
    onLongTerm(checked) {
      if (checked) this.value.to = '';
      this.$nextTick(() => this.$refs.item.validate('change'));
    },
  },
  template: `
<el-form-item ref="item" :label="f.label" :prop="f.prop" :rules="rules" class="filing-field">
  <el-input v-if="f.control === 'text'" v-model="value" :maxlength="f.limit" show-word-limit clearable
            :placeholder="'请输入' + f.label"></el-input>
  <el-input v-else-if="f.control === 'textarea'" v-model="value" type="textarea" :rows="4"
            :maxlength="f.limit" show-word-limit :placeholder="'请输入' + f.label"></el-input>
  <el-select v-else-if="f.control === 'select' || f.control === 'multi-select'" v-model="value"
             :multiple="f.multiple" clearable placeholder="请选择" class="field-wide">
    <el-option v-for="o in f.options" :key="o" :label="o" :value="o"></el-option>
  </el-select>
  <el-cascader v-else-if="f.control === 'cascader'" v-model="value" :options="f.tree"
               :props="{ multiple: f.multiple }" clearable placeholder="请选择" class="field-wide"></el-cascader>
  <el-radio-group v-else-if="f.control === 'radio'" v-model="value">
    <el-radio v-for="o in f.options" :key="o" :label="o">{{ o }}</el-radio>
  </el-radio-group>
  <el-checkbox-group v-else-if="f.control === 'checkbox-group'" v-model="value">
    <el-checkbox v-for="o in f.options" :key="o" :label="o">{{ o }}</el-checkbox>
  </el-checkbox-group>
  <el-date-picker v-else-if="f.control === 'date'" v-model="value" type="date" value-format="yyyy-MM-dd"
                  placeholder="选择日期"></el-date-picker>
  <div v-else-if="f.control === 'date-range'" class="date-range">
    <el-date-picker v-if="!value.longTerm" v-model="rangeValue" type="daterange" value-format="yyyy-MM-dd"
                    range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期"></el-date-picker>
    <template v-else>
      <el-date-picker v-model="value.from" type="date" value-format="yyyy-MM-dd" placeholder="开始日期"
                      class="range-start"></el-date-picker>
      <span class="range-separator">至</span>
      <el-input value="长期" disabled class="range-end"></el-input>
    </template>
    <el-checkbox v-model="value.longTerm" @change="onLongTerm" class="long-term">长期</el-checkbox>
  </div>
  <el-upload v-else-if="f.control === 'upload'" action="/api/file/upload" name="file" :file-list="fileList"
             :multiple="manyFiles" :limit="manyFiles ? 10 : 1" accept=".pdf,.jpg,.jpeg,.png"
             :on-success="onUploaded" :on-error="onUploadError" :on-remove="onRemoved" :on-exceed="onExceed">
    <el-button size="small" type="primary" icon="el-icon-upload2">点击上传</el-button>
    <div slot="tip" class="el-upload__tip">${UPLOAD_TIP}</div>
  </el-upload>
</el-form-item>`,
};
