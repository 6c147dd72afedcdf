/**
 * Runs `layerloom bench`'s measurement of one model several times in one process, to see whether a long
 * process (as `bench --compare --pairs N` is) slows down from run to run.
 *
 *   npx tsx test/bench/repeatBench.ts [--model resnet20] [--runs 6]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { benchModel } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';

async function main(): Promise<void> {
  const name = (benchArg('model', 'resnet20')) as BenchModelName;
  const runs = benchCount('runs', 6);
  await selectBackend('auto');
  for (let r = 0; r < runs; r++) {
    const res = await benchModel(tf, BENCH_MODELS[name]);
    const mem = process.memoryUsage();
    console.log(`run ${r + 1}: ${res.imagesPerSec.toFixed(1)} images/s (epochs ${res.epochImagesPerSec.map((x) => x.toFixed(0)).join(', ')}); tensors ${tf.memory().numTensors}, rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`);
  }
}
void main();
