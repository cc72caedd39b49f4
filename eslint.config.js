import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      'storybook-static/**',
      'apps/demo/public/passerelle-*.js',
      'apps/demo/public/chunks/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    // The demo site's own script runs in the browser.
    files: ['apps/demo/public/host-language.js'],
    languageOptions: { globals: { document: 'readonly' } },
  },
  {
    // Code passed to page.evaluate() runs in the browser.
    files: ['bench/browser.mjs'],
    languageOptions: {
      globals: { document: 'readonly', requestAnimationFrame: 'readonly', Event: 'readonly' },
    },
  },
  {
    rules: {
      // `const { label, ...rest } = input` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Money must never be compared or combined as floats by accident: see packages/rules/src/money.ts.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Rules are pure: the simulation date is an input, never Date.now().',
        },
      ],
    },
  },
);
