// The decode worker pool (src/data/decodeWorkers.ts): the same pixels and the same SkipErrors as
// decodeFileOrReason in this thread; a stopped worker's requests reject and the pool recovers; a worker
// that cannot start turns the pool off; nothing keeps a process alive; the Electron bundle finds its worker.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without declarations
import { buildElectron } from '../../electron/build.js';
import { createRng, drawShape } from '../../src/data/index.ts';
import { decodeFileOrReason } from '../../src/data/decode.ts';
import { BUNDLED_WORKER_FILE, DecodeWorkers, DecodeWorkerStoppedError, DecodeWorkerUnavailableError, decodeWorkerCount } from '../../src/data/decodeWorkers.ts';
import { SkipError } from '../../src/data/skipReasons.ts';
import type { InputShape, ResizeMode } from '../../src/data/types.ts';
import { encodeImage, type Encoding } from './fixtures.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const W = 40;
const H = 30;
const picture = drawShape(2, [H, W, 3], createRng(11), 0.05);
const FILES: [string, Encoding][] = [
  ['photo.jpg', 'jpeg'],
  ['rgb.png', 'png'],
  ['grey.png', 'png-gray'],
  ['rgba.png', 'png-rgba'],
  ['palette.png', 'png-palette'],
];
// [input, resize]: at the file's size, smaller, letterboxed into a square, grey from colour.
const SHAPES: [InputShape, ResizeMode][] = [
  [[H, W, 3], 'stretch'],
  [[16, 16, 3], 'crop'],
  [[32, 32, 3], 'letterbox'],
  [[20, 24, 1], 'stretch'],
];

let dir: string;
const pool = new DecodeWorkers(2);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layerloom-decode-workers-'));
  await Promise.all(FILES.map(async ([name, enc]) => writeFile(join(dir, name), await encodeImage(picture, W, H, enc))));
  const jpeg = await encodeImage(picture, W, H, 'jpeg');
  await writeFile(join(dir, 'truncated.jpg'), jpeg.subarray(0, jpeg.length >> 1));
  await writeFile(join(dir, 'garbage.png'), Buffer.from('not a png at all, just text'));
  await writeFile(join(dir, 'empty.jpg'), Buffer.alloc(0));
});

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

/** What decodeFileOrReason rejects with, as plain fields (or undefined when it resolves). */
async function reasonOf(p: Promise<Float32Array>): Promise<{ name: string; code: string; message: string; params: unknown } | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    const e = err as SkipError;
    return { name: e.name, code: e.code, message: e.message, params: e.params };
  }
}

