// The portal profile turned into what a replica page renders: routes and
// step flows, one descriptor per field (label, control, options, effective
// limit), empty models, and `when` conditions. Labels, options and known
// limits always come from the profile; the replica only fills gaps.
import { fallbackOptionsFor, extraOptionsFor, isMultipleCascader } from './options.js';

// Hash routes of the filing pages, like the portal's SPA.
export const ROUTES = {
  entity: '/entity',
  'algorithm-basic': '/algorithm/basic',
  'algorithm-detail': '/algorithm/detail',
  'algorithm-link': '/algorithm/link',
  'technical-service': '/algorithm/service',
  product: '/product',
  'access-path': '/product/path',
  function: '/product/function',
};
export const PAGE_BY_ROUTE = Object.fromEntries(Object.entries(ROUTES).map(([p, r]) => [r, p]));

// The three entries of #/home, each a flow of steps.
export const ENTRIES = [
  { key: 'entity', title: '主体信息', first: 'entity', desc: '主体基本信息、证件信息、法定代表人与算法安全责任人信息，上传承诺书等材料' },
  { key: 'algorithm', title: '备案信息', first: 'algorithm-basic', desc: '算法基础属性信息、算法详细属性信息，并按角色关联产品功能或填写技术服务方式' },
  { key: 'product', title: '产品及功能信息', first: 'product', desc: '添加产品信息 → 添加产品功能访问路径 → 添加功能信息' },
];

export const SUPPORTER = '服务技术支持者';

// The steps of the flow a page belongs to. The last 备案信息 step depends on
// the 角色 picked on 算法基础属性信息 (服务提供者 unless 服务技术支持者).
export function flowOf(pageId, models) {
  const role = models['algorithm-basic']?.basic?.role;
  const lastSteps = ['algorithm-link', 'technical-service'];
  // Opened directly, a last step stays the last step whatever the 角色.
  const last = lastSteps.includes(pageId) ? pageId : role === SUPPORTER ? 'technical-service' : 'algorithm-link';
  if (pageId === 'entity') return ['entity'];
  if (pageId.startsWith('algorithm') || pageId === 'technical-service')
    return ['algorithm-basic', 'algorithm-detail', last];
  return ['product', 'access-path', 'function'];
}

// Plausible limits where the profile says null (unknown): shown with the
// library's own maxlength + word-limit counter.
export function effectiveLimit(field) {
  if (field.limit) return field.limit;
  if (field.control === 'textarea') return 500;
  if (field.control !== 'text') return null;
  if (field.format === 'id-number') return 18;
  if (field.format === 'mobile') return 11;
  if (field.format === 'url') return 100;
  if (/名称$/.test(field.label)) return 30;
  return 50;
}

const toNode = (opt) =>
  typeof opt === 'string'
    ? { label: opt, value: opt }
    : { label: opt.label, value: opt.label, children: opt.children ? opt.children.map(toNode) : undefined };

function optionsFor(field) {
  const known = field.options ?? fallbackOptionsFor(field.id) ?? [];
  const extras = field.optionsComplete ? [] : extraOptionsFor(field.id);
  const all = [...known];
  for (const e of extras) if (!all.some((o) => (o.label ?? o) === (e.label ?? e))) all.push(e);
  return all;
}

// A JSON pointer ("/basic/name") as key segments and as an el-form prop.
const segmentsOf = (pointer) => pointer.split('/').slice(1);

export function describeFields(page) {
  return page.fields.map((f) => {
    const options = optionsFor(f);
    const tree = f.control === 'cascader' ? options.map(toNode) : null;
    return {
      id: f.id,
      keys: segmentsOf(f.path),
      prop: segmentsOf(f.path).join('.'),
      label: f.label,
      group: f.group || '',
      control: f.control,
      options: tree ? null : options.map((o) => (typeof o === 'string' ? o : o.label)),
      tree,
      multiple: f.control === 'multi-select' || (f.control === 'cascader' && isMultipleCascader(f)),
      limit: effectiveLimit(f),
      limitKnown: !!f.limit,
      required: !!f.required,
      format: f.format || null,
      idTypePath: f.idTypePath ? segmentsOf(f.idTypePath) : null,
      help: f.help || '',
      when: f.when ? { keys: segmentsOf(f.when.path), equals: f.when.equals, in: f.when.in } : null,
    };
  });
}

