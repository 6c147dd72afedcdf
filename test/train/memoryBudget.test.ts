/**
 * Know before training (issue 13, item 3): a run's memory is estimated before anything loads; over the
 * backend's budget it is refused with the figures and the largest batch that fits. The estimate is an
 * upper bound of what a training step really takes on wasm (measured here with tf.profile).
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { analyze } from '../../src/graph/analyze';
import { getTemplate } from '../../src/graph/templates/index';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import type { Graph } from '../../src/graph/types';
import { selectBackend } from '../../src/train/backends/selectBackend';
import type { SessionEvent } from '../../src/train/events';
import { largestBatch, memoryBudget, trainingMemory, WASM_MEMORY_BYTES } from '../../src/train/memoryEstimate';
import { makeOptimizer } from '../../src/train/optimizer';
import { TrainingSession } from '../../src/train/session';
import { makeTrainStep } from '../../src/train/trainStep';
import { tempDir, tinyProject } from './helpers';

function convNet(side: number, filters = 64): Graph {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: side, width: side, channels: 3 });
  b.add('conv', 'Conv2D', { filters, kernel: 3, activation: 'relu', padding: 'same' });
  b.add('pool', 'MaxPool2D', { pool: 4, stride: 4 });
  b.add('flat', 'Flatten');
  b.add('output', 'Output', { classes: 10 });
  return b.build();
}

const size = (g: Graph) => { const a = analyze(g); return { activationBytesPerImage: a.totals.activationBytesPerImage, params: a.totals.params }; };

describe('the memory estimate', () => {
  it('adds activations × batch to weights, gradients and optimizer state; the largest batch fits and one more does not', () => {
    const m = trainingMemory({ activationBytesPerImage: 1e6, params: 1000 }, { batchSize: 16, optimizer: 'adam', momentum: 0.9 });
    expect(m.fixedBytes).toBe(1000 * 4 * 4);
    expect(m.totalBytes).toBe(m.fixedBytes + 16 * m.perImageBytes);
    expect(trainingMemory({ activationBytesPerImage: 1e6, params: 1000 }, { batchSize: 16, optimizer: 'sgd', momentum: 0 }).fixedBytes).toBe(1000 * 4 * 2);
    const budget = 50e6;
    const n = largestBatch(m, budget);
    expect(m.fixedBytes + n * m.perImageBytes).toBeLessThanOrEqual(budget);
    expect(m.fixedBytes + (n + 1) * m.perImageBytes).toBeGreaterThan(budget);
    // wasm: 4 GB at most, less its tensors, and never more than the machine has free.
    expect(memoryBudget('wasm', 64 * 2 ** 30, 0).bytes).toBeLessThan(WASM_MEMORY_BYTES);
    expect(memoryBudget('wasm', 2 ** 30, 0).bytes).toBeLessThan(2 ** 30);
    expect(memoryBudget('ram', 8 * 2 ** 30, 0).bytes).toBeGreaterThan(WASM_MEMORY_BYTES);
  });

  it('is at least what a training step takes on wasm (LeNet-5, ResNet-20, a 96×96 convolution net)', async () => {
    await selectBackend('wasm');
    for (const [name, graph, batch] of [
      ['lenet5', getTemplate('lenet5')!.build({}), 32],
      ['resnet20', getTemplate('resnet20')!.build({}), 8],
      ['conv96', convNet(96), 8],
    ] as const) {
      const a = analyze(graph);
      const shape = a.nodes[a.inputId!].outputShape!;
      const compiled = compileGraph(graph, tf, name);
      const optimizer = makeOptimizer(tf, { optimizer: 'adam', learningRate: 1e-3, momentum: 0.9 });
      const step = makeTrainStep(tf, compiled.model, optimizer, 10, false, { mean: [0], std: [1] });
      const n = shape[0] * shape[1] * shape[2];
      const batchData = { x: new Float32Array(batch * n).map(() => Math.random()), y: new Int32Array(batch).map((_, i) => i % 10), n: batch, indices: [] };
      await step(batchData as never); // the optimizer's state exists from the first step on
      const before = tf.memory().numBytes;
      const profile = await tf.profile(async () => { await step(batchData as never); });
      const measured = profile.peakBytes;
      const estimate = trainingMemory(size(graph), { batchSize: batch, optimizer: 'adam', momentum: 0.9 }).totalBytes;
      console.log(`${name} batch ${batch}: step peak ${(measured / 2 ** 20).toFixed(1)} MB (${(before / 2 ** 20).toFixed(1)} MB held), estimate ${(estimate / 2 ** 20).toFixed(1)} MB`);
      expect(estimate).toBeGreaterThanOrEqual(measured);
      // An estimate that refuses what fits is no use either: within 4× here. ResNet-20 on wasm keeps less
      // than other backends (the estimate covers every backend): its batch norms and adds compute the ReLU
      // after them, and each block's last batch norm, add and ReLU are one kernel whose batch-norm output
      // is never stored: 43.6 MB for an estimate of 154 at batch 8 (3.5×), 46 MB before that kernel, 57
      // before the fused ReLUs.
      expect(estimate).toBeLessThan(4 * measured);
      optimizer.dispose();
      compiled.model.dispose();
    }
  });
});

describe('a run too large for memory', () => {
  it('is refused before any data loads, with the figures and the largest batch that fits', async () => {
    const parent = await tempDir();
    const project = tinyProject({ batchSize: 16, backend: 'wasm', data: 'mnist' }, convNet(1024));
    const s = new TrainingSession({ project, outDir: `${parent}/run` });
    const events: SessionEvent[] = [];
    s.on((e) => events.push(e));
    const final = await s.run();
    expect(final.type).toBe('error');
    if (final.type !== 'error') return;
    expect(final.where).toBe('memory');
    expect(final.messageCode?.code).toBe('train.error.memoryBudget');
    expect(final.message).toMatch(/needs about [\d.]+ GB at batch 16 .* more than the [\d.]+ (GB|MB) the wasm backend can use/);
    expect(final.suggestedBatchSize).toBeGreaterThanOrEqual(1);
    expect(final.suggestedBatchSize).toBeLessThan(16);
    expect(final.hint).toContain(`--batch ${final.suggestedBatchSize}`);
    // Known before training: no data was opened, no folder made.
    expect(events.some((e) => e.type === 'preparing' && e.stage === 'data')).toBe(false);
    expect(await (await import('node:fs/promises')).readdir(parent)).toEqual([]);
    // The suggested batch is one the estimate accepts.
    const budget = memoryBudget('wasm', (await import('node:os')).freemem(), tf.memory().numBytes).bytes;
    expect(trainingMemory(size(convNet(1024)), { batchSize: final.suggestedBatchSize!, optimizer: 'adam', momentum: 0.9 }).totalBytes).toBeLessThanOrEqual(budget);
  });
});
