// Lint: typescript-eslint's recommended rules, plus the import zones that keep the layers honest.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { regex: '^node:', message: 'This layer runs without Node built-ins.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.test-artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // shared/ is pure: no DOM, no Node, no Electron, nothing from the other layers.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'docx', 'react', 'react-dom', 'mammoth'],
          patterns: [NODE_BUILTINS, { regex: '(^|/)(electron|renderer|tests)/', message: 'shared/ imports only shared/.' }],
        },
      ],
    },
  },
  {
    // The renderer is browser code: it talks to the back end only through src/api.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'docx', 'mammoth', 'fs', 'path', 'os', 'child_process'],
          patterns: [NODE_BUILTINS, { regex: '(^|/)electron/', message: 'The renderer reaches the back end through src/api only.' }],
        },
      ],
    },
  },
  {
    // The preload is the only door from the page: electron and the contract, nothing else.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['better-sqlite3', 'docx', 'zod'],
          patterns: [NODE_BUILTINS, { regex: '(^|/)(core|web|cli)/', message: 'The preload exposes the bridge only.' }],
        },
      ],
    },
  },
  {
    // Only the db module opens better-sqlite3 (tests may, to build broken files), and the
    // backup copier, which reads the live file read-only and opens its copies to verify them.
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/**', 'electron/core/backup/backup-copy.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', allowTypeImports: true, message: 'Only electron/core/db opens the database.' }] }],
    },
  },
);
