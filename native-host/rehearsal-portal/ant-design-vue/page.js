// A filing page with Ant Design Vue 4: a-steps, one a-form (labels left,
// a-divider group headings), 承诺 on the last step, and the buttons.
import { FieldItem } from './field.js';
import { filingPageLogic } from '../shared/filing-page.js';

const logic = filingPageLogic({
  message: (kind, text) => window.antd.message[kind](text),
  validate: (vm) => vm.$refs.form.validate().then(() => true, () => false),
});

export const FilingPage = {
  name: 'FilingPage',
  components: { FieldItem },
  ...logic,
  template: `
<div class="filing-page">
  <a-breadcrumb class="filing-breadcrumb">
    <a-breadcrumb-item><a href="#/home">首页</a></a-breadcrumb-item>
    <a-breadcrumb-item>{{ page.title }}</a-breadcrumb-item>
    <a-breadcrumb-item v-if="page.step">{{ page.step }}</a-breadcrumb-item>
  </a-breadcrumb>
  <h2 class="filing-title">{{ page.title }}</h2>
  <a-steps v-if="flow.length > 1" :current="stepIndex" :items="stepTitles.map((title) => ({ title }))" size="small" class="filing-steps" />
  <div class="filing-body">
    <div class="filing-form ad-panel">
      <a-form ref="form" :model="model" :label-col="{ style: { width: '190px' } }" :wrapper-col="{ flex: 1 }"
              label-wrap scroll-to-first-error>
        <template v-if="templates.length">
          <a-divider orientation="left">模板下载</a-divider>
          <ul class="template-list">
            <li v-for="t in templates" :key="t.name"><a :href="'/api/template/' + t.name">{{ t.title }}</a></li>
          </ul>
        </template>
        <template v-for="g in groups" :key="g.title">
          <a-divider orientation="left">{{ g.title }}</a-divider>
          <field-item v-for="f in g.fields" :key="f.id" :field="f" :model="model" />
        </template>
        <template v-if="isLast">
          <a-divider orientation="left">承诺</a-divider>
          <div class="filing-promise"><a-checkbox v-model:checked="promised">{{ promiseText }}</a-checkbox></div>
        </template>
        <div class="filing-actions">
          <a-button :loading="busy" @click="onSaveDraft">暂存</a-button>
          <a-button v-if="stepIndex > 0" @click="go(flow[stepIndex - 1])">上一步</a-button>
          <a-button v-if="!isLast" type="primary" ghost @click="go(flow[stepIndex + 1])">下一步</a-button>
          <a-button type="primary" :disabled="isLast && !promised" :loading="busy" @click="onSubmit">提交</a-button>
        </div>
      </a-form>
    </div>
    <aside v-if="helpItems.length" class="filing-aside">
      <a-card size="small" title="填报说明">
        <p>请如实、具体地描述算法的数据、模型、策略和风险防范机制，内容须与《算法安全自评估报告》一致。</p>
        <dl>
          <template v-for="f in helpItems" :key="f.id">
            <dt>{{ f.label }}</dt>
            <dd>{{ f.help }}</dd>
          </template>
        </dl>
      </a-card>
    </aside>
  </div>
</div>`,
};
