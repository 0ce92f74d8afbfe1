#!/usr/bin/env node
// Builds the rehearsal portal (practice replicas of the CAC filing pages)
// into <out>: the page sources from native-host/rehearsal-portal/ and the
// libraries' browser builds from node_modules into <out>/vendor/. No bundler,
// nothing downloaded: run `npm ci` first.
//
//   node scripts/build-rehearsal.mjs build/rehearsal-portal
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] || join(root, 'build', 'rehearsal-portal'));
const sources = join(root, 'native-host', 'rehearsal-portal');
const modules = join(root, 'node_modules');

// [from (under node_modules), to (under <out>/vendor)]
const VENDOR = [
  ['vue/dist/vue.min.js', 'vue2/vue.min.js'],
  ['element-ui/lib/index.js', 'element-ui/index.js'],
  ['element-ui/lib/theme-chalk/index.css', 'element-ui/theme-chalk/index.css'],
  ['element-ui/lib/theme-chalk/fonts', 'element-ui/theme-chalk/fonts'],
  ['vue3/dist/vue.global.prod.js', 'vue3/vue.global.prod.js'],
  ['element-plus/dist/index.full.min.js', 'element-plus/index.full.min.js'],
  ['element-plus/dist/index.css', 'element-plus/index.css'],
  ['element-plus/dist/locale/zh-cn.min.js', 'element-plus/locale/zh-cn.min.js'],
  // Ant Design Vue 4's UMD build takes Vue 3, dayjs and seven dayjs plugins
  // as globals (window.dayjs_plugin_*); the with-locales build carries zh_CN.
  ['dayjs/dayjs.min.js', 'dayjs/dayjs.min.js'],
  ['dayjs/locale/zh-cn.js', 'dayjs/locale/zh-cn.js'],
  ...['advancedFormat', 'customParseFormat', 'localeData', 'quarterOfYear', 'weekOfYear', 'weekYear', 'weekday'].map(
    (p) => [`dayjs/plugin/${p}.js`, `dayjs/plugin/${p}.js`],
  ),
  ['ant-design-vue/dist/antd-with-locales.min.js', 'ant-design-vue/antd-with-locales.min.js'],
  ['ant-design-vue/dist/reset.css', 'ant-design-vue/reset.css'],
];

function fail(message) {
  console.error(`build-rehearsal: ${message}`);
  process.exit(1);
}

if ([root, sources, modules, dirname(root), '/'].includes(out)) fail(`refusing to build into ${out}`);
for (const [from] of VENDOR)
  if (!existsSync(join(modules, from))) fail(`missing node_modules/${from}: run \`npm ci\` first`);

// Replace only what this script writes, so a wrong <out> cannot wipe a tree.
mkdirSync(out, { recursive: true });
const entries = readdirSync(sources);
for (const name of [...entries, 'vendor']) rmSync(join(out, name), { recursive: true, force: true });

for (const name of entries) cpSync(join(sources, name), join(out, name), { recursive: true });
for (const [from, to] of VENDOR) {
  const target = join(out, 'vendor', to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, from), target, { recursive: true });
}

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else {
      files += 1;
      bytes += st.size;
    }
  }
};
walk(out);
console.log(`rehearsal portal built: ${out} (${files} files, ${(bytes / 1048576).toFixed(1)} MiB)`);
