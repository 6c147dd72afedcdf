/**
 * `--backend cpu` in a process that never imported the wasm backend (its own test file: vitest runs
 * each file in a fresh process). It used to fail with "the wasm backend has no BatchMatMul kernel to wrap".
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from '../../../src/train/backends/selectBackend';

describe('selectBackend cpu without wasm', () => {
  it('cpu trains a step alone; wasm chosen afterwards still gets LayerLoom kernels', async () => {
    expect(tf.findBackendFactory('wasm')).toBeFalsy();
    expect((await selectBackend('cpu')).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    // A conv + batch-norm step on cpu (uses LayerLoom's gradient overrides).
    const x = tf.randomNormal<tf.Rank.R4>([2, 6, 6, 2], 0, 1, 'float32', 3);
    const w = tf.variable(tf.randomNormal([3, 3, 2, 4], 0, 1, 'float32', 4));
    const g = tf.grad((v: tf.Tensor) => tf.moments(tf.conv2d(x, v as tf.Tensor4D, 1, 'same'), [0, 1, 2]).variance.sum())(w);
    expect(g.shape).toEqual([3, 3, 2, 4]);
    expect(Number.isFinite(g.sum().dataSync()[0])).toBe(true);
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();

    expect((await selectBackend('wasm')).name).toBe('wasm');
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    expect(tf.getKernel('LayerLoomBatchNormGrad', 'wasm')).toBeDefined();
    tf.dispose([x, w, g]);
  });
});
