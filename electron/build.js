// Bundles the Electron shell (TypeScript in electron/ and the src/ code it uses) into dist/electron with
// esbuild: main.mjs (main process, ESM), preload.cjs (sandboxed preloads must be CommonJS) and
// engine.mjs (the engine's utilityProcess) with decodeWorker.mjs (its decode worker thread). npm packages
// stay external and load from node_modules.
// Usage: node electron/build.js   (bin/start.js runs it before launching Electron).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'dist', 'electron');

/** @param {{ quiet?: boolean, outDir?: string }} [options] */
export async function buildElectron(options = {}) {
  const out = options.outDir ?? OUT_DIR;
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: options.quiet ? 'error' : 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/app/main.ts'], outfile: join(out, 'main.mjs'), format: 'esm' }),
    build({ ...common, entryPoints: ['electron/engine.ts'], outfile: join(out, 'engine.mjs'), format: 'esm' }),
    // The decode worker's thread (src/data/decodeWorkers.ts finds it next to engine.mjs: BUNDLED_WORKER_FILE).
    build({ ...common, entryPoints: ['src/data/decodeWorkerMain.ts'], outfile: join(out, 'decodeWorker.mjs'), format: 'esm' }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(out, 'preload.cjs'), format: 'cjs' }),
  ]);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildElectron();
  console.log(`layerloom: built the Electron shell into ${OUT_DIR}`);
}