describe('DecodeWorkers', () => {
  it('gives the same floats as decodeFileOrReason in this thread (JPEG, PNG, grey, RGBA, palette; resized, letterboxed)', async () => {
    for (const [name] of FILES) {
      for (const [input, resize] of SHAPES) {
        const path = join(dir, name);
        const [off, here] = await Promise.all([pool.decode(path, input, resize), decodeFileOrReason(path, input, resize)]);
        expect(off, `${name} ${input} ${resize}`).toBeInstanceOf(Float32Array);
        expect(off.length).toBe(input[0] * input[1] * input[2]);
        expect(Buffer.from(off.buffer, off.byteOffset, off.byteLength).equals(Buffer.from(here.buffer, here.byteOffset, here.byteLength)), `${name} ${input} ${resize}`).toBe(true);
      }
    }
  });

  it('rejects with the same SkipError (code, params, message) for corrupt, empty, vanished and folder paths', async () => {
    for (const name of ['truncated.jpg', 'garbage.png', 'empty.jpg', 'gone.jpg', '.']) {
      const path = join(dir, name);
      const off = await reasonOf(pool.decode(path, [H, W, 3], 'stretch'));
      const here = await reasonOf(decodeFileOrReason(path, [H, W, 3], 'stretch'));
      expect(here, name).toBeDefined();
      expect(off, name).toEqual(here);
    }
    await expect(pool.decode(join(dir, 'gone.jpg'), [H, W, 3], 'stretch')).rejects.toBeInstanceOf(SkipError);
  });

  it('answers many concurrent requests, each with its own image', async () => {
    const want = await Promise.all(FILES.map(([name]) => decodeFileOrReason(join(dir, name), [16, 16, 3], 'stretch')));
    const got = await Promise.all(Array.from({ length: 300 }, (_, k) => pool.decode(join(dir, FILES[k % FILES.length][0]), [16, 16, 3], 'stretch')));
    got.forEach((image, k) => expect(image).toEqual(want[k % FILES.length]));
    expect(pool.pendingCount).toBe(0);
    expect(pool.threads.length).toBe(2);
  });

  it('rejects the requests of a worker that stops, and starts another for the next ones', async () => {
    const one = new DecodeWorkers(1);
    try {
      const path = join(dir, 'photo.jpg');
      const want = await one.decode(path, [H, W, 3], 'stretch'); // the worker has loaded
      const [worker] = one.threads;
      const pending = Array.from({ length: 8 }, () => one.decode(path, [H, W, 3], 'stretch'));
      await worker.terminate();
      for (const p of pending) await expect(p).rejects.toBeInstanceOf(DecodeWorkerStoppedError);
      await expect(pending[0]).rejects.toThrow(/decode worker stopped/);
      expect(one.pendingCount).toBe(0);
      expect(one.unavailable).toBeUndefined();
      await expect(one.decode(path, [H, W, 3], 'stretch')).resolves.toEqual(want);
      expect(one.threads.length).toBe(1);
      expect(one.threads[0]).not.toBe(worker);
    } finally {
      await one.close();
    }
  });

  it('turns itself off when a worker cannot start (its requests and later ones reject as unavailable)', async () => {
    const broken = new DecodeWorkers(1, () => new Worker('throw new Error("no decoder here")', { eval: true }));
    await expect(broken.decode(join(dir, 'photo.jpg'), [H, W, 3], 'stretch')).rejects.toBeInstanceOf(DecodeWorkerUnavailableError);
    expect(broken.unavailable).toMatch(/no decoder here/);
    await expect(broken.decode(join(dir, 'photo.jpg'), [H, W, 3], 'stretch')).rejects.toThrow(/could not start \(no decoder here\)/);
    const throwing = new DecodeWorkers(1, () => { throw new Error('no threads'); });
    await expect(throwing.decode(join(dir, 'photo.jpg'), [H, W, 3], 'stretch')).rejects.toBeInstanceOf(DecodeWorkerUnavailableError);
  });

  it('takes its worker count from LAYERLOOM_DECODE_WORKERS, else one per four cores (at least one)', () => {
    expect(decodeWorkerCount({ LAYERLOOM_DECODE_WORKERS: '0' })).toBe(0);
    expect(decodeWorkerCount({ LAYERLOOM_DECODE_WORKERS: '3' })).toBe(3);
    expect(decodeWorkerCount({ LAYERLOOM_DECODE_WORKERS: 'many' })).toBeGreaterThanOrEqual(1);
    expect(decodeWorkerCount({})).toBeGreaterThanOrEqual(1);
  });
});

/** Runs `script` (an ES module) with plain node and `args`; its stdout parsed as JSON. Fails if it does not exit by itself. */
function runNode(args: string[], script: string): unknown {
  const r = spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.signal, `${r.stderr}`).toBeNull(); // a worker left ref'd would keep it alive until the timeout
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** A script decoding photo.jpg and rgb.png through `modUrl`'s pool and its decodeOffThread, never closing anything. */
const probe = (modUrl: string) => `
  const m = await import(${JSON.stringify(modUrl)});
  const pool = new m.DecodeWorkers(1);
  const out = [];
  for (const f of ${JSON.stringify(['photo.jpg', 'rgb.png'].map((n) => join(dir, n)))}) {
    out.push(Array.from(await pool.decode(f, [${H}, ${W}, 3], 'letterbox')));
    out.push(Array.from(await m.decodeOffThread(f, [${H}, ${W}, 3], 'letterbox')));
  }
  console.log(JSON.stringify(out));`;

describe('the worker found in every way LayerLoom runs', () => {
  const expected = async () => {
    const out: number[][] = [];
    for (const n of ['photo.jpg', 'rgb.png']) {
      const image = Array.from(await decodeFileOrReason(join(dir, n), [H, W, 3], 'letterbox'));
      out.push(image, image);
    }
    return out;
  };

  it('from source under tsx (the CLI, layerloom serve), and the process exits with the pool left open', async () => {
    const mod = pathToFileURL(join(ROOT, 'src', 'data', 'decodeWorkers.ts')).href;
    expect(runNode(['--import', 'tsx'], probe(mod))).toEqual(await expected());
  });

  it('bundled by electron/build.js: run with plain node (no tsx), next to its decodeWorker.mjs', async () => {
    // Inside node_modules so the bundles' external packages (sharp) resolve as from dist/electron.
    const out = await mkdtemp(join(ROOT, 'node_modules', '.layerloom-decode-bundle-'));
    try {
      await buildElectron({ quiet: true, outDir: out });
      // This module as engine.mjs holds it: bundled into a file next to the worker's.
      await build({ entryPoints: [join(ROOT, 'src', 'data', 'decodeWorkers.ts')], outfile: join(out, 'probe.mjs'), bundle: true, platform: 'node', target: 'node20', packages: 'external', format: 'esm', logLevel: 'error' });
      expect(BUNDLED_WORKER_FILE).toBe('decodeWorker.mjs');
      expect(runNode([], probe(pathToFileURL(join(out, 'probe.mjs')).href))).toEqual(await expected());
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
