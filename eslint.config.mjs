// Lint enforces the layers of ARCHITECTURE.md: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (group, message) => ({ group, message });
const noUi = outside(['react', 'react-dom', '@fluentui/*'], 'UI libraries belong in src/taskpane.');
const noNode = outside(['fs', 'path', 'node:*', 'exceljs', 'child_process'], 'Node APIs belong in src/cli.');
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
    outside(['../functions/*', '../workbook/*', '../excel/*', '../taskpane/*', '../cli/*',
      '../../functions/*', '../../workbook/*', '../../excel/*', '../../taskpane/*', '../../cli/*'],
    'src/core imports nothing outside src/core.'),
    noUi, noNode,
  ]),
  { files: ['src/core/**'], rules: { 'no-console': 'error' } },
  layer(['src/functions/**'], [
    outside(['**/workbook/*', '**/excel/*', '**/taskpane/*', '**/cli/*'],
      'src/functions may import only src/core.'),
    noUi, noNode,
  ]),
  layer(['src/workbook/**'], [
    outside(['**/functions/*', '**/excel/*', '**/taskpane/*', '**/cli/*'],
      'src/workbook may import only src/core.'),
    noUi, noNode,
  ]),
  layer(['src/excel/**'], [
    outside(['**/functions/*', '**/taskpane/*', '**/cli/*'],
      'src/excel may import src/workbook and src/core.'),
    noUi, noNode,
  ]),
  {
    ...layer(['src/taskpane/**'], [
      outside(['**/functions/*', '**/cli/*', '**/excel/*'],
        'Task-pane components talk to services on the workbook port, never to Office.js.'),
      outside(['**/xlsx/*'], 'Only the preview entry (src/taskpane/preview*) may import src/xlsx.'),
      noNode,
    ]),
    ignores: ['src/taskpane/preview/**', 'src/taskpane/preview.ts', 'src/taskpane/preview.tsx'],
  },
  // The in-browser preview runs the ExcelJS adapter on a copy of the workbook.
  layer(['src/taskpane/preview/**', 'src/taskpane/preview.ts', 'src/taskpane/preview.tsx'], [
    outside(['**/functions/*', '**/cli/*', '**/excel/*'],
      'Task-pane components talk to services on the workbook port, never to Office.js.'),
    outside(['fs', 'path', 'node:*', 'child_process'], 'Node APIs belong in src/cli.'),
  ]),
  // The ExcelJS adapter: no file I/O (buffers only), so the preview can run it too.
  layer(['src/xlsx/**'], [
    outside(['**/functions/*', '**/taskpane/*', '**/cli/*', '**/excel/*'],
      'src/xlsx may import src/workbook, src/core and exceljs.'),
    outside(['fs', 'path', 'node:*', 'child_process'], 'src/xlsx works on buffers, no file I/O.'),
    noUi,
  ]),
  layer(['src/cli/**'], [
    outside(['**/taskpane/*', '**/excel/*'], 'src/cli may import src/workbook and src/core.'),
    noUi,
  ]),
);
