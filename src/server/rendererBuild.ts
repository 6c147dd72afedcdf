/**
 * The browser UI is the renderer built by Vite into dist/renderer. If it is missing, build it once
 * (`vite build` with the top-level vite.config.ts); if that cannot work, say exactly what to run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function rendererDir(projectRoot: string): string {
  return join(projectRoot, 'dist', 'renderer');
}

export function isRendererBuilt(projectRoot: string): boolean {
  return existsSync(join(rendererDir(projectRoot), 'index.html'));
}

function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a source the renderer is built from (renderer/, src/, lessons/, vite.config.ts) is newer than the build. */
export function isRendererStale(projectRoot: string): boolean {
  if (!isRendererBuilt(projectRoot)) return true;
  const built = statSync(join(rendererDir(projectRoot), 'index.html')).mtimeMs;
  const config = existsSync(join(projectRoot, 'vite.config.ts')) ? statSync(join(projectRoot, 'vite.config.ts')).mtimeMs : 0;
  return Math.max(config, newestMtime(join(projectRoot, 'renderer')), newestMtime(join(projectRoot, 'src')), newestMtime(join(projectRoot, 'lessons'))) > built;
}

export type BuildOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export const BUILD_HINT = 'build it with `npx vite build` (vite.config.ts at the top of the checkout, output dist/renderer)';

/** Runs `vite build` in the project root, its output passed through to ours. */
export async function buildRenderer(projectRoot: string, log: (line: string) => void = console.error): Promise<BuildOutcome> {
  if (!existsSync(join(projectRoot, 'vite.config.ts')) && !existsSync(join(projectRoot, 'vite.config.js'))) {
    return { ok: false, reason: 'there is no vite.config.ts yet, so the renderer cannot be built' };
  }
  const viteBin = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) return { ok: false, reason: 'vite is not installed (run `npm install`)' };
  log('layerloom: building the user interface (vite build) …');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', () => resolve(null));
    child.on('exit', (c) => resolve(c));
  });
  if (code !== 0) return { ok: false, reason: `vite build failed (exit ${code ?? 'error'})` };
  if (!isRendererBuilt(projectRoot)) return { ok: false, reason: 'vite build finished but dist/renderer/index.html is missing' };
  return { ok: true };
}

/** Served at "/" when there is no build: says what happened and what to run. */
export function missingBuildPage(reason: string): string {
  const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LayerLoom</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>LayerLoom's interface is not built</h1>
<p>The engine is running, but the user interface could not be built: ${esc(reason)}.</p>
<p>In the LayerLoom folder, ${esc(BUILD_HINT)}, then reload this page.</p>
</body></html>`;
}
