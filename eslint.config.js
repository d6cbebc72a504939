// Lint rules, chiefly the layering rules: shared/ is pure domain code that imports nothing
// from electron/ or renderer/, and renderer/ never imports electron/ (VS Code's "Bad layering").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layering = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-server/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'bench/naive/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: layering('Bad layering: shared/ is pure domain code and may not import electron/, renderer/, React or the DOM.', [
      '**/electron/**',
      '**/renderer/**',
      'electron',
      'react',
      'react-dom',
      'dexie',
      '@xyflow/*',
    ]),
  },
  {
    files: ['renderer/**'],
    rules: layering('Bad layering: renderer/ never imports electron/; talk to the desktop shell through the preload bridge.', [
      '**/electron/**',
      'electron',
    ]),
  },
  {
    files: ['electron/**'],
    rules: layering('Bad layering: electron/ may use shared/ but never renderer/.', ['**/renderer/**']),
  },
);
