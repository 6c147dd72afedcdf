/** Dropout masks from the run's seed (issue 15, item 6): new at every training step, the same in every run. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDropout } from '../../src/train/seededDropout';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function dropoutModel(): tf.LayersModel {
  const input = tf.input({ shape: [64] });
  return tf.model({ inputs: input, outputs: tf.layers.dropout({ rate: 0.5, name: 'drop' }).apply(input) as tf.SymbolicTensor });
}

/** Which of 64 ones survive each of `steps` training calls, with an inference call between steps. */
function masks(model: tf.LayersModel, steps: number): string[] {
  return Array.from({ length: steps }, () => tf.tidy(() => {
    const x = tf.ones([1, 64]);
    expect(Array.from((model.apply(x, { training: false }) as tf.Tensor).dataSync())).toEqual(new Array(64).fill(1));
    return Array.from((model.apply(x, { training: true }) as tf.Tensor).dataSync(), (v) => (v ? '1' : '0')).join('');
  }));
}

describe('seedDropout', () => {
  it('draws a new mask at every training step, the same sequence for the same seed, another for another seed', () => {
    const [a, b, c] = [1, 1, 2].map((seed) => {
      const model = dropoutModel();
      seedDropout(model, seed);
      return masks(model, 4);
    });
    expect(new Set(a).size).toBe(4);
    for (const m of a) expect(m.split('1').length - 1).toBeGreaterThan(16); // about half kept (scaled ×2)
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    // Unseeded, tfjs draws from Math.random: two models differ.
    expect(masks(dropoutModel(), 2)).not.toEqual(masks(dropoutModel(), 2));
  });
});
