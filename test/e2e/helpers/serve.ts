/** Starts `layerloom serve --port 0 --no-open` (building the renderer first when stale) and hands back its URL. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/renderer when it is missing or older than renderer/, src/, lessons/ or vite.config.ts. */
export function ensureRendererBuilt(): void {
  const index = join(ROOT, 'dist', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'lessons')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (several times
  // slower, and not what users run): build as production.
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

export interface Served {
  /** The full URL with the token, as printed. */
  readonly url: string;
  /** Origin without token. */
  readonly origin: string;
  readonly configDir: string;
  stop(): Promise<void>;
}

/** `cwd`: the engine's working folder (training runs are saved to its `runs/`); default the checkout. */
export async function startServe(options: { configDir?: string; cwd?: string } = {}): Promise<Served> {
  const configDir = options.configDir ?? mkdtempSync(join(tmpdir(), 'layerloom-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'layerloom.js'), 'serve', '--port', '0', '--no-open', '--no-build'], {
    cwd: options.cwd ?? ROOT, env: { ...process.env, LAYERLOOM_CONFIG_DIR: configDir }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /https?:\/\/127\.0\.0\.1:\d+\/\S*token=\S+/.exec(output);
      if (m) { clearTimeout(timer); resolveUrl(m[0]); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited (${code}):\n${output}`)); });
  });
  child.removeAllListeners('exit');
  return {
    url,
    origin: new URL(url).origin,
    configDir,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) { done(); return; }
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 5000);
    }),
  };
}
