// The layouts the browser suite walks: three seeds a stack, chosen so that
// together they take every axis value and draw, on every stack, every
// control variant of the fields the suite fills (layout-generator.test.mjs
// checks that this stays true when the generator changes).
export const SEEDS = {
  'element-ui': [32, 27, 1],
  'element-plus': [27, 39, 1],
  plain: [13, 38, 1],
  'ant-design-vue': [6, 21, 5],
};
