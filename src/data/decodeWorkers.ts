/**
 * Decoding off the training thread (issue 17 item 4): worker threads that run decodeFileOrReason
 * (decodeWorkerMain.ts) and hand each image back transferred. The main thread computes half of every
 * training kernel (kernelThreads.ts), so the JavaScript half of a decode (the PNG path, the resize) there
 * made training wait; in a worker it only takes a share of a core.
 *
 * - Several requests per worker at once (sharp's work is asynchronous); each goes to the worker with the
 *   fewest pending. The callers bound how many are in flight (the pools' concurrency), so memory too.
 * - Workers are unref'd while idle, so they never keep a process alive, and ref'd while they owe a reply
 *   (an awaited decode must keep it alive); the shared pool closes itself after IDLE_CLOSE_MS without
 *   requests (a dataset done with, an aborted run) and starts again on the next one.
 * - A worker that stops (crash, terminate) rejects its pending requests with a DecodeWorkerStoppedError and is
 *   replaced on the next request; {@link decodeOffThread} then decodes those files in the main thread.
 * - A worker that cannot start (no tsx, no bundled entry) turns the pool off: decoding falls back to the
 *   main thread, said once on stderr; the run never fails for it.
 *
 * How the worker's code is found: from source (tsx CLI, `layerloom serve`, vitest) an eval'd bootstrap
 * registers tsx in the worker (the main thread's registration does not reach workers) and imports
 * decodeWorkerMain.ts; bundled (electron/build.js) this module is inside engine.mjs and the entry is
 * decodeWorker.mjs next to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { augmentBatch, type AugmentDraw } from './augment.ts';
import { decodeFileOrReason } from './decode.ts';
import type { DecodeReply, DecodeRequest } from './decodeWorkerProtocol.ts';
import { SkipError } from './skipReasons.ts';
import type { InputShape, ResizeMode } from './types.ts';

/** The bundled worker entry's file name, next to the bundle holding this module (electron/build.js). */
export const BUNDLED_WORKER_FILE = 'decodeWorker.mjs';
/** The shared pool closes after this long without a request. */
export const IDLE_CLOSE_MS = 20_000;

/** A decode worker stopped with requests pending (each rejects with this). */
export class DecodeWorkerStoppedError extends Error {
  constructor(readonly why: string) {
    super(`the decode worker stopped (${why}) before this file was decoded`);
    this.name = 'DecodeWorkerStoppedError';
  }
}

/** No decode worker could start: decode in the main thread. */
export class DecodeWorkerUnavailableError extends Error {
  constructor(readonly why: string) {
    super(`the decode worker could not start (${why})`);
    this.name = 'DecodeWorkerUnavailableError';
  }
}

/**
 * Workers for the pool: LAYERLOOM_DECODE_WORKERS when set (0 = decode in the main thread), else one per four
 * cores, at least one. Measured on 2 cores: one worker (see pipelineBench.ts).
 */
export function decodeWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.LAYERLOOM_DECODE_WORKERS;
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return Math.max(1, Math.floor(availableParallelism() / 4));
}

