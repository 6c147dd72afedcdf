/** The in-memory sources: built-in MNIST and the synthetic shapes. */
import { computedPool } from './imagePool.ts';
import { pixelCount } from './input.ts';
import { loadMnist, MNIST_CLASSES, MNIST_SHAPE, MNIST_SPLIT } from './mnist.ts';
import { fitImage } from './pixelSource.ts';
import type { SourceData, SourceOptions } from './source.ts';
import { stratifiedSubset } from './split.ts';
import { DEFAULT_SYNTHETIC_NOISE, DEFAULT_SYNTHETIC_PER_CLASS, SHAPE_NAMES, syntheticImage } from './synthetic.ts';
import type { SyntheticOptions } from './types.ts';

export function openMnistSource(o: SourceOptions): SourceData {
  const { images, labels: all } = loadMnist();
  const chosen = stratifiedSubset(all, MNIST_CLASSES.length, o.limit ?? all.length, o.seed);
  const px = 28 * 28;
  const pool = computedPool(
    chosen.length,
    pixelCount(o.input),
    (k) => fitImage(images.subarray(chosen[k] * px, (chosen[k] + 1) * px), MNIST_SHAPE, o.input, o.resize),
    o.memoryBudgetBytes,
  );
  return { name: 'mnist', classes: MNIST_CLASSES, pool, labels: chosen.map((i) => all[i]), split: MNIST_SPLIT, skipped: [], hiddenIgnored: 0, notices: [] };
}

export function openSyntheticSource(s: SyntheticOptions, o: SourceOptions): SourceData {
  const classes = s.classes ?? 3;
  if (!Number.isInteger(classes) || classes < 2 || classes > SHAPE_NAMES.length) {
    throw new RangeError(`synthetic classes must be a whole number from 2 to ${SHAPE_NAMES.length} (got ${classes})`);
  }
  const noise = s.noise ?? DEFAULT_SYNTHETIC_NOISE;
  if (!(noise >= 0 && noise <= 0.5)) throw new RangeError(`synthetic noise must be between 0 and 0.5 (got ${noise})`);
  const requested = s.count ?? DEFAULT_SYNTHETIC_PER_CLASS * classes;
  if (!Number.isInteger(requested) || requested < classes) {
    throw new RangeError(`synthetic count must be a whole number ≥ the number of classes, ${classes} (got ${requested})`);
  }
  const count = Math.min(requested, o.limit ?? requested);
  const pool = computedPool(count, pixelCount(o.input), (i) => syntheticImage(i, classes, o.input, o.seed, noise), o.memoryBudgetBytes);
  const labels = Int32Array.from({ length: count }, (_, i) => i % classes);
  return { name: 'synthetic', classes: SHAPE_NAMES.slice(0, classes), pool, labels, skipped: [], hiddenIgnored: 0, notices: [] };
}
