// Lint: typescript-eslint's recommended rules, the React Hooks rules and jsx-a11y's for the
// renderer, plus the import zones that keep the layers honest. Layout is prettier's (`npm run format`;
// `npm run lint` checks it).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { regex: '^node:', message: 'This layer runs without Node built-ins.' };
const SQLITE_ONLY_IN_DB = { name: 'better-sqlite3', allowTypeImports: true, message: 'Only electron/core/db opens the database.' };
const CORE_WITHOUT_ELECTRON = {
  name: 'electron',
  message: 'electron/core runs without Electron (browser mode, CLI, its own thread): the shell calls it, never the reverse.',
};
const CORE_WITHOUT_HOSTS = {
  regex: '(^|/)(main|web|cli|preload)/',
  message: 'electron/core knows no host: the desktop shell, the web server and the CLI call it.',
};

/**
 * What the clerk reads is written in shared/messages (one file per feature), so wording stays
 * consistent and reviewable in one place: a refusal never carries a literal message. ('internal'
 * errors are for the log; the clerk sees INTERNAL_ERROR_MESSAGE instead.)
 */
const MESSAGES_FROM_CATALOGUE = [
  {
    selector: "NewExpression[callee.name='AppError'][arguments.0.value!='internal'][arguments.1.type=/Literal$/]",
    message: 'Take the message from shared/messages (the catalogue), not a literal.',
  },
  {
    selector: "CallExpression[callee.name='refuse'][arguments.0.type=/Literal$/]",
    message: 'Take the message from shared/messages (the catalogue), not a literal.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.test-artifacts/**', 'test-results/**', 'playwright-report/**', '.scratch/**'] },
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
    // A promise nobody awaits loses its error: every one is awaited, returned or marked `void` on purpose.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
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
    // Hooks that hold (memoised callbacks, refs not written during render) and screens every
    // clerk can use from the keyboard and a screen reader.
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['renderer/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      // Our own field components render a real <textarea>/<input> inside the label.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['TextArea', 'WrappingLine'], depth: 3 }],
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
    // Only the db module opens better-sqlite3 (openSqlite; tests may, to build broken files).
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [SQLITE_ONLY_IN_DB] }],
    },
  },
  {
    // The core runs under every host (desktop, browser mode, CLI) and on its own thread: it knows none of them.
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [CORE_WITHOUT_ELECTRON, SQLITE_ONLY_IN_DB], patterns: [CORE_WITHOUT_HOSTS] }] },
  },
  {
    files: ['electron/core/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [CORE_WITHOUT_ELECTRON], patterns: [CORE_WITHOUT_HOSTS] }] },
  },
  {
    // Writes in a transaction go through inWriteTransaction (BEGIN IMMEDIATE): a deferred one that
    // reads, then writes, fails at once when the command line or another window committed between.
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/write-transaction.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // better-sqlite3's own (a Database named db); the stores' Sql.transaction is BEGIN IMMEDIATE already (db/sqlite-sql.ts).
          selector:
            "CallExpression[callee.property.name='transaction'][callee.object.name=/^(db|database)$/], CallExpression[callee.property.name='transaction'][callee.object.property.name='db']",
          message: 'Use inWriteTransaction(db, work) from electron/core/db/write-transaction (BEGIN IMMEDIATE), or Sql.transaction in a store.',
        },
        ...MESSAGES_FROM_CATALOGUE,
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/messages/**'],
    rules: { 'no-restricted-syntax': ['error', ...MESSAGES_FROM_CATALOGUE] },
  },
  {
    // The command line's refusals and usage errors are the catalogue's sentences too.
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...MESSAGES_FROM_CATALOGUE,
        {
          selector: 'NewExpression[callee.name=/^(BadInput|UsageError)$/][arguments.0.type=/Literal$/]',
          message: 'Take the message from shared/messages (the catalogue), not a literal.',
        },
      ],
    },
  },
  {
    // What a screen says when something failed or was done: from the catalogue, never a literal.
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name=/^set(Error|Message|Notice|Done)$/][arguments.0.type=/Literal$/][arguments.0.raw!='null']",
          message: 'Take the message from shared/messages (the catalogue), not a literal.',
        },
        {
          selector: "NewExpression[callee.name='Error'][arguments.0.type=/Literal$/]",
          message: 'An error the clerk reads takes its message from shared/messages (the catalogue), not a literal.',
        },
      ],
    },
  },
  // Layout is prettier's (npm run format); no lint rule argues with it.
  eslintConfigPrettier,
);
