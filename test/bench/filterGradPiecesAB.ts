/**
 * The direct filter gradient of ResNet-20's two stride-2 3×3 layers (pad 1 inside the kernel, as they
 * train) with its sum over the batch in 1, 2 or 4 pieces per kernel thread (convGradients.ts:
 * directFilterGradSplit), calls interleaved: the least and the median of each. The minimum is what the
 * pieces' zeroing and partial adds cost; the median, what they save when a thread runs late.
 *   npx tsx test/bench/filterGradPiecesAB.ts [--reps 60] [--batch 64] [--pieces 1,2,4]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { configuredThreads } from '../../src/train/backends/wasm/kernelThreads';
import { directFilterGradSplit } from '../../src/train/backends/wasm/convGradients';
import { benchArg, benchCount } from './benchArgs';

// [input side, ci, co]: ResNet-20's downsampling layers.
const LAYERS: [number, number, number][] = [[32, 16, 32], [16, 32, 64]];

const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

async function main(): Promise<void> {
  await selectBackend('wasm');
  const reps = benchCount('reps', 60);
  const b = benchCount('batch', 64);
  const pieces = benchArg('pieces', '1,2,4').split(',').map(Number);
  console.log(`direct filter gradient, stride 2 pad 1, batch ${b}, ${configuredThreads()} thread(s), ${reps} interleaved rounds: min / median ms by pieces per thread`);
  const pad1 = [[0, 0], [1, 1], [1, 1], [0, 0]];
  for (const [h, ci, co] of LAYERS) {
    const x = tf.randomNormal([b, h, h, ci], 0, 1, 'float32', 1);
    const dy = tf.randomNormal([b, h / 2, h / 2, co], 0, 1, 'float32', 3);
    const attrs = { strides: [2, 2], pad: pad1, dataFormat: 'NHWC', dilations: [1, 1], filterShape: [3, 3, ci, co] };
    const times = pieces.map(() => [] as number[]);
    let diff = 0;
    for (let r = 0; r < reps; r++) {
      const outs = pieces.map((p, i) => {
        directFilterGradSplit.piecesPerThread = p;
        const t = performance.now();
        const dW = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, attrs as never) as tf.Tensor;
        times[i].push(performance.now() - t);
        return dW;
      });
      if (r === 0) diff = Math.max(...outs.map((o) => tf.tidy(() => tf.max(tf.abs(tf.sub(o, outs[0]))).dataSync()[0])));
      tf.dispose(outs);
    }
    console.log(`${h}x${h}x${ci} -> ${co}: ` + pieces.map((p, i) => `${p}: ${Math.min(...times[i]).toFixed(3)} / ${median(times[i]).toFixed(3)}`).join(', ') + `; largest difference ${diff.toExponential(1)}`);
    tf.dispose([x, dy]);
  }
}

void main();
