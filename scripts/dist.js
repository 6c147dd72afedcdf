#!/usr/bin/env node
// `npm run dist [-- --linux|--win|--mac …]`: installers with electron-builder (electron-builder.yml).
// Checks first, and says exactly what is missing: Electron's binary (node_modules/electron, or
// ELECTRON_OVERRIDE_DIST_PATH), electron-builder (the local one, else `npx electron-builder@26`,
// which needs the npm registry). Then builds the renderer (vite) and the Electron shell (esbuild), and
// packages. Without a platform flag it builds this platform's targets using the local Electron binary;
// other platforms' Electron downloads happen inside electron-builder and need network access.
// `--check` only reports what is there and what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const builderArgs = args.filter((a) => a !== '--check');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The folder holding Electron's binary, or why there is none. */
function electronDist() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsSync(override) ? { dir: override } : { missing: `ELECTRON_OVERRIDE_DIST_PATH=${override} does not exist` };
  let binary;
  try {
    binary = require('electron');
  } catch (err) {
    const why = String(err?.message ?? err).split('\n')[0];
    return { missing: `Electron's binary is not installed (${why}). The electron package downloads it in its postinstall; it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD) or offline. Fix: \`npm rebuild electron\` with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${electronVersion()} folder` };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { missing: `Electron's binary is missing at ${binary}` };
  return { dir: join(require.resolve('electron'), '..', 'dist') };
}

function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    return '(the version in package.json)';
  }
}

/** The electron-builder command: the project's own, else npx fetching it from the npm registry. */
function builderCommand() {
  try {
    const bin = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
    return { cmd: process.execPath, pre: [bin], how: 'node_modules/electron-builder' };
  } catch {
    return { cmd: npx, pre: ['--yes', 'electron-builder@26'], how: 'npx electron-builder@26 (not in node_modules: fetched from the npm registry)' };
  }
}

function run(cmd, argv, what) {
  console.log(`dist: ${what}`);
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`dist: ${what} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

const electron = electronDist();
const builder = builderCommand();
const ICONS = ['icon.png', 'icon.ico', 'icon.icns'];
const missingIcons = ICONS.filter((f) => !existsSync(join(root, 'assets', f)));
const icon = missingIcons.length === 0;
console.log(`dist: Electron binary: ${electron.dir ?? `MISSING — ${electron.missing}`}`);
console.log(`dist: electron-builder: ${builder.how}`);
console.log(`dist: icon: ${icon ? 'assets/icon.png, .ico, .icns' : `MISSING ${missingIcons.map((f) => `assets/${f}`).join(', ')} (node scripts/icons.js makes them from assets/icon.svg)`}`);
if (!electron.dir || !icon) {
  console.error('dist: cannot build installers here: ' + [!electron.dir && 'no Electron binary', !icon && 'no icon'].filter(Boolean).join(', ')
    + '. Nothing was built. (`npm start` still runs the UI in a browser via `layerloom serve`.)');
  process.exit(1);
}
if (checkOnly) process.exit(0);

run(npx, ['vite', 'build'], 'building the renderer (vite → dist/renderer)');
run(process.execPath, ['electron/build.js'], 'building the Electron shell (esbuild → dist/electron)');
// With a platform flag electron-builder fetches that platform's Electron itself; otherwise use the local binary.
const platformChosen = builderArgs.some((a) => /^(--(linux|win|windows|mac|macos|mwl)|-[lwm]+)$/.test(a));
const hostElectron = platformChosen ? [] : [`--config.electronDist=${electron.dir}`, `--config.electronVersion=${electronVersion()}`];
run(builder.cmd, [...builder.pre, '--config', 'electron-builder.yml', ...hostElectron, ...builderArgs], 'packaging with electron-builder → dist/installers');
console.log('dist: installers are in dist/installers');