/** Starts one decode worker running decodeWorkerMain (see the file comment). */
export function spawnDecodeWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${BUNDLED_WORKER_FILE}`, here), { execArgv: [] });
  const entry = new URL('./decodeWorkerMain.ts', here).href;
  const bootstrap = 'const { workerData: d } = require("node:worker_threads"); import(d.tsxApi).then((t) => t.register()).then(() => import(d.entry));';
  return new Worker(bootstrap, { eval: true, workerData: { tsxApi: tsxApiUrl(here), entry }, execArgv: [] });
}

/**
 * tsx's ESM register API (tsx/esm/api, its "import" file): its CommonJS twin computes its loader's path
 * wrongly when called from a worker's eval'd code, and require.resolve only finds that twin.
 */
function tsxApiUrl(from: string): string {
  const require = createRequire(from);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return new URL(pkg.exports['./esm/api'].import.default, pathToFileURL(pkgPath)).href;
}

interface Pending {
  resolve(image: Float32Array): void;
  reject(err: unknown): void;
}

/** One worker and the requests it owes. */
class DecodeWorker {
  readonly pending = new Map<number, Pending>();
  ready = false;
  stopped = false;

  constructor(readonly worker: Worker, onStop: (w: DecodeWorker, why: string) => void) {
    worker.unref();
    worker.on('message', (m: DecodeReply) => {
      if ('ready' in m) {
        this.ready = true;
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.settled(m.id);
      if ('image' in m) p.resolve(m.image);
      else if ('failed' in m) p.reject(new Error(m.failed));
      else p.reject(new SkipError(m.code, m.params));
    });
    // An error the worker could not catch must not become this process's uncaught exception.
    worker.on('error', (err) => onStop(this, err.message));
    worker.on('exit', (code) => onStop(this, `exit code ${code}`));
  }

  post(request: DecodeRequest, p: Pending): void {
    if (this.pending.size === 0) this.worker.ref();
    this.pending.set(request.id, p);
    this.worker.postMessage(request);
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }
}

export class DecodeWorkers {
  private workers: DecodeWorker[] = [];
  private nextId = 0;
  /** Why the pool is off (a worker could not start), once it is. */
  unavailable: string | undefined;

  constructor(readonly size: number, private readonly spawn: () => Worker = spawnDecodeWorker) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`decode workers must be a whole number ≥ 1 (got ${size})`);
  }

  /** The workers running now (tests stop one to see the pool recover). */
  get threads(): readonly Worker[] {
    return this.workers.map((w) => w.worker);
  }

  /** Starts the workers now (they load sharp and the decoders while the caller does other things). */
  warm(): void {
    while (!this.unavailable && this.workers.length < this.size) this.start();
  }

  /**
   * decodeFileOrReason in a worker: the same image, or the same SkipError. Rejects with a
   * DecodeWorkerStoppedError when its worker stops first, a DecodeWorkerUnavailableError when none can start.
   */
  decode(path: string, input: InputShape, resize: ResizeMode): Promise<Float32Array> {
    return this.request((id) => ({ id, path, input: [input[0], input[1], input[2]], resize }));
  }

  /**
   * augmentBatch in a worker (x is copied there, so it stays the caller's). Rejects like {@link decode}, or with
   * the worker's error.
   */
  augment(x: Float32Array, shape: InputShape, draws: readonly AugmentDraw[]): Promise<Float32Array> {
    return this.request((id) => ({ id, augment: { x, shape: [shape[0], shape[1], shape[2]], draws } }));
  }

  private request(make: (id: number) => DecodeRequest): Promise<Float32Array> {
    this.warm();
    if (this.unavailable) return Promise.reject(new DecodeWorkerUnavailableError(this.unavailable));
    let best = this.workers[0];
    for (const w of this.workers) if (w.pending.size < best.pending.size) best = w;
    const request = make(this.nextId++);
    return new Promise((resolve, reject) => best.post(request, { resolve, reject }));
  }

  /** Requests not answered yet. */
  get pendingCount(): number {
    return this.workers.reduce((n, w) => n + w.pending.size, 0);
  }

  /** Stops every worker; pending requests reject (DecodeWorkerStoppedError). The pool starts again on a request. */
  async close(): Promise<void> {
    const workers = this.workers;
    for (const w of workers) this.stop(w, 'closed'); // before their exit events, which would say "stopped"
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = this.spawn();
    } catch (err) {
      this.unavailable = (err as Error).message;
      return;
    }
    this.workers.push(new DecodeWorker(worker, (w, why) => this.stop(w, why)));
  }

  private stop(w: DecodeWorker, why: string): void {
    if (w.stopped) return;
    w.stopped = true;
    this.workers = this.workers.filter((x) => x !== w);
    // Stopped before it had loaded: it cannot start here, so no worker will (decoding falls back to the main thread).
    if (!w.ready && why !== 'closed') this.unavailable = why;
    const error = this.unavailable ? new DecodeWorkerUnavailableError(this.unavailable) : new DecodeWorkerStoppedError(why);
    for (const p of w.pending.values()) p.reject(error);
    w.pending.clear();
    void w.worker.terminate();
  }
}

let shared: DecodeWorkers | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let toldFallback = false;

/** The process's decode pool (undefined when LAYERLOOM_DECODE_WORKERS=0 or no worker can start). */
export function sharedDecodeWorkers(): DecodeWorkers | undefined {
  if (shared?.unavailable) return undefined;
  if (!shared) {
    const n = decodeWorkerCount();
    if (n === 0) return undefined;
    shared = new DecodeWorkers(n);
  }
  return shared;
}

/** Closes the shared pool once it has had no request for IDLE_CLOSE_MS (checked after each reply). */
function closeWhenIdle(pool: DecodeWorkers): void {
  clearTimeout(idleTimer);
  if (pool.pendingCount > 0) return;
  idleTimer = setTimeout(() => {
    if (pool.pendingCount === 0) void pool.close();
  }, IDLE_CLOSE_MS);
  idleTimer.unref();
}

function fallBack(err: DecodeWorkerUnavailableError): void {
  if (toldFallback) return;
  toldFallback = true;
  console.error(`layerloom: ${err.message}; decoding images in the main thread`);
}

/**
 * Work through the shared pool, else in this thread (`here`): when there is no pool, when no worker can start,
 * or when the error is one `hereAfter` accepts (a worker that stopped, …); any other error is the caller's.
 */
async function offThread(inPool: (pool: DecodeWorkers) => Promise<Float32Array>, here: () => Promise<Float32Array>, hereAfter: (err: unknown) => boolean): Promise<Float32Array> {
  const pool = sharedDecodeWorkers();
  if (!pool) return here();
  clearTimeout(idleTimer);
  try {
    return await inPool(pool);
  } catch (err) {
    if (err instanceof DecodeWorkerUnavailableError) fallBack(err);
    else if (!hereAfter(err)) throw err;
    return here();
  } finally {
    closeWhenIdle(pool);
  }
}

/**
 * decodeFileOrReason through the shared pool: the same image or the same SkipError. A file whose worker
 * stopped, or any file when no worker can start, is decoded in the main thread instead.
 */
export function decodeOffThread(path: string, input: InputShape, resize: ResizeMode): Promise<Float32Array> {
  return offThread((pool) => pool.decode(path, input, resize), () => decodeFileOrReason(path, input, resize), (err) => err instanceof DecodeWorkerStoppedError);
}

/**
 * augmentBatch through the shared pool: the same images, computed off the training thread. Without a worker
 * (none, stopped, or it failed), in this thread.
 */
export function augmentOffThread(x: Float32Array, shape: InputShape, draws: readonly AugmentDraw[]): Promise<Float32Array> {
  return offThread((pool) => pool.augment(x, shape, draws), async () => augmentBatch(x, shape, draws), () => true);
}

/** Starts the shared pool's workers ahead of the first decode (a folder being opened for training). */
export function warmDecodeWorkers(): void {
  const pool = sharedDecodeWorkers();
  if (!pool) return;
  pool.warm();
  closeWhenIdle(pool);
}
