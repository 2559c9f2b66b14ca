/* global module */
// The files whose JSDoc declares LBF custom functions (`@customfunction`).
// Both the webpack metadata plugin and the metadata test read this list.
module.exports = [
  'src/functions/staffing.ts',
  'src/functions/baseline.ts',
  'src/functions/scenario.ts',
  'src/functions/confidence.ts',
];
