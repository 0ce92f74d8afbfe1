// The rehearsal portal, end to end: the real host binary serves the built
// replicas, headless Chromium fills them like a person (labels, keyboard,
// clicks on visible options, file inputs), and the host's /api shows what
// each app holds. Run: npm run build:rehearsal && npm run test:e2e
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildAssets, datas, http, startServer } from './support/server.mjs';
import { Driver } from './support/driver.mjs';
import { launchChromium, until } from './support/chromium.mjs';
import { expected, ATTACHMENTS, fileOf } from './support/expected.mjs';

const VARIANTS = ['element-ui', 'element-plus', 'plain', 'ant-design-vue'];
// The red of a form error: Element's, Ant Design's.
const ERROR_RED = { 'ant-design-vue': 'rgb(255, 77, 79)' };

let server;
let browser;

before(async () => {
  buildAssets();
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const draftOf = async (pageId) => (await datas(server.port, '/api/draft'))[0]?.[pageId];
const modelOf = async (pageId) => (await datas(server.port, '/api/model'))[0]?.[pageId];
const submissions = () => datas(server.port, '/api/submissions');

// Uploaded files as {name, sha256}, so they compare with the dossier's.
const normalize = (v) =>
  Array.isArray(v)
    ? v.map(normalize)
    : v && typeof v === 'object'
      ? 'sha256' in v
        ? { name: v.name, sha256: v.sha256 }
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]))
      : v;

// Presses 暂存 and returns the draft the host received.
async function saveDraft(d, pageId) {
  const before = (await draftOf(pageId))?.savedAt;
  await d.press('暂存');
  await until(`the ${pageId} draft`, async () => {
    const draft = await draftOf(pageId);
    return draft && (draft.savedAt !== before || !before) && draft;
  });
  return (await draftOf(pageId)).model;
}

async function assertSaved(d, pageId, want) {
  const model = await saveDraft(d, pageId);
  assert.deepEqual(normalize(model), want, `${pageId}: the draft holds every value typed`);
  assert.deepEqual(await modelOf(pageId), model, `${pageId}: the live model mirror matches the draft`);
}

it('refuses a request with another Host header (errno 421)', async () => {
  const res = await http(server.port, 'GET', '/api/session', { host: `localhost:${server.port}` });
  assert.equal(res.status, 421);
  assert.equal(res.body.errno, 421);
  const ok = await http(server.port, 'GET', '/api/session');
  assert.equal(ok.body.errno, 0);
});

it('serves a landing page saying it is a practice replica', async () => {
  const { body } = await http(server.port, 'GET', '/');
  assert.match(body, /不是.*互联网信息服务算法备案系统/s);
  assert.match(body, /not<\/b> the CAC/);
  for (const v of VARIANTS) assert.ok(body.includes(`href="${v}/#/index"`), v);
});

