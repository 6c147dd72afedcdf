/**
 * Stopping a run (issue 13, item 1): Ctrl-C in `layerloom train` stops after the current batch and keeps the
 * last checkpoint; a second Ctrl-C ends at once, keeping it too (TrainingSession.interruptNow).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession } from '../../src/train/session';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

describe('interrupting a run', () => {
  it('interruptNow keeps the last checkpoint in place, marked interrupted, with no staging or temporary files left', async () => {
    const parent = await tempDir();
    const out = join(parent, 'run');
    const s = new TrainingSession({ project: tinyProject({ epochs: 4 }), data: await tinyData(), outDir: out, tf, backendChoice: await cpuBackend() });
    let kept: string | null | undefined;
    s.on((e) => {
      if (e.type === 'batch' && e.epoch === 2 && e.batch === 2 && kept === undefined) kept = s.interruptNow();
    });
    await s.run();
    expect(kept).toBe(out);
    expect(await readdir(parent)).toEqual(['run']);
    const files = await readdir(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['model.json', 'weights.bin', 'history.json', 'meta.json', 'labels.json', 'project.layerloom.json']));
    const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ status: 'interrupted', epochsCompleted: 1, weightsFromEpoch: 1 });
    expect(JSON.parse(await readFile(join(out, 'history.json'), 'utf8'))).toHaveLength(1);
  });

  it('interruptNow before the first epoch ends leaves nothing', async () => {
    const parent = await tempDir();
    const s = new TrainingSession({ project: tinyProject({ epochs: 2 }), data: await tinyData(), outDir: join(parent, 'run'), tf, backendChoice: await cpuBackend() });
    let kept: string | null | undefined;
    s.on((e) => {
      if (e.type === 'batch' && e.batch === 1 && kept === undefined) kept = s.interruptNow();
    });
    expect((await s.run()).type).toBe('cancelled');
    expect(kept).toBeNull();
    expect(await readdir(parent)).toEqual([]);
  });

  it('Ctrl-C in layerloom train stops after the current batch, keeping epoch 1, and exits 130', async () => {
    const out = join(await tempDir(), 'run');
    const child = spawn(process.execPath, [BIN, 'train', '--template', 'lenet5', '--data', 'synthetic', '--limit', '800', '--epochs', '3', '--batch', '16', '--backend', 'wasm', '--json', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    const events: SessionEvent[] = [];
    let stderr = '';
    let buffered = '';
    let signalledAt = -1;
    let heardAt = -1;
    child.stderr.on('data', (d) => {
      stderr += d;
      if (heardAt < 0 && stderr.includes('stopping after this batch')) heardAt = performance.now();
    });
    child.stdout.on('data', (d) => {
      buffered += d;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        const e = JSON.parse(line) as SessionEvent;
        events.push(e);
        if (e.type === 'batch' && e.epoch === 2 && e.batch === 3 && signalledAt < 0) {
          signalledAt = events.length;
          child.kill('SIGINT');
        }
      }
    });
    const t0 = performance.now();
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code, stderr).toBe(130);
    expect(signalledAt).toBeGreaterThan(0);
    expect(heardAt).toBeGreaterThan(t0);
    // At most the batch that was running when the signal came trains after it.
    expect(events.slice(signalledAt).filter((e) => e.type === 'batch').length).toBeLessThanOrEqual(1);
    expect(events.at(-1)).toMatchObject({ type: 'cancelled', epoch: 1, runDir: out });
    expect(JSON.parse(await readFile(join(out, 'meta.json'), 'utf8'))).toMatchObject({ status: 'cancelled', epochsCompleted: 1 });
  });
});
