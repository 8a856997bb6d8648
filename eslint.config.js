import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules folder stays engine-free so it can be unit-tested in Node.
    files: ['src/rules/**', 'src/content/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'howler'] }],
    },
  },
);