for (const variant of VARIANTS) {
  describe(variant, () => {
    let page;
    let d;
    const errors = [];

    before(async () => {
      await http(server.port, 'POST', '/api/reset');
      page = await browser.newPage();
      await page.setViewport({ width: 1366, height: 900 });
      page.on('pageerror', (e) => errors.push(e.message));
      d = new Driver(variant, page);
      await page.goto(`${server.base}/${variant}/#/index`, { waitUntil: 'networkidle0' });
    });

    after(async () => {
      await page?.close();
    });

    it('opens the entity page from #/index and #/home, with the company in the header', async () => {
      await d.link('开始填报');
      await page.waitForFunction(() => location.hash === '#/home');
      for (const entry of ['主体信息', '备案信息', '产品及功能信息'])
        assert.ok((await page.evaluate(() => document.body.innerText)).includes(entry), entry);
      await d.link('进入填报', '主体信息');
      await page.waitForFunction(() => location.hash === '#/entity');
      await d.row('主体名称', '主体基本信息');
      const text = await page.evaluate(() => document.body.innerText);
      assert.ok(text.includes('杭州知行星澜科技有限公司'), 'company name in the header');
      assert.match(text, /不是国家网信办（CAC）的备案系统/);
    });

    it('entity: 提交 validates, maxlength cuts, every field kind reaches the model', async () => {
      const submit = await d.button('提交');
      assert.equal(await submit.evaluate((b) => b.disabled), true, '提交 disabled before 承诺');
      await d.promise();
      await until('提交 enabled', () => submit.evaluate((b) => !b.disabled));
      await d.clickEl(submit);
      await until('red required messages', async () =>
        (await d.rowText('主体名称', '主体基本信息')).includes('请输入主体名称') &&
        (await d.rowText('证件类型', '法定代表人信息')).includes('请选择证件类型'));
      const color = await (await d.row('主体名称', '主体基本信息')).evaluate((r) => {
        const msg = [...r.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent.includes('请输入主体名称'));
        return getComputedStyle(msg).color;
      });
      assert.equal(color, ERROR_RED[variant] || 'rgb(245, 108, 108)', 'the message is red');
      assert.deepEqual(await submissions(), [], 'an invalid form is not submitted');

      // Over the limit: typing stops at maxlength (the replica's 30 for 名称).
      await d.text('主体名称', '主体基本信息', '杭州'.repeat(20));
      const { value, maxlength } = await d.inputValue('主体名称', '主体基本信息');
      assert.equal(maxlength, '30');
      assert.equal(value.length, 30);
      if (variant !== 'plain') assert.match(await d.rowText('主体名称', '主体基本信息'), /30\s*\/\s*30/);

      const e = expected.entity;
      await d.text('主体名称', '主体基本信息', e.basic.name);
      await d.text('统一社会信用代码', '主体基本信息', e.basic.creditCode);
      await d.select('主体类型', '主体基本信息', e.basic.entityType);
      await d.cascader('注册地', '主体基本信息', e.basic.registeredRegion);
      await d.text('详细地址', '主体基本信息', e.basic.address);
      await d.text('网址', '主体基本信息', e.basic.website);
      await d.text('月活跃用户量', '主体基本信息', e.basic.monthlyActiveUsers);
      await d.select('主体证件类型', '证件信息', e.certificate.type);
      await d.text('证件地址', '证件信息', e.certificate.address);
      assert.equal(await d.dateRangeLongTerm('证件有效期', '证件信息', e.certificate.validity.from), true,
        '长期 disables the end date');
      for (const who of ['legalRepresentative', 'securityOfficer']) {
        const group = who === 'legalRepresentative' ? '法定代表人信息' : '算法安全责任人信息';
        await d.text('姓名', group, e[who].name);
        await d.select('证件类型', group, e[who].idType);
        await d.text('证件号码', group, e[who].idNumber);
      }
      await d.text('手机号码', '算法安全责任人信息', e.securityOfficer.mobile);
      await d.text('电子邮箱', '算法安全责任人信息', e.securityOfficer.email);
      await d.upload('算法备案承诺书', '', fileOf('commitment-letter.pdf'));
      await d.upload('落实算法安全主体责任基本情况', '', fileOf('responsibility-report.pdf'));

      assert.ok(!(await d.rowText('主体名称', '主体基本信息')).includes('请输入'), 'the message went away');
      await assertSaved(d, 'entity', e);
      const files = await datas(server.port, '/api/files');
      for (const name of ['commitment-letter.pdf', 'responsibility-report.pdf'])
        assert.ok(files.some((f) => f.name === name && f.sha256 === ATTACHMENTS[name].sha256), name);
    });

    it('algorithm-basic: 角色 follows 算法类型, the last step follows 角色', async () => {
      await d.link('首页');
      await d.link('进入填报', '备案信息');
      await page.waitForFunction(() => location.hash === '#/algorithm/basic');
      await d.press('提交');
      await until('red required messages', async () =>
        (await d.rowText('算法类型')).includes('请选择算法类型') && (await d.rowText('算法名称')).includes('请输入算法名称'));
      await assert.rejects(d.row('角色', '', 300), /no field/, '角色 hidden until 生成合成 is chosen');

      const b = expected['algorithm-basic'].basic;
      await d.select('算法类型', '', b.type);
      await d.choose('角色', '', '服务技术支持者');
      await page.waitForFunction(() => document.body.innerText.includes('技术服务方式'));
      await d.choose('角色', '', b.role);
      await page.waitForFunction(() => document.body.innerText.includes('关联产品功能'));
      await d.text('算法名称', '', b.name);
      await d.date('上线时间', '', b.launchDate);
      await d.text('版本', '', b.version);
      await d.cascader('应用领域', '', b.applicationDomains, true);
      await d.upload('算法安全自评估报告', '上传材料', fileOf('writing-self-assessment.pdf'));
      await d.upload('拟公示内容', '上传材料', fileOf('writing-public-disclosure.pdf'));
      await d.upload('其他附件', '上传材料', fileOf('writing-third-party-proof.pdf'));
      await assertSaved(d, 'algorithm-basic', expected['algorithm-basic']);
      const files = await datas(server.port, '/api/files');
      assert.ok(files.some((f) => f.sha256 === ATTACHMENTS['writing-self-assessment.pdf'].sha256));
    });

    it('algorithm-detail has help on the right; 下一步 leads to 关联产品功能 and its 承诺', async () => {
      await d.press('下一步');
      await page.waitForFunction(() => location.hash === '#/algorithm/detail');
      const help = await page.waitForFunction(() =>
        [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent.trim() === '填报说明'),
      );
      const helpLeft = await help.evaluate((e) => e.getBoundingClientRect().left);
      const formRight = await (await d.row('算法简介')).evaluate((r) => r.getBoundingClientRect().right);
      assert.ok(helpLeft > formRight, 'the 填报说明 panel is right of the form');
      const det = expected['algorithm-detail'];
      await d.text('算法简介', '', det.introduction);
      await d.choose('输入数据模态', '算法数据', det.inputModalities);
      await d.choose('输出文件格式', '算法数据', det.outputFormats);
      await d.select('语种', '算法数据', det.languages);
      await d.choose('是否涉及生物特征信息', '算法数据', det.involvesBiometrics);
      await d.text('模型名称', '算法模型', det.modelName);
      await d.text('算法备案号', '算法模型', det.algorithmFilingNumber);
      const model = await saveDraft(d, 'algorithm-detail');
      assert.deepEqual(
        {
          introduction: model.detail.introduction,
          inputModalities: model.detail.data.inputModalities,
          outputFormats: model.detail.data.outputFormats,
          languages: model.detail.data.languages,
          involvesBiometrics: model.detail.data.involvesBiometrics,
          modelName: model.detail.model.name,
          algorithmFilingNumber: model.detail.model.thirdParty.algorithmFilingNumber,
        },
        det,
      );
      assert.equal(model.detail.risks.abuse, '', 'untouched fields stay empty');

      await d.press('下一步');
      await page.waitForFunction(() => location.hash === '#/algorithm/link');
      await d.select('关联产品功能', '', expected['algorithm-link'].links);
      const submit = await d.button('提交');
      assert.equal(await submit.evaluate((b) => b.disabled), true, '提交 disabled before 承诺');
      await d.promise();
      await until('提交 enabled after 承诺', () => submit.evaluate((b) => !b.disabled));
      await assertSaved(d, 'algorithm-link', expected['algorithm-link']);
    });

    it('product → access path → function, 提交 waits for 承诺', async () => {
      await d.link('首页');
      await d.link('进入填报', '产品及功能信息');
      await page.waitForFunction(() => location.hash === '#/product');
      const p = expected.product;
      await d.text('产品名称', '', p.name);
      await d.select('服务形式', '', p.serviceForms);
      await d.text('访问地址', '', p.accessAddress);
      await d.select('服务状态', '', p.serviceStatus);
      await d.select('服务对象', '', p.serviceAudience);
      await d.choose('是否需要实名认证', '', p.requiresRealName);
      await d.choose('前置许可', '', p.preLicenses);
      await d.text('月活跃用户量', '', p.monthlyActiveUsers);
      await assertSaved(d, 'product', p);

      await d.press('下一步');
      await page.waitForFunction(() => location.hash === '#/product/path');
      await d.text('产品功能访问路径', '', expected['access-path'].path);
      await assertSaved(d, 'access-path', expected['access-path']);

      await d.press('下一步');
      await page.waitForFunction(() => location.hash === '#/product/function');
      await d.text('功能名称', '', expected.function.name);
      await d.text('功能介绍', '', expected.function.description);
      const submit = await d.button('提交');
      assert.equal(await submit.evaluate((b) => b.disabled), true, '提交 disabled before 承诺');
      await assertSaved(d, 'function', expected.function);
    });

    it('submitted nothing, and threw no page errors', async () => {
      assert.deepEqual(await submissions(), []);
      assert.deepEqual(errors, []);
    });
  });
}
