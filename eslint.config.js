// Layers by where code runs (docs/architecture.md): the allowed imports are data here, and breaking them is an error.
import { readdirSync, readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// AssemblyScript sources (marked "@ts-nocheck — AssemblyScript"; decorators such as @inline are not TypeScript)
// are type-checked by asc in scripts/wasm/check.sh, not here.
const WASM_SOURCES = new URL('./scripts/wasm/', import.meta.url);
const ASSEMBLYSCRIPT = readdirSync(WASM_SOURCES).filter((f) => f.endsWith('.ts'))
  .filter((f) => /@ts-nocheck — AssemblyScript/.test(readFileSync(new URL(f, WASM_SOURCES), 'utf8').slice(0, 400)))
  .map((f) => `scripts/wasm/${f}`);

const restrict = (patterns) => ({ 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
const UI = { group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', '@xyflow/react', 'recharts'], message: 'src/ is the core: it never imports the UI or Electron.' };
const OURS = (names) => ({ group: names.map((n) => `**/${n}/**`).concat(names.map((n) => `../${n}`)), message: 'This layer may not depend on that one (docs/architecture.md, "Who may import whom").' });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'runs/**', 'renderer/dist/**', 'build/**', 'assets/**', 'src/train/wasm/generated/**', ...ASSEMBLYSCRIPT] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/**'], rules: restrict([UI]) },
  { files: ['src/graph/**'], rules: restrict([UI, OURS(['compile', 'data', 'train', 'export', 'protocol', 'cli', 'server', 'files', 'messages', 'diagram']), { group: ['@tensorflow/*'], allowTypeImports: true, message: 'src/graph loads no tfjs at run time (type imports only): the tfjs namespace is injected.' }]) },
  { files: ['src/diagram/**'], rules: restrict([UI, OURS(['compile', 'data', 'train', 'export', 'protocol', 'cli', 'server', 'files', 'messages'])]) },
  { files: ['src/compile/**'], rules: restrict([UI, OURS(['data', 'train', 'export', 'protocol', 'cli', 'server', 'files', 'messages'])]) },
  { files: ['src/data/**'], rules: restrict([UI, OURS(['graph', 'compile', 'train', 'export', 'protocol', 'cli', 'server'])]) },
  { files: ['src/train/**'], rules: restrict([UI, OURS(['export', 'protocol', 'cli', 'server'])]) },
  { files: ['src/messages/**'], rules: restrict([UI, OURS(['graph', 'compile', 'data', 'train', 'export', 'protocol', 'cli', 'server', 'files'])]) },
  { files: ['src/protocol/**'], rules: restrict([UI, OURS(['compile', 'data', 'train', 'export', 'cli', 'server', 'files'])]) },
  { files: ['src/export/**'], rules: restrict([UI, OURS(['data', 'train', 'protocol', 'cli', 'server'])]) },
  { files: ['src/files/**'], rules: restrict([UI, OURS(['graph', 'compile', 'data', 'train', 'export', 'protocol', 'cli', 'server', 'messages'])]) },
  // The engine's handlers in train, data and export are loaded lazily (handlerModules.ts, dynamic imports), never statically.
  { files: ['src/server/**'], rules: restrict([UI, OURS(['compile', 'data', 'train', 'export', 'cli'])]) },
  { files: ['renderer/**'], rules: restrict([{ group: ['**/electron/**', 'electron', '**/src/train/**', '**/src/data/**', '**/src/cli/**', '@tensorflow/tfjs-node*'], message: 'The renderer talks to the engine only through src/protocol.' }]) },
);
