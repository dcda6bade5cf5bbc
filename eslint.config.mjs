// Lint rules that keep the architecture honest: imports flow domain <- data <- features <- app,
// and the Electron shell only talks to the page through src/shared/bridge.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve, sep } from 'node:path';

const uiLayers = ['**/data/**', '**/features/**', '**/host/**', '**/app/**', '**/ui/**'];

// A feature reaches another feature only through that feature's public index.ts, so what a
// feature offers is written down in one file and its insides can move freely.
const featuresRoot = resolve(import.meta.dirname, 'src/features');
const featureOf = (file) => {
  const [name, ...rest] = relative(featuresRoot, file).split(sep);
  return name && name !== '..' && rest.length ? name : undefined;
};
const featureBoundaries = {
  meta: { type: 'problem', messages: { deep: "Import feature '{{feature}}' through its public index ('{{index}}'), not '{{source}}'." } },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source);
      const feature = featureOf(`${target}${sep}index.ts`);
      if (!feature || feature === from) return;
      const inside = relative(resolve(featuresRoot, feature), target);
      if (inside === '' || inside === 'index') return;
      const index = relative(dirname(context.filename), resolve(featuresRoot, feature)).split(sep).join('/');
      context.report({ node: node.source, messageId: 'deep', data: { feature, source, index } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules/', '.vite/', 'dist-web/', 'out/', 'test-results/', 'bench/results/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.name="eval"]', message: 'No eval.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/domain is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'src/domain is pure TypeScript: no React.' },
            { name: 'dexie', message: 'src/domain is pure TypeScript: storage belongs in src/data.' },
            { name: 'dexie-react-hooks', message: 'src/domain is pure TypeScript.' },
            { name: 'electron', message: 'src/domain is pure TypeScript: no Electron.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*'], message: 'src/domain is pure TypeScript.' },
            { group: uiLayers, message: 'src/domain may not import from data, features, host, app or ui.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch'].map((name) => ({
          name,
          message: 'src/domain is pure TypeScript: no DOM or browser globals.',
        })),
      ],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through src/host.' }],
          patterns: [{ group: ['**/features/**', '**/app/**', '**/host/**', '**/ui/**'], message: 'src/data may import only src/domain and src/shared.' }],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/host/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through src/host.' }],
          patterns: [
            { group: ['**/app/**'], message: 'Only src/app composes screens; features may not import it.' },
            { group: ['**/data/db'], message: 'Screens reach stored data only through repositories (src/data/*-repo.ts, *-store.ts); row types are in src/data/rows.' },
            { group: ['**/electron/**'], message: 'The renderer reaches Electron only through window.episodes (src/host).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { episodes: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'episodes/feature-boundaries': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '!**/src/shared', '!**/src/shared/**'],
              message: 'electron/ may import only electron/* and src/shared/*.',
            },
            { group: ['react', 'react-dom', 'dexie'], message: 'electron/ is the shell: no renderer libraries.' },
          ],
        },
      ],
    },
  },
);
