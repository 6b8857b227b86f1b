// Lint, including the dependency rules of README.md's "Project layout": who may import whom is
// enforced here, folder by folder (and inside lab/, layer by layer), so a stray `import 'node:fs'` in
// airi/ or an upward import in lab/ fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events'];
const nativeModules = ['better-sqlite3', 'onnxruntime-node', 'sharp', 'ws'];

/** A no-restricted-imports rule built from folder names and package patterns. */
function forbid(folders, packages, why) {
  // Folders and wildcard packages ('node:*', 'svelte/*') are patterns; bare names are exact paths,
  // so a forbidden 'events' module does not also forbid a local './events'.
  const wildcard = packages.filter((p) => p.includes('*'));
  const exact = packages.filter((p) => !p.includes('*'));
  const patterns = [
    ...folders.map((f) => ({ group: [`**/${f}`, `**/${f}/**`, `../${f}/**`, `../../${f}/**`], message: why })),
    ...(wildcard.length ? [{ group: wildcard, message: why }] : []),
  ];
  const paths = exact.map((name) => ({ name, message: why }));
  return { 'no-restricted-imports': ['error', { patterns, paths }] };
}

/**
 * lab/'s layers, bottom to top: a folder may import the folders of the layers below it (and itself),
 * never one beside or above it. tests/unit/architecture checks the same order with resolved paths.
 */
const LAB_LAYERS = [
  ['platform'],
  ['datasets', 'run-store', 'photos', 'photo-folders', 'uploads', 'weights'],
  ['lessons', 'transfer'],
  ['trainer', 'models'],
  ['runs'],
  ['app'],
  ['server'],
  ['cli'],
];
const labRule = forbid(['renderer', 'electron'], ['electron'], 'lab/ runs in plain Node: no electron, no renderer');

/** lab/<folder> may not import these lab/ folders: its own layer's neighbours and every layer above. */
function labForbidden(folder) {
  const layer = LAB_LAYERS.findIndex((folders) => folders.includes(folder));
  return LAB_LAYERS.flatMap((folders, i) => (i < layer ? [] : folders.filter((f) => f !== folder)));
}

function labLayerRules(folder) {
  const [severity, options] = labRule['no-restricted-imports'];
  const forbidden = labForbidden(folder);
  return {
    files: [`lab/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [severity, {
        ...options,
        patterns: [
          ...options.patterns,
          {
            // A relative climb straight into a forbidden sibling folder (`../trainer/x`, `../../app/y`).
            regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
            message: `lab/ is layered (${LAB_LAYERS.map((l) => l.join(' + ')).join(' < ')}): lab/${folder} may not import ${forbidden.map((f) => `lab/${f}`).join(', ')}`,
          },
        ],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // airi takes no packages at all: any import that is not relative is an error.
    files: ['airi/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^[^.]', message: 'airi/ has zero runtime dependencies: no packages, no node:*' },
          ...['contract', 'lab', 'native-models', 'electron', 'renderer'].map((f) => ({
            group: [`**/${f}`, `**/${f}/**`], message: 'airi/ imports only airi/',
          })),
        ],
      }],
    },
  },
  {
    files: ['airi/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'navigator', 'setTimeout'] },
  },
  {
    files: ['contract/**/*.ts'],
    rules: forbid(['lab', 'native-models', 'electron', 'renderer'], [...nodeBuiltins, ...nativeModules, 'electron', 'svelte'], 'contract/ holds types and guards only'),
  },
  {
    files: ['lab/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: labRule,
  },
  ...LAB_LAYERS.flat().map(labLayerRules),
  {
    files: ['native-models/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(['renderer', 'electron', 'lab'], ['electron'], 'native-models/ may use airi, contract and onnxruntime-node only'),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(['renderer', 'native-models'], [], 'electron/ wires lab/ into the desktop shell; it never imports the renderer'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    languageOptions: { globals: globals.browser },
    rules: forbid(['lab', 'native-models', 'electron'], [...nodeBuiltins, ...nativeModules, 'electron'], 'renderer/ talks to lab/ only through the contract'),
  },
  {
    // The renderer runs airi only in Web Workers (files under a worker/ folder), so a page never blocks
    // on training; elsewhere it may take airi's types, and its source as text (?raw), never its code.
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: ['renderer/**/worker/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^(\\.\\./)+airi(/(?!.*\\?raw$).*)?$', allowTypeImports: true, message: 'renderer/ runs airi in Web Workers only (a worker/ folder); import types or ?raw source here' }],
      }],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', '.ci/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
