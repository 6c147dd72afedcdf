#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed; otherwise the same UI in the browser
// through `layerloom serve`, saying so. Builds what is missing first (the renderer, the Electron shell).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { findElectron } from './findElectron.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
