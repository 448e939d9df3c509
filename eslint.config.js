// @ts-check
import js from '@eslint/js'
import lit from 'eslint-plugin-lit'
import litA11y from 'eslint-plugin-lit-a11y'
import wc from 'eslint-plugin-wc'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      'apps/site/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval is blocked by a strict CSP.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'new Function is blocked by a strict CSP.',
        },
      ],
    },
  },
  {
    // Tests assert what they index; a failed lookup fails the test anyway.
    files: [
      '**/*.test.ts',
      '**/test-*.ts',
      '**/*.stories.ts',
      '**/test-support/**',
      '**/bench/**',
      'packages/test-fixtures/**',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The core is DOM-free: it runs in Node, in workers and in the browser alike.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'HTMLElement', 'customElements'],
    },
  },
  {
    files: ['packages/widgets/**/*.ts', 'packages/test-fixtures/**/*.ts', 'apps/**/*.ts', 'apps/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-bind': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is never rendered as HTML.' },
        { property: 'outerHTML', message: 'Data is never rendered as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Data is never rendered as HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data is never rendered as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is never rendered as SVG markup.' },
          ],
        },
      ],
    },
  },
)