// Consecutive fields of one group, in profile order. Fields without a group
// go under the step's title, uploads under 上传材料.
export function pageGroups(page, fields) {
  const titleOf = (f) => f.group || (f.control === 'upload' ? '上传材料' : page.step || page.title);
  const groups = [];
  for (const f of fields) {
    const last = groups[groups.length - 1];
    if (last && last.title === titleOf(f)) last.fields.push(f);
    else groups.push({ title: titleOf(f), fields: [f] });
  }
  return groups;
}

export function emptyValue(field) {
  switch (field.control) {
    case 'multi-select':
    case 'checkbox-group':
    case 'upload':
    case 'cascader':
      return [];
    case 'date-range':
      return { from: '', to: '', longTerm: false };
    default:
      return '';
  }
}

export const getIn = (obj, keys) => keys.reduce((o, k) => (o == null ? undefined : o[k]), obj);

export function setIn(obj, keys, value) {
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys[keys.length - 1]] = value;
}

// A page model with every field present (so Vue 2 tracks each key), filled
// from a saved draft where there is one.
export function buildModel(fields, draft) {
  const model = {};
  for (const f of fields) {
    const saved = draft ? getIn(draft, f.keys) : undefined;
    setIn(model, f.keys, saved === undefined ? emptyValue(f) : saved);
  }
  return model;
}

// `when` is checked against the page's own model; a condition on a field
// of another page (技术服务方式 ← 角色) is settled by the flow, which only
// routes to that page when it holds.
export function isShown(field, model, fields) {
  if (!field.when) return true;
  const onPage = fields.some((f) => f.keys.join('/') === field.when.keys.join('/'));
  if (!onPage) return true;
  const v = getIn(model, field.when.keys);
  if ('equals' in field.when && field.when.equals !== undefined) return v === field.when.equals;
  return Array.isArray(field.when.in) ? field.when.in.includes(v) : true;
}

// Template downloads shown on a page (served by GET /api/template/<name>).
export const TEMPLATES = {
  entity: [
    { name: 'commitment-letter', title: '《算法备案承诺书》模板' },
    { name: 'responsibility-report', title: '《落实算法安全主体责任基本情况》模板' },
  ],
  'algorithm-basic': [
    { name: 'self-assessment-report', title: '《算法安全自评估报告》模板（按算法类型和角色）' },
    { name: 'public-disclosure', title: '《拟公示内容》模板' },
  ],
};

export const PROMISE_TEXT =
  '我已阅读并承诺：所填写内容和提交资料准确、真实、合法、有效；信息变更时在10个工作日内办理变更手续，终止服务时在20个工作日内办理注销手续。';

export const PRACTICE_NOTICE = '演练环境：这是算法备案系统的练习仿真页面，不是国家网信办（CAC）的备案系统，提交的内容不会发送给任何机构。';
export const PRACTICE_NOTICE_EN = 'Practice replica for rehearsal only — this is NOT the CAC filing portal; nothing is sent anywhere.';

// Every page of the profile with its field descriptors, and one model per
// page (restored from the drafts saved with 暂存).
export function createStore(profile, drafts = {}) {
  const pages = {};
  const models = {};
  for (const page of profile.pages) {
    const fields = describeFields(page);
    pages[page.id] = { id: page.id, title: page.title, step: page.step || '', headings: page.headings, fields };
    models[page.id] = buildModel(fields, drafts[page.id]?.model);
  }
  return { pages, models };
}

// The page a hash route shows: 'index', 'home', a page id, or null.
export function viewOf(hash) {
  const route = (hash || '').replace(/^#/, '').replace(/\?.*$/, '') || '/index';
  if (route === '/index' || route === '/') return 'index';
  if (route === '/home') return 'home';
  return PAGE_BY_ROUTE[route] || null;
}
