#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed; otherwise the same UI in the browser
// through `layerloom serve`, saying so. Builds what is missing first (the renderer, the Electron shell).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectron() {
  let path;
  try {
    // The electron package exports the binary's path; it throws when the download was skipped.
    path = require('electron');
  } catch (err) {
    const detail = String(err?.message ?? err).split('\n')[0];
    return { missing: `node_modules/electron has no binary (${detail}): its download did not run (npm 11 skips install scripts it was not told to allow) or failed (offline, ELECTRON_SKIP_BINARY_DOWNLOAD). For the desktop app run "node node_modules/electron/install.js" once with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an Electron folder` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { missing: `no file at ${path}${process.env.ELECTRON_OVERRIDE_DIST_PATH ? ' (from ELECTRON_OVERRIDE_DIST_PATH)' : ''}` };
  return { path };
}

register();
const { isRendererBuilt, isRendererStale, buildRenderer, BUILD_HINT } = await import('../src/server/rendererBuild.ts');
const args = process.argv.slice(2);
const electron = findElectron();

if ('path' in electron) {
  if (isRendererStale(root)) {
    const outcome = await buildRenderer(root);
    if (!outcome.ok) console.error(`layerloom: the user interface could not be built (${outcome.reason}); ${isRendererBuilt(root) ? 'using the previous build' : BUILD_HINT}.`);
  }
  const { buildElectron } = await import('../electron/build.js');
  await buildElectron({ quiet: true });
  const extra = [];
  // Chromium refuses to run as root without this; say so rather than fail obscurely.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.error('layerloom: running as root, so Electron starts with --no-sandbox');
    extra.push('--no-sandbox');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron.path, [...extra, root, ...args], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
} else {
  console.log(`Electron's binary is not installed (${electron.missing}); starting the browser UI instead.`);
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(['serve', ...args]);
}
