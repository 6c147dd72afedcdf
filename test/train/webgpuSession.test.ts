/**
 * Training runs on webgpu end to end (on CI: SwiftShader): the run names its adapter, streams feature maps,
 * evaluates, and its saved weights predict on wasm what the model predicted on webgpu; tensors and GPU
 * memory go back to where they were after several runs in one engine; a GPU out of memory ends the run
 * with a clear error that offers a smaller batch. `auto` never takes a software adapter.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { trainEventSchema } from '../../src/protocol/trainSchemas';
import { describeAdapter } from '../../src/train/backends/webgpu/adapterFacts';
import { gpuMemory } from '../../src/train/backends/webgpu/gpuMemory';
import { webGpuDevice } from '../../src/train/backends/webgpu/webgpuBackend';
import { selectBackend } from '../../src/train/backends/selectBackend';
import type { SessionEvent } from '../../src/train/events';
import { evaluateSplit } from '../../src/train/evaluate';
import { loadRun, predictPixels } from '../../src/train/predict';
import { TrainingSession } from '../../src/train/session';
import { startSession } from '../../src/train/trainingSessions';
import { tempDir, tinyData, tinyGraph, tinyProject } from './helpers';
import { SLOW, webgpuOrSkip } from './backends/webgpuHarness';

const gpu = await webgpuOrSkip('webgpuSession');

/** Runs a session the way the engine does (startSession disposes it at the end) and collects its events. */
async function engineRun(session: TrainingSession): Promise<SessionEvent[]> {
  const events: SessionEvent[] = [];
  await new Promise<void>((resolve) => {
    startSession(session, {}, (e) => {
      events.push(e);
      if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') setImmediate(resolve);
    }, () => undefined);
  });
  return events;
}

