/**
 * Any kernel failure ends the run with a clear error and never takes the engine down (issue 13, item 3).
 * - tfjs-backend-wasm's Emscripten glue installs process handlers that rethrow any uncaught exception or
 *   unhandled rejection: Node then exits with code 7, which is how one failure took `layerloom serve` down.
 * - A trap in a kernel during training (memory access out of bounds) is the run's error, named as such;
 *   the backend is replaced and the next run in the same engine trains.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from '../../../src/train/backends/selectBackend';
import { TrainingSession } from '../../../src/train/session';
import { tinyData, tinyProject } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('a failure in the wasm backend', () => {
  it('an unhandled rejection after the wasm backend loaded does not end the process (it exited with code 7)', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'layerloom-handlers-')), 'host.mts');
    writeFileSync(script, `
      import { selectBackend } from ${JSON.stringify(join(ROOT, 'src/train/backends/selectBackend.ts'))};
      await selectBackend('wasm');
      // The host's own policy, as serve and the Electron engine have: log it and go on.
      process.on('unhandledRejection', (r) => console.log('logged: ' + (r as Error).message));
      void Promise.reject(new Error('stray'));
      setTimeout(() => console.log('still serving'), 200);
    `);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout, r.stderr.slice(-800)).toContain('logged: stray');
    expect(r.stdout).toContain('still serving');
    expect(r.status).toBe(0);
  }, 90_000);

  it('a trap in a kernel ends the run with a kernel error; the next run in the same engine trains', async () => {
    await selectBackend('wasm');
    const data = await tinyData();
    const parent = mkdtempSync(join(tmpdir(), 'layerloom-trap-'));
    // The filter gradient traps from its fourth call on, as a kernel reading past the end of the memory does
    // (a kernel every training step runs: the ReLU no longer is one, it runs inside the fused convolution).
    const TRAPPED = 'Conv2DBackpropFilter';
    const original = tf.getKernel(TRAPPED, 'wasm')!;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const trap = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([
      // (module (import "e" "m" (memory 1)) (func (export "f") (drop (i32.load (i32.const -1)))))
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 8, 1, 1, 101, 1, 109, 2, 0, 1, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0,
      10, 10, 1, 8, 0, 65, 127, 40, 2, 0, 26, 11,
    ])), { e: { m: memory } }).exports.f as () => void;
    let calls = 0;
    tf.unregisterKernel(TRAPPED, 'wasm');
    tf.registerKernel({ ...original, kernelFunc: (args) => { if (++calls > 3) trap(); return original.kernelFunc(args); } });
    try {
      const s = new TrainingSession({ project: tinyProject({ epochs: 1, backend: 'wasm' }), data, outDir: join(parent, 'a') });
      const final = await s.run();
      expect(final).toMatchObject({ type: 'error', where: 'train', messageCode: { code: 'train.error.kernelFailed' }, hintCode: { code: 'hint.train.kernelFailed' } });
      if (final.type === 'error') expect(final.message).toMatch(/a compute kernel failed: .*out of bounds/);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      tf.unregisterKernel(TRAPPED, 'wasm');
      tf.registerKernel(original);
    }
    const again = await new TrainingSession({ project: tinyProject({ epochs: 1, backend: 'wasm' }), data, outDir: join(parent, 'b') }).run();
    expect(again.type, JSON.stringify(again).slice(0, 300)).toBe('done');
  }, 120_000);
});
