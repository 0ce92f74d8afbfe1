// Markup in the shapes each library really renders (Element UI 2.15,
// Element Plus 2.x, Ant Design Vue 4, plain table forms). Each field spec:
// {label, kind, options?, limit?, value?}. Groups render as the library's
// card header / fieldset legend.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const EL = {
  text: (f, plus) => `<div class="el-input el-input--suffix">${plus ? '<div class="el-input__wrapper">' : ''}<input type="text" autocomplete="off" class="el-input__inner" placeholder="请输入${esc(f.label)}"${f.limit ? ` maxlength="${f.limit}"` : ''} value="${esc(f.value || '')}">${f.limit ? `<span class="el-input__suffix"><span class="el-input__suffix-inner"><span class="el-input__count"><span class="el-input__count-inner">0${plus ? ' / ' : '/'}${f.limit}</span></span></span></span>` : ''}${plus ? '</div>' : ''}</div>`,
  counterOnly: (f) => `<div class="el-input"><div class="el-input__wrapper"><input type="text" class="el-input__inner"><span class="el-input__count"><span class="el-input__count-inner">0 / ${f.limit}</span></span></div></div>`,
  textarea: (f) => `<div class="el-textarea"><textarea class="el-textarea__inner"${f.limit ? ` maxlength="${f.limit}"` : ''}></textarea>${f.limit ? `<span class="el-input__count">0/${f.limit}</span>` : ''}</div>`,
  select: (f, plus) => plus
    ? `<div class="el-select"><div class="el-select__wrapper"><div class="el-select__selection"><div class="el-select__selected-item el-select__placeholder is-transparent"><span>请选择</span></div></div></div></div>`
    : `<div class="el-select"><div class="el-input el-input--suffix"><input type="text" readonly autocomplete="off" placeholder="请选择" class="el-input__inner"></div></div>`,
  radio: (f, plus) => `<div role="radiogroup" class="el-radio-group">${f.options.map((o) => `<label role="radio" class="el-radio${plus ? ' el-radio--default' : ''}"><span class="el-radio__input"><span class="el-radio__inner"></span><input type="radio" class="el-radio__original" value="${esc(o)}" name="${esc(f.label)}"></span><span class="el-radio__label">${esc(o)}</span></label>`).join('')}</div>`,
  'checkbox-group': (f) => `<div role="group" class="el-checkbox-group">${f.options.map((o) => `<label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span><input type="checkbox" class="el-checkbox__original" value="${esc(o)}"></span><span class="el-checkbox__label">${esc(o)}</span></label>`).join('')}</div>`,
  date: () => `<div class="el-date-editor el-input el-input--prefix el-input--suffix el-date-editor--date"><input type="text" autocomplete="off" class="el-input__inner" placeholder="选择日期"></div>`,
  'date-range': () => `<div class="date-range"><div class="el-date-editor el-range-editor el-input__inner el-date-editor--daterange"><input placeholder="开始日期" class="el-range-input"><span class="el-range-separator">至</span><input placeholder="结束日期" class="el-range-input"></div><label class="el-checkbox long-term"><span class="el-checkbox__input"><input type="checkbox" class="el-checkbox__original"></span><span class="el-checkbox__label">长期</span></label></div>`,
  cascader: () => `<div class="el-cascader"><div class="el-input el-input--suffix"><input type="text" readonly class="el-input__inner" placeholder="请选择"></div></div>`,
  upload: () => `<div><div class="el-upload el-upload--text"><button type="button" class="el-button el-button--primary"><span>点击上传</span></button><input type="file" name="file" class="el-upload__input" style="display:none"></div></div>`,
};

function elementItem(f, plus) {
  const body = (f.kind === 'text' && f.counterOnly ? EL.counterOnly : EL[f.kind])(f, plus);
  return `<div class="el-form-item${f.required ? ' is-required' : ''}"><label class="el-form-item__label" style="width: 200px;">${esc(f.label)}</label><div class="el-form-item__content" style="margin-left: 200px;">${body}</div></div>`;
}

function grouped(groups, item, wrap) {
  return groups.map(([title, fields]) => wrap(title, fields.map(item).join(''))).join('');
}

export const elementUI = (groups) => `<form class="el-form">${grouped(groups, (f) => elementItem(f, false),
  (t, inner) => `<div class="el-card is-never-shadow"><div class="el-card__header"><div>${esc(t)}</div></div><div class="el-card__body">${inner}</div></div>`)}</form>`;
export const elementPlus = (groups) => `<form class="el-form el-form--default">${grouped(groups, (f) => elementItem(f, true),
  (t, inner) => `<div class="el-card is-never-shadow"><div class="el-card__header"><div>${esc(t)}</div></div><div class="el-card__body">${inner}</div></div>`)}</form>`;

