// Where Electron's binary is, or why there is none and what to run: `npm start` prints it when it falls
// back to the browser UI. The hint depends on what is actually installed: no electron package at all (npm
// drops an optional package whose install failed), the package without its binary (its download was
// skipped or failed), or an ELECTRON_OVERRIDE_DIST_PATH that points nowhere.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ require?: (id: string) => unknown, exists?: (path: string) => boolean, env?: Record<string, string | undefined>, range?: string }} [io]
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectron(io = {}) {
  const req = io.require ?? createRequire(join(root, 'package.json'));
  const exists = io.exists ?? existsSync;
  const env = io.env ?? process.env;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const range = io.range ?? electronRange();
  if (override && !exists(override)) {
    return { missing: `ELECTRON_OVERRIDE_DIST_PATH is set to "${override}", which does not exist; point it at an unpacked Electron folder or unset it` };
  }
  let packageInstalled = true;
  try { req('electron/package.json'); } catch { packageInstalled = false; }
  if (!packageInstalled) {
    return { missing: `the electron package is not installed (it is optional: npm leaves it out when its download fails). For the desktop app run "npm install --no-save electron@${range}" with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder` };
  }
  let path;
  try {
    // The electron package exports the binary's path; it throws when the download was skipped.
    path = req('electron');
  } catch (err) {
    const detail = String(err?.message ?? err).split('\n')[0];
    return { missing: `node_modules/electron has no binary (${detail}): its download did not run (npm 11 skips install scripts it was not told to allow) or failed (offline, ELECTRON_SKIP_BINARY_DOWNLOAD). For the desktop app run "node node_modules/electron/install.js" once with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an Electron folder` };
  }
  if (typeof path !== 'string' || !exists(path)) return { missing: `no Electron binary at ${path}${override ? ' (from ELECTRON_OVERRIDE_DIST_PATH)' : ''}` };
  return { path };
}

/** The electron version range package.json asks for. */
function electronRange() {
  try {
    const pkg = createRequire(join(root, 'package.json'))('./package.json');
    return pkg.optionalDependencies?.electron ?? pkg.dependencies?.electron ?? 'latest';
  } catch {
    return 'latest';
  }
}
