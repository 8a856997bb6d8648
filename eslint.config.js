import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-test/',
      'node_modules/',
      'test-results/',
      'coverage/',
      'bench/out/',
      'bench/dist*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Rules, content, state, views and the app stay free of the engine and the page, so they are
    // unit-tested in Node and data flows one way: pack → plan → session → views → canvas and page.
    files: ['src/rules/**', 'src/content/**', 'src/state/**', 'src/views/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['phaser', 'howler', 'lit-html', '**/page/**', '**/scenes/**'] },
      ],
    },
  },
  {
    // The canvas draws view models; it never reaches into the page (and the page never into Phaser).
    files: ['src/scenes/**', 'src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['lit-html', 'howler', '**/page/**'] }] },
  },
  {
    files: ['src/page/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['phaser', 'howler', '**/scenes/**'] }] },
  },
);
