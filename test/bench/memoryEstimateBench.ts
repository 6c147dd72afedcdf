/**
 * The memory estimate against the wasm backend's real memory: `npx tsx test/bench/memoryEstimateBench.ts
 * [SIDE BATCH]…` (default 512 4, 512 5, 512 8, 1024 1). Each case runs in a fresh process (wasm memory never
 * shrinks): Input SIDE×SIDE×3 → Conv2D(64, 3×3, same, ReLU) → MaxPool 4 → Flatten → Output(10), Adam, two
 * training steps; it prints the estimate, the budget, the largest batch the estimate allows, and the wasm
 * memory and RSS after the steps. Slow (tens of seconds per case on 2 cores) and up to 3.5 GB: not a test.
 */
import { spawnSync } from 'node:child_process';
import { freemem } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { compileGraph } from '../../src/compile/compileGraph';
import { analyze } from '../../src/graph/analyze';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { largestBatch, memoryBudget, trainingMemory } from '../../src/train/memoryEstimate';
import { makeOptimizer } from '../../src/train/optimizer';
import { makeTrainStep } from '../../src/train/trainStep';

const MB = 2 ** 20;

async function one(side: number, batch: number): Promise<void> {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: side, width: side, channels: 3 });
  b.add('conv', 'Conv2D', { filters: 64, kernel: 3, activation: 'relu', padding: 'same' });
  b.add('pool', 'MaxPool2D', { pool: 4, stride: 4 });
  b.add('flat', 'Flatten');
  b.add('output', 'Output', { classes: 10 });
  const graph = b.build();
  const a = analyze(graph);
  const estimate = trainingMemory({ activationBytesPerImage: a.totals.activationBytesPerImage, params: a.totals.params }, { batchSize: batch, optimizer: 'adam', momentum: 0.9 });
  const budget = memoryBudget('wasm', freemem(), 0).bytes;
  await selectBackend('wasm');
  const compiled = compileGraph(graph, tf, 'bench');
  const optimizer = makeOptimizer(tf, { optimizer: 'adam', learningRate: 1e-3, momentum: 0.9 });
  const step = makeTrainStep(tf, compiled.model, optimizer, 10, false, { mean: [0], std: [1] });
  const x = new Float32Array(batch * side * side * 3).map(() => Math.random());
  const t0 = performance.now();
  for (let i = 0; i < 2; i++) await step({ x, y: new Int32Array(batch).map((_, k) => k % 10), n: batch, indices: [] } as never);
  const wasm = tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } };
  console.log(`${side}×${side}×3 batch ${batch}: estimate ${(estimate.totalBytes / MB).toFixed(0)} MB (budget ${(budget / MB).toFixed(0)} MB, largest batch ${largestBatch(estimate, budget)}); `
    + `wasm memory after 2 steps ${(wasm.wasm.HEAPU8.buffer.byteLength / MB).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const args = process.argv.slice(2).map(Number);
if (args.length === 2) {
  await one(args[0], args[1]);
} else {
  const cases = args.length ? Array.from({ length: args.length / 2 }, (_, i) => [args[2 * i], args[2 * i + 1]]) : [[512, 4], [512, 5], [512, 8], [1024, 1]];
  for (const [side, batch] of cases) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, String(side), String(batch)], { stdio: 'inherit' });
    if (r.status !== 0) console.log(`${side}×${side}×3 batch ${batch}: the process ended with ${r.status ?? r.signal}`);
  }
}
