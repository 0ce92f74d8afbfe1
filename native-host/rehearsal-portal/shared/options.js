// Option lists the replica uses where the profile has none (options: null)
// or says its list may be incomplete. These are practice guesses, not the
// portal's lists: the filler must match options by visible text and report
// values it cannot find.

// A small 省/市/区 tree for 注册地.
export const REGIONS = [
  { label: '北京市', children: [{ label: '北京市', children: ['东城区', '西城区', '朝阳区', '海淀区'] }] },
  { label: '上海市', children: [{ label: '上海市', children: ['黄浦区', '徐汇区', '浦东新区'] }] },
  {
    label: '浙江省',
    children: [
      { label: '杭州市', children: ['上城区', '拱墅区', '西湖区', '滨江区', '余杭区'] },
      { label: '宁波市', children: ['海曙区', '江北区', '鄞州区'] },
    ],
  },
  {
    label: '广东省',
    children: [
      { label: '广州市', children: ['天河区', '越秀区', '海珠区'] },
      { label: '深圳市', children: ['福田区', '南山区', '宝安区'] },
    ],
  },
  { label: '江苏省', children: [{ label: '南京市', children: ['玄武区', '鼓楼区', '建邺区'] }] },
];

const ID_TYPES = [
  '居民身份证',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '港澳台居民居住证',
  '外国人永久居留身份证',
];

const FALLBACK = {
  'entity.basic.entityType': ['企业', '事业单位', '社会团体', '民办非企业单位', '基金会', '其他'],
  'entity.basic.registeredRegion': REGIONS,
  'entity.certificate.type': [
    '营业执照',
    '事业单位法人证书',
    '社会团体法人登记证书',
    '民办非企业单位登记证书',
    '基金会法人登记证书',
    '其他',
  ],
  'entity.legalRepresentative.idType': ID_TYPES,
  'entity.securityOfficer.idType': ID_TYPES,
  'algorithm.detail.data.languages': ['中文', '英文', '日文', '韩文', '法文', '德文', '俄文', '少数民族语言', '其他'],
  'product.serviceStatus': ['已上线', '未上线', '已下线'],
  'product.serviceAudience': ['个人', '企业', '政府及事业单位'],
  'product.preLicenses': ['ICP备案', 'ICP经营许可证', '互联网新闻信息服务许可', '网络文化经营许可证', '信息网络传播视听节目许可证', '无'],
  // 关联产品功能: in a real account, the functions already added; here a
  // fixed practice list (the sample dossier's functions).
  links: [
    '知行写作 / AI智能成文',
    '知行写作 / 润色改写',
    '知行写作 / 范文推荐',
    '知行写作网页版 / 续写与扩写',
    '知行写作网页版 / 为你推荐',
  ],
};

// Added after the profile's options when optionsComplete is false.
const FORMATS = ['docx', 'pdf', 'jpg', 'png', 'wav'];
const EXTRA = {
  'algorithm.detail.data.inputFormats': FORMATS,
  'algorithm.detail.data.outputFormats': FORMATS,
  'algorithm.detail.data.inputModalities': ['其他'],
  'algorithm.detail.data.outputModalities': ['其他'],
  'product.serviceForms': ['桌面应用程序', '公众号', '插件', '应用程序编程接口（API）'],
};

export const fallbackOptionsFor = (id) => FALLBACK[id] ?? null;
export const extraOptionsFor = (id) => EXTRA[id] ?? [];

// The profile gives no multiplicity for cascaders: 应用领域 takes several
// category → sub-category paths (the dossier holds a list of paths), 注册地 one.
export const isMultipleCascader = (field) =>
  field.id === 'algorithm.basic.applicationDomains' || /可多选/.test(field.help || '');
