// Which view a hash route shows, with or without a generated layout
// (?layout=SEED in the page URL): 'index', 'home', a profile page id
// (classic pages), 'screen:<id>' (a layout's screen), or null.
import { viewOf, ENTRIES, ROUTES } from './portal.js';
import { layoutFor, screenOfRoute } from './layout/index.js';

export const layoutSeed = (search = location.search) => new URLSearchParams(search).get('layout') || null;

export function layoutOf(profile, stack, search = location.search) {
  const seed = layoutSeed(search);
  return seed ? layoutFor(profile, seed, stack) : null;
}

export function viewFor(hash, spec) {
  const view = viewOf(hash);
  if (!spec || view === 'index' || view === 'home') return view;
  const route = (hash || '').replace(/^#/, '').replace(/\?.*$/, '');
  // A classic page's route shows the layout's screen that holds that page.
  const screen = screenOfRoute(spec, route) || (view && spec.screens.find((s) => s.pages.includes(view)));
  return screen ? `screen:${screen.id}` : null;
}

// The #/home entries, each leading to the first screen of its flow.
export function homeEntries(spec) {
  return ENTRIES.map((e) => {
    const screen = spec && spec.screens.find((s) => s.pages.includes(e.first));
    return { ...e, href: '#' + (screen ? screen.route : ROUTES[e.first]) };
  });
}
