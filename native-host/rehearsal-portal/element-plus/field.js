// One profile field as an Element Plus 2.14 el-form-item (Vue 3.5).
import { getIn } from '../shared/portal.js';
import { recordsOf } from '../shared/uploads.js';
import { fieldComputed } from '../shared/filing-page.js';
import { elementRules } from '../shared/validation.js';

export const FieldItem = {
  name: 'FieldItem',
  props: { field: Object, model: Object },
  data() {
    const value = getIn(this.model, this.field.keys);
    return {
      fileList:
        this.field.control === 'upload'
          ? (value || []).map((r, i) => ({ name: r.name, uid: i + 1, status: 'success', record: r }))
          : [],
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
    onUploaded(response, _file, list) {
      if (!response || response.errno !== 0) {
        ElementPlus.ElMessage.error(`上传失败：${(response && response.errmsg) || '未知错误'}`);
        return;
      }
      this.value = recordsOf(list);
      this.$refs.item.clearValidate();
    },
    onUploadError() {
      ElementPlus.ElMessage.error('上传失败，请重试');
    },
    onRemoved(_file, list) {
      this.value = recordsOf(list);
    },
    onExceed() {
      ElementPlus.ElMessage.warning('只能上传一个文件，请先删除已上传的文件');
    },
    onLongTerm(checked) {
      if (checked) this.value.to = '';
    },
  },
  template: `
<el-form-item ref="item" :label="f.label" :prop="f.prop" :rules="rules">
  <el-input v-if="f.control === 'text'" v-model="value" :maxlength="f.limit" show-word-limit clearable
            :placeholder="'请输入' + f.label" />
  <el-input v-else-if="f.control === 'textarea'" v-model="value" type="textarea" :autosize="{ minRows: 3, maxRows: 8 }"
            :maxlength="f.limit" show-word-limit :placeholder="'请输入' + f.label" />
  <el-select v-else-if="f.control === 'select' || f.control === 'multi-select'" v-model="value"
             :multiple="f.multiple" clearable placeholder="请选择">
    <el-option v-for="o in f.options" :key="o" :label="o" :value="o" />
  </el-select>
  <el-cascader v-else-if="f.control === 'cascader'" v-model="value" :options="f.tree"
               :props="{ multiple: f.multiple }" clearable placeholder="请选择" style="width: 100%" />
  <el-radio-group v-else-if="f.control === 'radio'" v-model="value">
    <el-radio v-for="o in f.options" :key="o" :value="o">{{ o }}</el-radio>
  </el-radio-group>
  <el-checkbox-group v-else-if="f.control === 'checkbox-group'" v-model="value">
    <el-checkbox v-for="o in f.options" :key="o" :value="o">{{ o }}</el-checkbox>
  </el-checkbox-group>
  <el-date-picker v-else-if="f.control === 'date'" v-model="value" type="date" value-format="YYYY-MM-DD"
                  placeholder="请选择日期" />
  <div v-else-if="f.control === 'date-range'" class="date-range">
    <el-date-picker v-model="value.from" type="date" value-format="YYYY-MM-DD" placeholder="开始日期"
                    style="width: 180px" />
    <span class="range-separator">至</span>
    <el-date-picker v-model="value.to" type="date" value-format="YYYY-MM-DD"
                    :placeholder="value.longTerm ? '长期' : '结束日期'" :disabled="value.longTerm" style="width: 180px" />
    <el-checkbox v-model="value.longTerm" @change="onLongTerm">长期</el-checkbox>
  </div>
  <el-upload v-else-if="f.control === 'upload'" v-model:file-list="fileList" action="/api/file/upload" name="file"
             :multiple="manyFiles" :limit="manyFiles ? 10 : 1" accept=".pdf,.jpg,.jpeg,.png"
             :on-success="onUploaded" :on-error="onUploadError" :on-remove="onRemoved" :on-exceed="onExceed">
    <el-button type="primary" plain>选择文件</el-button>
    <template #tip><div class="el-upload__tip">请上传加盖公章的扫描件（PDF、JPG、PNG）</div></template>
  </el-upload>
</el-form-item>`,
};
