// Lint: the recommended JavaScript and TypeScript rules, formatting left to Prettier, and the
// two architectural rules the code relies on: no import cycles, and src/graph (the
// database layer) knows nothing of GraphQL, so it can be built and tested without a schema.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', '.cache/**', 'src/web/*/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // A variable a shutdown hook reads before start-up assigns it cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'graphql',
              message: 'src/graph is the database layer: map to GraphQL errors and types in src/schema.',
            },
            { name: 'type-graphql', message: 'src/graph is the database layer: keep GraphQL types in src/schema.' },
          ],
          patterns: [
            {
              group: ['**/schema', '**/schema/**', '@apollo/*'],
              message: 'src/graph must not depend on the GraphQL layer (src/schema).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks read untyped GraphQL and Cypher answers; typing each would add nothing.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx,js}', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  prettier,
);
