// Recognising a screen as one or several profile pages, with a confidence:
// combined screens are every page whose fields are there; a page split over
// tabs is named by its tab titles; a screen with only a few stray fields is
// unsure (the panel then asks the person).
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PROFILE } from './helpers.mjs';
import { elementPlus, plainTable } from './fixtures.mjs';

const recognize = (html) => { const { doc, BA } = load(html, { url: 'https://beian.cac.gov.cn/#/x' }); return JSON.parse(JSON.stringify(BA.recognize.recognize(doc, PROFILE))); };

const PRODUCT = [['产品信息', [{ label: '产品名称', kind: 'text' }, { label: '服务形式', kind: 'checkbox-group', options: ['APP', '网站'] }, { label: '访问地址', kind: 'text' },
  { label: '服务状态', kind: 'select', options: ['已上线'] }, { label: '服务对象', kind: 'checkbox-group', options: ['个人'] }, { label: '是否需要实名认证', kind: 'radio', options: ['是', '否'] },
  { label: '前置许可', kind: 'checkbox-group', options: ['ICP备案'] }, { label: '月活跃用户量', kind: 'text' }]]];
const PATH = [['功能访问路径', [{ label: '产品功能访问路径', kind: 'text' }]]];
const FUNCTION = [['功能信息', [{ label: '功能名称', kind: 'text' }, { label: '功能介绍', kind: 'textarea' }]]];

test('产品信息, 功能访问路径 and 功能信息 on one screen: all three, sure', () => {
  const r = recognize(elementPlus([...PRODUCT, ...PATH, ...FUNCTION]));
  assert.deepEqual(r.pages, ['product', 'access-path', 'function']);
  assert.equal(r.confidence, 'high');
});

test('each page alone is itself', () => {
  assert.deepEqual(recognize(plainTable(PRODUCT)).pages, ['product']);
  assert.deepEqual(recognize(plainTable(FUNCTION)).pages, ['function']);
});

test('the two algorithm steps on one screen', () => {
  const basic = [['算法基础属性信息', [{ label: '算法类型', kind: 'select', options: ['个性化推送'] }, { label: '算法名称', kind: 'text' }, { label: '上线时间', kind: 'date' }, { label: '版本', kind: 'text' }]]];
  const detail = [['算法数据', [{ label: '算法简介', kind: 'textarea' }, { label: '使用场景', kind: 'textarea' }, { label: '输入数据模态', kind: 'checkbox-group', options: ['文本'] }, { label: '输出数据模态', kind: 'checkbox-group', options: ['文本'] },
    { label: '数据来源', kind: 'textarea' }, { label: '训练数据', kind: 'textarea' }, { label: '语种', kind: 'select', options: ['中文'] }]],
  ['算法模型', [{ label: '模型名称', kind: 'text' }, { label: '模型版本', kind: 'text' }, { label: '参数规模', kind: 'text' }, { label: '训练数据集', kind: 'textarea' }, { label: '更新策略', kind: 'textarea' }]],
  ['算法风险与防范机制', [{ label: '算法滥用', kind: 'textarea' }, { label: '算法漏洞', kind: 'textarea' }, { label: '算法恶意利用', kind: 'textarea' }, { label: '数据泄露', kind: 'textarea' }]]];
  const r = recognize(elementPlus([...basic, ...detail]));
  assert.ok(r.pages.includes('algorithm-basic') && r.pages.includes('algorithm-detail'), JSON.stringify(r.pages));
});

test('one tab of a page split over tabs: named by its section titles', () => {
  const html = `<div role="tablist"><div role="tab" aria-selected="true">算法数据</div><div role="tab">算法模型</div><div role="tab">算法策略</div></div>` +
    plainTable([['', [{ label: '输入数据模态', kind: 'checkbox-group', options: ['文本'] }, { label: '输出数据模态', kind: 'checkbox-group', options: ['文本'] }, { label: '数据来源', kind: 'textarea' }]]]);
  const r = recognize(html);
  assert.deepEqual(r.pages, ['algorithm-detail']);
});

test('a few stray fields of a page make an unsure answer with candidates', () => {
  const r = recognize(plainTable([['', [{ label: '产品名称', kind: 'text' }, { label: '访问地址', kind: 'text' }, { label: '服务状态', kind: 'select', options: ['已上线'] }]]]));
  assert.equal(r.confidence, 'low');
  assert.equal(r.candidates[0].id, 'product');
  assert.deepEqual(r.pages, []);
});

test('nothing of the profile: no page, no candidates', () => {
  const r = recognize('<h1>首页</h1><p>欢迎</p><input placeholder="搜索">');
  assert.deepEqual([r.pages, r.confidence, r.candidates], [[], 'none', []]);
});