describe.skipIf(!gpu)('training on webgpu', SLOW, () => {
  it('names the adapter, streams feature maps, evaluates; the saved run predicts on wasm as the model did on webgpu', async () => {
    await tf.setBackend('webgpu');
    const out = join(await tempDir(), 'run');
    const data = await tinyData();
    const events: SessionEvent[] = [];
    const s = new TrainingSession({
      project: tinyProject({ epochs: 2, batchSize: 20 }, tinyGraph(3, false)), data, outDir: out, tf, backendChoice: gpu!,
      featureMaps: { enabled: true, everyMs: 0 },
    });
    s.on((e) => events.push(e));
    const final = await s.run();
    expect(final.type, JSON.stringify(final)).toBe('done');
    for (const e of events) expect(() => trainEventSchema.parse(e), e.type).not.toThrow();
    const started = events.find((e) => e.type === 'started');
    expect(started).toMatchObject({ backend: 'webgpu', device: gpu!.device!.summary });
    const maps = events.filter((e) => e.type === 'featureMaps');
    expect(maps.length).toBeGreaterThan(0);
    const last = maps.at(-1)!;
    expect(last.type === 'featureMaps' && last.blocks[0].channels.length).toBe(4);
    expect(last.type === 'featureMaps' && last.blocks[0].channels.some((c) => c.max > c.min)).toBe(true);

    const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8'));
    expect(meta.backend).toMatchObject({ name: 'webgpu', device: { summary: gpu!.device!.summary, adapter: gpu!.device!.adapter } });
    const evaluation = JSON.parse(await readFile(join(out, 'evaluation.json'), 'utf8'));
    expect(evaluation.images).toBe(data.splits.test.size);
    if (final.type === 'done') expect(final.testAccuracy).toBe(evaluation.accuracy);

    const images = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => data.splits.test.get(i)));
    // The session disposed its model when the run ended: the reference is the saved run read on webgpu,
    // and the evaluation the live model made on webgpu (evaluation.json) is checked against each backend below.
    const reference = await loadRun(tf, out);
    const live = (await predictPixels(tf, reference, images)).flatMap((p) => Array.from(p));
    reference.model.dispose();
    s.dispose();

    for (const backend of ['webgpu', 'wasm']) {
      await tf.setBackend(backend);
      const run = await loadRun(tf, out);
      const saved = (await predictPixels(tf, run, images)).flatMap((p) => Array.from(p));
      const worst = saved.reduce((m, v, i) => Math.max(m, Math.abs(v - live[i])), 0);
      expect(worst, `${backend}: largest difference from the saved run on webgpu`).toBeLessThanOrEqual(1e-4);
      // The evaluation made on webgpu is the one the saved weights give on this backend.
      const again = await evaluateSplit(tf, run.model, data.splits.test, { classes: data.classes, fromLogits: run.fromLogits, normalization: run.normalization });
      expect(again.accuracy, backend).toBe(evaluation.accuracy);
      expect(again.confusion, backend).toEqual(evaluation.confusion);
      expect(Math.abs(again.loss - evaluation.loss), backend).toBeLessThanOrEqual(1e-4);
      run.model.dispose();
    }
    await tf.setBackend('webgpu');
  });

  it('tensors and GPU memory return to where they were after several runs in one engine', async () => {
    await tf.setBackend('webgpu');
    const data = await tinyData();
    const project = tinyProject({ epochs: 1, batchSize: 20 });
    const parent = await tempDir();
    let n = 0;
    const session = () => new TrainingSession({ project, data, outDir: join(parent, `r${n++}`), tf, backendChoice: gpu!, featureMaps: { enabled: true, everyMs: 0 } });
    // One run first: tfjs keeps some tensors for good (e.g. the optimizer's shared constants).
    expect((await engineRun(session())).at(-1)!.type).toBe('done');
    const tensors = tf.memory().numTensors;
    const before = gpuMemory()!;
    for (let i = 0; i < 2; i++) expect((await engineRun(session())).at(-1)!.type).toBe('done');
    expect(tf.memory().numTensors).toBe(tensors);
    const after = gpuMemory()!;
    expect(after.inUse).toBe(before.inUse);
    // Pooled buffers are destroyed when a run ends: nothing beyond the live tensors stays allocated.
    expect(after.allocated).toBe(after.inUse);
  });

  it('a GPU out of memory ends the run with a clear error offering a smaller batch; the next run trains', async () => {
    await tf.setBackend('webgpu');
    const data = await tinyData();
    const parent = await tempDir();
    const project = tinyProject({ epochs: 2, batchSize: 20 });
    const tensors = tf.memory().numTensors;
    const session = new TrainingSession({ project, data, outDir: join(parent, 'oom'), tf, backendChoice: gpu! });
    // The device reports an out-of-memory the way WebGPU does (an uncapturederror event with a
    // GPUOutOfMemoryError), after the second batch was submitted.
    const g = globalThis as unknown as Record<string, new (...args: unknown[]) => Event>;
    session.on((e) => {
      if (e.type === 'batch' && e.batch === 2) {
        const error = new g.GPUOutOfMemoryError('Allocation failed: out of device memory');
        (webGpuDevice() as unknown as EventTarget).dispatchEvent(new g.GPUUncapturedErrorEvent('uncapturederror', { error }));
      }
    });
    const events = await engineRun(session);
    const final = events.at(-1)!;
    expect(() => trainEventSchema.parse(final)).not.toThrow();
    expect(final).toMatchObject({ type: 'error', where: 'train', suggestedBatchSize: 10 });
    if (final.type !== 'error') return;
    expect(final.message).toBe(`the GPU ran out of memory (Allocation failed: out of device memory) on ${describeAdapter(gpu!.device!.adapter!)}, training with batches of 20; the run was stopped`);
    expect(final.hint).toMatch(/smaller batch: --batch 10/);
    expect(final.messageCode).toEqual({ code: 'train.error.gpuOutOfMemory', params: { adapter: describeAdapter(gpu!.device!.adapter!), detail: 'Allocation failed: out of device memory', batch: 20 } });
    expect(final.hintCode).toEqual({ code: 'hint.gpu.smallerBatch', params: { suggested: 10 } });
    // It stopped at once: no third batch, and no run folder was kept.
    expect(events.filter((e) => e.type === 'batch').length).toBe(2);
    await expect(readFile(join(parent, 'oom', 'meta.json'))).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(tensors);

    const next = await engineRun(new TrainingSession({ project: { ...project, training: { ...project.training, batchSize: 10, epochs: 1 } }, data, outDir: join(parent, 'ok'), tf, backendChoice: gpu! }));
    expect(next.at(-1)!.type).toBe('done');
  });

  it('auto passes over a software adapter (SwiftShader) and says so; asked by name, it is used', async () => {
    const auto = await selectBackend('auto');
    if (gpu!.device!.adapter!.software) {
      expect(auto.name).not.toBe('webgpu');
      const why = auto.passedOver.find((p) => p.name === 'webgpu')?.why;
      expect(why).toMatch(/only WebGPU adapter is a software one .*software, emulated on the CPU.*ask for --backend webgpu/);
    } else {
      expect(auto.name).toMatch(/tensorflow-gpu|webgpu/);
    }
    const named = await selectBackend('webgpu');
    expect(named).toMatchObject({ name: 'webgpu', passedOver: [] });
    expect(named.reason).toMatch(/^WebGPU on .+, as requested$/);
  });
});
