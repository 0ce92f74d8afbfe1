// Form rules of a field as library-neutral checks. Element UI / Element Plus
// turn them into el-form-item rules; the plain replica runs them itself.
// Lengths are counted in UTF-16 units, like maxlength and Element's counters.
import { getIn } from './portal.js';

const PATTERNS = {
  uscc: [/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '请输入正确的统一社会信用代码'],
  mobile: [/^1[3-9]\d{9}$/, '请输入正确的手机号码'],
  email: [/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*$/, '请输入正确的电子邮箱'],
  url: [/^https?:\/\/[^\s/]+\.[^\s]+$/, '请输入正确的网址（以 http:// 或 https:// 开头）'],
  'cac-filing-number': [/^网信算备\d{21}号$/, '备案号格式应为“网信算备”+21位数字+“号”'],
};
const ID_CARD = /^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;

export function isEmpty(field, value) {
  if (field.control === 'date-range') return !value || !value.from || (!value.longTerm && !value.to);
  if (Array.isArray(value)) return value.length === 0;
  return value === '' || value === null || value === undefined;
}

export function requiredMessage(field) {
  switch (field.control) {
    case 'text':
    case 'textarea':
      return `请输入${field.label}`;
    case 'upload':
      return `请上传${field.label}`;
    default:
      return `请选择${field.label}`;
  }
}

const typing = (f) => f.control === 'text' || f.control === 'textarea';

// [{trigger: 'blur'|'change', check(value, model) → message or ''}]
export function checksFor(field) {
  const checks = [];
  const trigger = typing(field) ? 'blur' : 'change';
  if (field.required)
    checks.push({ trigger, check: (v) => (isEmpty(field, v) ? requiredMessage(field) : '') });
  if (field.control === 'date-range')
    checks.push({
      trigger: 'change',
      check: (v) => (v && v.from && v.to && !v.longTerm && v.to < v.from ? '结束日期不能早于开始日期' : ''),
    });
  if (typing(field) && field.limit)
    checks.push({
      trigger: ['blur', 'change'],
      check: (v) => ((v || '').length > field.limit ? `${field.label}长度不能超过${field.limit}个字符` : ''),
    });
  const pattern = PATTERNS[field.format];
  if (pattern)
    checks.push({ trigger: 'blur', check: (v) => (v && !pattern[0].test(v.trim()) ? pattern[1] : '') });
  if (field.format === 'id-number')
    checks.push({
      trigger: 'blur',
      check: (v, model) => {
        // The 证件类型 beside it (the profile's idTypePath, else the sibling idType).
        const type = getIn(model, field.idTypePath || [...field.keys.slice(0, -1), 'idType']);
        return v && type === '居民身份证' && !ID_CARD.test(v.trim()) ? '请输入正确的18位居民身份证号码' : '';
      },
    });
  return checks;
}

// Element UI / Element Plus rules: one validator per check.
export function elementRules(field, getModel) {
  return checksFor(field).map(({ trigger, check }, i) => ({
    required: i === 0 && field.required ? true : undefined,
    trigger,
    validator: (_rule, value, callback) => {
      const message = check(value, getModel());
      if (message) callback(new Error(message));
      else callback();
    },
  }));
}

// Ant Design Vue 4 rules: a validator returns a promise that rejects with
// the message.
export function antdRules(field, getModel) {
  return checksFor(field).map(({ trigger, check }, i) => ({
    required: i === 0 && field.required ? true : undefined,
    trigger,
    validator: (_rule, value) => {
      const message = check(value, getModel());
      return message ? Promise.reject(message) : Promise.resolve();
    },
  }));
}