const ANT = {
  text: (f) => `<span class="ant-input-affix-wrapper ant-input-show-count"><input class="ant-input" type="text"${f.limit ? ` maxlength="${f.limit}"` : ''}><span class="ant-input-suffix"><span class="ant-input-show-count-suffix">0 / ${f.limit || 0}</span></span></span>`,
  textarea: (f) => `<div class="ant-input-textarea ant-input-textarea-show-count" data-count="0 / ${f.limit}"><textarea class="ant-input"></textarea></div>`,
  radio: (f) => `<div class="ant-radio-group">${f.options.map((o) => `<label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" value="${esc(o)}"><span class="ant-radio-inner"></span></span><span>${esc(o)}</span></label>`).join('')}</div>`,
  select: () => `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" readonly class="ant-select-selection-search-input" role="combobox"></span><span class="ant-select-selection-placeholder">请选择</span></div></div>`,
  'multi-select': () => `<div class="ant-select ant-select-multiple"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" class="ant-select-selection-search-input" role="combobox"></span></div></div>`,
  date: () => `<div class="ant-picker"><div class="ant-picker-input"><input placeholder="请选择日期"></div></div>`,
};
export const antDesignVue = (groups) => `<form class="ant-form ant-form-horizontal">${grouped(groups,
  (f) => `<div class="ant-row ant-form-item"><div class="ant-col ant-form-item-label"><label for="f_${esc(f.label)}" class="${f.required ? 'ant-form-item-required' : ''}" title="${esc(f.label)}">${esc(f.label)}</label></div><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${ANT[f.kind](f)}</div></div></div></div>`,
  (t, inner) => `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${esc(t)}</div></div><div class="ant-card-body">${inner}</div></div>`)}</form>`;

const PLAIN = {
  text: (f) => `<input name="${esc(f.label)}" type="text" size="40"${f.limit ? ` maxlength="${f.limit}"` : ''}>`,
  hint: (f) => `<input name="${esc(f.label)}" type="text"><span class="limit-hint">（不超过${f.limit}字）</span>`,
  textarea: (f) => `<textarea name="${esc(f.label)}" rows="5"${f.limit ? ` maxlength="${f.limit}"` : ''}></textarea>`,
  select: (f) => `<select name="${esc(f.label)}"><option value="">请选择</option>${f.options.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join('')}</select>`,
  'multi-select': (f) => `<select multiple name="${esc(f.label)}">${f.options.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join('')}</select>`,
  radio: (f) => f.options.map((o) => `<label><input type="radio" name="${esc(f.label)}" value="${esc(o)}">${esc(o)}</label>`).join(' '),
  'checkbox-group': (f) => f.options.map((o) => `<label><input type="checkbox" name="${esc(f.label)}" value="${esc(o)}">${esc(o)}</label>`).join(' '),
  date: (f) => `<input type="date" name="${esc(f.label)}">`,
  'date-range': () => `<input type="date" name="from"> 至 <input type="date" name="to"> <label><input type="checkbox" name="longTerm">长期</label>`,
  cascader: (f) => `<span class="region"><select name="r0"><option value="">请选择省</option>${Object.keys(f.tree).map((k) => `<option value="${esc(k)}">${esc(k)}</option>`).join('')}</select></span>`,
};
export const plainTable = (groups) => `<form class="plain-form">${grouped(groups,
  (f) => `<tr><th>${f.required ? '<span class="req">*</span>' : ''}${esc(f.label)}：</th><td>${(PLAIN[f.hint ? 'hint' : f.kind])(f)}</td></tr>`,
  (t, inner) => `<fieldset><legend>${esc(t)}</legend><table><tbody>${inner}</tbody></table></fieldset>`)}</form>`;

// The entity page's fields as the replicas show them, per group.
export const ENTITY_GROUPS = [
  ['主体基本信息', [
    { label: '主体名称', kind: 'text', required: true },
    { label: '统一社会信用代码', kind: 'text', limit: 18 },
    { label: '主体类型', kind: 'select', options: ['企业', '事业单位'] },
    { label: '详细地址', kind: 'text' },
  ]],
  ['证件信息', [{ label: '主体证件类型', kind: 'select', options: ['营业执照'] }, { label: '证件有效期', kind: 'date-range' }]],
  ['法定代表人信息', [{ label: '姓名', kind: 'text' }, { label: '证件类型', kind: 'select', options: ['居民身份证', '护照'] }, { label: '证件号码', kind: 'text' }]],
  ['算法安全责任人信息', [{ label: '姓名', kind: 'text' }, { label: '证件类型', kind: 'select', options: ['居民身份证', '护照'] }, { label: '证件号码', kind: 'text' }, { label: '手机号码', kind: 'text' }, { label: '电子邮箱', kind: 'text' }]],
];
