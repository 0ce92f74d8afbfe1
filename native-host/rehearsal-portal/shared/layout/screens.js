// Screen composition: which profile pages a layout shows together. Each
// profile page alone on its screen, two or three combined on one screen
// (产品信息 + 功能访问路径 + 功能信息; 算法基础属性 + 详细属性), or one page
// split over tabs (only the active tab shown). Routes stay the classic ones
// for single pages; combined screens get their own.
import { ROUTES } from '../portal.js';

const COMBINED_ROUTES = {
  'algorithm-basic+algorithm-detail': '/algorithm/basic-detail',
  'product+access-path+function': '/product/all',
  'product+access-path': '/product/product-path',
  'access-path+function': '/product/path-function',
};

// Per flow: [[pages of one screen], …] with a weight.
const FLOWS = [
  { flow: 'entity', options: [[[['entity']], 1]] },
  {
    flow: 'algorithm',
    options: [
      [[['algorithm-basic'], ['algorithm-detail']], 2],
      [[['algorithm-basic', 'algorithm-detail']], 1.2],
    ],
    tail: [['algorithm-link'], ['technical-service']],
  },
  {
    flow: 'product',
    options: [
      [[['product'], ['access-path'], ['function']], 2],
      [[['product', 'access-path', 'function']], 1.2],
      [[['product'], ['access-path', 'function']], 0.8],
      [[['product', 'access-path'], ['function']], 0.8],
    ],
  },
];

export const routeOf = (pages) => (pages.length === 1 ? ROUTES[pages[0]] : COMBINED_ROUTES[pages.join('+')]);

// [{id, route, flow, pages, composition}] in filing order; `tabs` is decided
// later, when the screen's sections are known.
export function drawScreens(rng, profile) {
  const known = new Set(profile.pages.map((p) => p.id));
  const screens = [];
  for (const { flow, options, tail } of FLOWS) {
    const groups = [...rng.weighted(options), ...(tail || [])];
    for (const pages of groups) {
      const present = pages.filter((p) => known.has(p));
      if (!present.length) continue;
      screens.push({
        id: present.join('+'),
        route: routeOf(present),
        flow,
        pages: present,
        composition: present.length > 1 ? 'combined' : 'single',
      });
    }
  }
  return screens;
}

// The screens of a flow a person steps through: 关联产品功能 for a
// 服务提供者, 技术服务方式 for a 服务技术支持者 (as flowOf does).
export function flowScreens(spec, screenId, role) {
  const screen = spec.screens.find((s) => s.id === screenId);
  if (!screen) return [];
  const lastSteps = ['algorithm-link', 'technical-service'];
  const opened = lastSteps.find((p) => screen.pages.includes(p));
  const last = opened || (role === '服务技术支持者' ? 'technical-service' : 'algorithm-link');
  return spec.screens.filter(
    (s) => s.flow === screen.flow && !(s.pages.length === 1 && lastSteps.includes(s.pages[0]) && s.pages[0] !== last),
  );
}

// The screen showing a hash route, if the layout has one.
export const screenOfRoute = (spec, route) => spec.screens.find((s) => s.route === route) || null;
