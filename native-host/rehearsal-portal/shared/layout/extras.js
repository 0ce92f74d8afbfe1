// Things on a real form that are not the profile's fields: unrelated fields
// (邮政编码, 备注 …) and read-only echo rows (所属主体：…).
const EXTRA_POOL = [
  { label: '邮政编码', control: 'text' },
  { label: '传真号码', control: 'text' },
  { label: '备注', control: 'textarea' },
  { label: '办公电话', control: 'text' },
  { label: '所属行业', control: 'select', options: ['信息传输、软件和信息技术服务业', '文化、体育和娱乐业', '金融业', '其他'] },
  { label: '是否上市公司', control: 'radio', options: ['是', '否'] },
  { label: '填表日期', control: 'date' },
  { label: '填报人', control: 'text' },
];

function profileWords(profile) {
  const words = new Set();
  for (const page of profile.pages)
    for (const f of page.fields) {
      words.add(f.label);
      (f.aliases || []).forEach((a) => words.add(a));
    }
  return words;
}

// [{section, after (index in the section's fields), label, control, options}]
export function drawExtras(rng, profile, sections, cores) {
  if (!rng.chance(0.3)) return [];
  const words = profileWords(profile);
  const pool = EXTRA_POOL.filter((e) => !words.has(e.label) && !cores.has(e.label));
  return rng
    .shuffle(pool)
    .slice(0, rng.int(1, 2))
    .map((e) => {
      const section = rng.int(0, sections.length - 1);
      return { ...e, section, after: rng.int(0, sections[section].fields.length) };
    });
}

export function drawEcho(rng, screen) {
  if (screen.flow === 'entity' || !rng.chance(0.25)) return [];
  const rows = [{ label: rng.pick(['所属主体', '备案主体', '主体名称（只读）']), source: 'company' }];
  if (screen.flow === 'product' && !screen.pages.includes('product'))
    rows.push({ label: rng.pick(['所属产品', '当前产品']), source: 'product' });
  return rows;
}
