/** Sample images for the UI's grid: the first few of each class, in split order. */
import type { Dataset, SplitName } from './types.ts';

export interface SampleImage {
  readonly label: number;
  readonly className: string;
  /** Index within the split. */
  readonly index: number;
  readonly path?: string;
  /** h·w·c floats in [0, 1], HWC. */
  readonly image: Float32Array;
}

/** Up to `perClass` images of each class from one split (default train), grouped by class in class order. */
export async function sampleImages(dataset: Dataset, perClass: number, split: SplitName = 'train'): Promise<SampleImage[]> {
  if (!Number.isInteger(perClass) || perClass < 1) throw new RangeError(`perClass must be a whole number ≥ 1 (got ${perClass})`);
  const s = dataset.splits[split];
  const out: SampleImage[] = [];
  for (const index of sampleIndices(dataset, perClass, split)) {
    const image = await s.get(index).catch(() => undefined); // a streamed file that vanished: leave it out
    if (image) out.push({ ...s.describe(index), index, image });
  }
  return out;
}

/** Indices (within the split) of up to `perClass` images of each class, grouped by class in class order. */
export function sampleIndices(dataset: Dataset, perClass: number, split: SplitName = 'train'): Int32Array {
  const s = dataset.splits[split];
  const picked: number[][] = dataset.classes.map(() => []);
  for (let i = 0; i < s.size; i++) {
    const bucket = picked[s.labels[i]];
    if (bucket.length < perClass) bucket.push(i);
  }
  return Int32Array.from(picked.flat());
}
