// A filing page (one step of a flow) with Element UI: el-steps bar, el-form
// of the profile's fields grouped in cards, 承诺 on the last step, and the
// 暂存 / 上一步 / 下一步 / 提交 buttons.
import { FieldItem } from './field.js';
import { filingPageLogic } from '../shared/filing-page.js';

// Element UI's form validate takes a callback.
const logic = filingPageLogic({
  message: (kind, text) => window.ELEMENT.Message[kind](text),
  validate: (vm) => new Promise((resolve) => vm.$refs.form.validate((valid) => resolve(valid))),
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
  <el-steps v-if="flow.length > 1" :active="stepIndex" finish-status="success" align-center class="filing-steps">
    <el-step v-for="t in stepTitles" :key="t" :title="t"></el-step>
  </el-steps>
  <div class="filing-body" :class="{ 'with-aside': helpItems.length }">
    <el-form ref="form" :model="model" label-width="200px" label-position="right" class="filing-form">
      <el-card v-if="templates.length" shadow="never" class="filing-group">
        <div slot="header">模板下载</div>
        <p class="template-intro">请下载模板，按要求填写并加盖公章后扫描上传。</p>
        <ul class="template-list">
          <li v-for="t in templates" :key="t.name">
            <el-link type="primary" icon="el-icon-download" :href="'/api/template/' + t.name">{{ t.title }}</el-link>
          </li>
        </ul>
      </el-card>
      <el-card v-for="g in groups" :key="g.title" shadow="never" class="filing-group">
        <div slot="header">{{ g.title }}</div>
        <field-item v-for="f in g.fields" :key="f.id" :field="f" :model="model"></field-item>
      </el-card>
      <div v-if="isLast" class="filing-promise">
        <el-checkbox v-model="promised">{{ promiseText }}</el-checkbox>
      </div>
      <div class="filing-actions">
        <el-button :loading="busy" @click="onSaveDraft">暂存</el-button>
        <el-button v-if="stepIndex > 0" @click="go(flow[stepIndex - 1])">上一步</el-button>
        <el-button v-if="!isLast" type="primary" plain @click="go(flow[stepIndex + 1])">下一步</el-button>
        <el-button type="primary" :disabled="isLast && !promised" :loading="busy" @click="onSubmit">提交</el-button>
      </div>
    </el-form>
    <aside v-if="helpItems.length" class="filing-aside">
      <el-card shadow="never">
        <div slot="header">填报说明</div>
        <p>请如实、具体地描述算法的数据、模型、策略和风险防范机制，内容须与《算法安全自评估报告》一致。</p>
        <dl>
          <template v-for="f in helpItems">
            <dt :key="f.id + '-t'">{{ f.label }}</dt>
            <dd :key="f.id + '-d'">{{ f.help }}</dd>
          </template>
        </dl>
      </el-card>
    </aside>
  </div>
</div>`,
};
