/**
 * The PyTorch side of `layerloom bench --compare`: finds the reference script (torch_reference.py,
 * which trains the bench's models layer for layer in PyTorch with the same protocol and prints one
 * JSON object), checks that the Python interpreter has torch, runs the script and reads its figures.
 * The script ships in the repository (scripts/bench/torch_reference.py); another copy can be passed by
 * path, named by LAYERLOOM_TORCH_REFERENCE, or found as shared/bench/torch_reference.py in a folder above
 * the checkout or the working directory when the repository's is missing (a packaged app).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_RELATIVE = join('shared', 'bench', 'torch_reference.py');
/** The copy in the repository. */
export const REFERENCE_IN_REPO = join('scripts', 'bench', 'torch_reference.py');

/** A reason --compare cannot run, with the fix (printed by the CLI; exit code 2). */
export class ReferenceUnavailableError extends Error {}

export interface TorchReport {
  readonly torch: string;
  readonly threads: number;
  readonly models: Readonly<Record<string, { readonly params: number; readonly imagesPerSec: number }>>;
}

/** Folders from `start` up to the file system's root. */
function upFrom(start: string): string[] {
  const out: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    out.push(dir);
    if (dirname(dir) === dir) return out;
  }
}

/**
 * The reference script's path: `explicit` (from --compare PATH) when given, else
 * LAYERLOOM_TORCH_REFERENCE, else the repository's scripts/bench/torch_reference.py, else the first
 * shared/bench/torch_reference.py above the checkout or `cwd`.
 */
export function findReferenceScript(
  explicit?: string, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env, checkout = fileURLToPath(new URL('../../..', import.meta.url)),
): string {
  const given = explicit ?? env.LAYERLOOM_TORCH_REFERENCE;
  if (given) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      throw new ReferenceUnavailableError(`the PyTorch reference script ${path} does not exist: pass its path as --compare PATH`);
    }
    return path;
  }
  const tried = [join(checkout, REFERENCE_IN_REPO), ...[...new Set([...upFrom(checkout), ...upFrom(cwd)])].map((d) => join(d, REFERENCE_RELATIVE))];
  const found = tried.find((p) => existsSync(p));
  if (!found) {
    throw new ReferenceUnavailableError(
      `no PyTorch reference script found (looked for ${REFERENCE_IN_REPO} in ${checkout} and ${REFERENCE_RELATIVE} above it and ${cwd}): pass its path as --compare PATH or set LAYERLOOM_TORCH_REFERENCE`);
  }
  return found;
}

/** Debian's Python (where python3-torch installs) when present, else python3 on the PATH. */
export function referencePython(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Throws when `python` cannot import torch, saying how to install it. */
export function checkTorch(python: string): void {
  const probe = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : (probe.stderr.trim().split('\n').at(-1) ?? `exit ${probe.status}`);
    throw new ReferenceUnavailableError(
      `--compare needs PyTorch in ${python} (${why}). On Debian or Ubuntu: apt-get install -y python3-torch`);
  }
}

/** Parses the script's output: its last line is one JSON object. */
export function parseTorchReport(stdout: string): TorchReport {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new ReferenceUnavailableError(`the PyTorch reference script printed no JSON (last line: "${line.slice(0, 200)}")`);
  }
  const report = parsed as Partial<TorchReport>;
  const models = report.models;
  if (!models || typeof models !== 'object' || Object.values(models).some((m) => !(typeof m?.imagesPerSec === 'number' && m.imagesPerSec > 0))) {
    throw new ReferenceUnavailableError(`the PyTorch reference script's JSON has no models with imagesPerSec: ${line.slice(0, 200)}`);
  }
  return { torch: String(report.torch ?? '?'), threads: Number(report.threads ?? 0), models };
}

/** Runs the script with `threads` PyTorch threads and returns its figures. */
export function runReference(python: string, script: string, threads: number): Promise<TorchReport> {
  return new Promise((done, fail) => {
    execFile(python, [script, String(threads)], { maxBuffer: 1 << 20, timeout: 30 * 60_000 }, (err, stdout, stderr) => {
      if (err) {
        fail(new ReferenceUnavailableError(`the PyTorch reference script failed (${err.message.split('\n')[0]}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
        return;
      }
      try {
        done(parseTorchReport(stdout));
      } catch (e) {
        fail(e);
      }
    });
  });
}
