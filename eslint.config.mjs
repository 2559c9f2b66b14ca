// Lint enforces the layers of ARCHITECTURE.md: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (group, message) => ({ group, message });
const noUi = outside(['react', 'react-dom', '@fluentui/*'], 'UI libraries belong in src/taskpane.');
const noNode = outside(['fs', 'path', 'node:*', 'exceljs', 'child_process'], 'Node APIs belong in src/cli.');
// A folder of ours, imported bare (`../excel`) or by file (`../excel/ops`).
const dirs = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/*`]);
const PREVIEW = ['src/taskpane/preview/**', 'src/taskpane/preview.ts', 'src/taskpane/preview.tsx'];
const OFFICE_ENTRY = 'src/taskpane/index.tsx';
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-artifacts/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**'], [
    outside(dirs('functions', 'workbook', 'excel', 'xlsx', 'taskpane', 'cli'),
      'src/core imports nothing outside src/core.'),
    noUi, noNode,
  ]),
  { files: ['src/core/**'], rules: { 'no-console': 'error' } },
  layer(['src/functions/**'], [
    outside(dirs('workbook', 'excel', 'xlsx', 'taskpane', 'cli'),
      'src/functions may import only src/core.'),
    noUi, noNode,
  ]),
  layer(['src/workbook/**'], [
    outside(dirs('functions', 'excel', 'xlsx', 'taskpane', 'cli'),
      'src/workbook may import only src/core.'),
    noUi, noNode,
  ]),
  layer(['src/excel/**'], [
    outside(dirs('functions', 'xlsx', 'taskpane', 'cli'),
      'src/excel may import src/workbook and src/core.'),
    noUi, noNode,
  ]),
  {
    ...layer(['src/taskpane/**'], [
      outside(dirs('functions', 'cli', 'excel'),
        'Task-pane components talk to services on the workbook port, never to Office.js.'),
      outside(dirs('xlsx'), 'Only the preview entry (src/taskpane/preview*) may import src/xlsx.'),
      noNode,
    ]),
    ignores: [...PREVIEW, OFFICE_ENTRY],
  },
  // The Office entry is the composition root: it alone hands the Office.js
  // adapter to the services.
  layer([OFFICE_ENTRY], [
    outside(dirs('functions', 'cli', 'xlsx'), 'The Office entry wires src/excel only.'),
    noNode,
  ]),
  // The in-browser preview runs the ExcelJS adapter on a copy of the workbook.
  layer(PREVIEW, [
    outside(dirs('functions', 'cli', 'excel'),
      'Task-pane components talk to services on the workbook port, never to Office.js.'),
    outside(['fs', 'path', 'node:*', 'child_process'], 'Node APIs belong in src/cli.'),
  ]),
  // The ExcelJS adapter: no file I/O (buffers only), so the preview can run it too.
  layer(['src/xlsx/**'], [
    outside(dirs('functions', 'taskpane', 'cli', 'excel'),
      'src/xlsx may import src/workbook, src/core and exceljs.'),
    outside(['fs', 'path', 'node:*', 'child_process'], 'src/xlsx works on buffers, no file I/O.'),
    noUi,
  ]),
  layer(['src/cli/**'], [
    outside(dirs('taskpane', 'excel', 'functions'),
      'src/cli may import src/xlsx, src/workbook and src/core.'),
    noUi,
  ]),
);
