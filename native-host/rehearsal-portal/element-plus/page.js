// A filing page with Element Plus: el-steps, one el-form with labels on top
// and el-divider group headings, 承诺 on the last step, and the buttons.
import { FieldItem } from './field.js';
import { filingPageLogic } from '../shared/filing-page.js';

const logic = filingPageLogic({
  message: (kind, text) => window.ElementPlus.ElMessage[kind](text),
  validate: (vm) => vm.$refs.form.validate().catch(() => false),
});

export const FilingPage = {
  name: 'FilingPage',
  components: { FieldItem },
  ...logic,
  template: `
<div class="filing-page">
  <el-breadcrumb separator="/" class="filing-breadcrumb">
    <el-breadcrumb-item><a href="#/home">首页</a></el-breadcrumb-item>
    <el-breadcrumb-item>{{ page.title }}</el-breadcrumb-item>
    <el-breadcrumb-item v-if="page.step">{{ page.step }}</el-breadcrumb-item>
  </el-breadcrumb>
  <h2 class="filing-title">{{ page.title }}</h2>
  <el-steps v-if="flow.length > 1" :active="stepIndex" finish-status="success" simple class="filing-steps">
    <el-step v-for="t in stepTitles" :key="t" :title="t" />
  </el-steps>
  <div class="filing-body">
    <div class="filing-form ep-panel">
      <el-form ref="form" :model="model" label-position="top" scroll-to-error>
        <template v-if="templates.length">
          <el-divider content-position="left">模板下载</el-divider>
          <p class="template-intro">
            <template v-for="(t, i) in templates" :key="t.name">
              <el-link type="primary" :href="'/api/template/' + t.name">{{ t.title }}</el-link>
              <span v-if="i < templates.length - 1">　</span>
            </template>
          </p>
        </template>
        <template v-for="g in groups" :key="g.title">
          <el-divider content-position="left">{{ g.title }}</el-divider>
          <field-item v-for="f in g.fields" :key="f.id" :field="f" :model="model" />
        </template>
        <el-divider v-if="isLast" content-position="left">承诺</el-divider>
        <el-form-item v-if="isLast" class="filing-promise">
          <el-checkbox v-model="promised">{{ promiseText }}</el-checkbox>
        </el-form-item>
        <div class="filing-actions">
          <el-button :loading="busy" @click="onSaveDraft">暂存</el-button>
          <el-button v-if="stepIndex > 0" @click="go(flow[stepIndex - 1])">上一步</el-button>
          <el-button v-if="!isLast" type="primary" plain @click="go(flow[stepIndex + 1])">下一步</el-button>
          <el-button type="primary" :disabled="isLast && !promised" :loading="busy" @click="onSubmit">提交</el-button>
        </div>
      </el-form>
    </div>
    <aside v-if="helpItems.length" class="filing-aside">
      <el-alert type="info" :closable="false" title="填报说明">
        <p>请如实、具体地描述算法的数据、模型、策略和风险防范机制，内容须与《算法安全自评估报告》一致。</p>
        <dl>
          <template v-for="f in helpItems" :key="f.id">
            <dt>{{ f.label }}</dt>
            <dd>{{ f.help }}</dd>
          </template>
        </dl>
      </el-alert>
    </aside>
  </div>
</div>`,
};
