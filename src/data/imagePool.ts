/**
 * Where a dataset's decoded images live: all in memory (one Float32Array, filled once) or streamed
 * (decoded on demand, ahead of use, by {@link prefetchInOrder}).
 */

export interface ImagePool {
  readonly count: number;
  /** Floats per image (h·w·c). */
  readonly imageSize: number;
  readonly storage: 'memory' | 'stream';
  /** The image at `index`; in memory a view into the pool (do not modify). Rejects if it cannot be decoded. */
  load(index: number): Promise<Float32Array>;
  /** Synchronous view, in memory only. */
  view?(index: number): Float32Array;
}

/** Bytes needed to keep `count` images of `imageSize` floats decoded. */
export function decodedBytes(count: number, imageSize: number): number {
  return count * imageSize * 4;
}

/** Images back to back in `data`; image i in slot `slots[i]` (default slot i). */
export function memoryPool(data: Float32Array, imageSize: number, slots?: Int32Array): ImagePool {
  const count = slots ? slots.length : imageSize > 0 ? data.length / imageSize : 0;
  const view = slots
    ? (i: number) => data.subarray(slots[i] * imageSize, (slots[i] + 1) * imageSize)
    : (i: number) => data.subarray(i * imageSize, (i + 1) * imageSize);
  return { count, imageSize, storage: 'memory', view, load: async (i) => view(i) };
}

export function streamPool(count: number, imageSize: number, load: (index: number) => Promise<Float32Array>): ImagePool {
  return { count, imageSize, storage: 'stream', load };
}

/**
 * A pool of images computed from `compute(i)` (MNIST, synthetic): filled eagerly when it fits in
 * `budgetBytes`, otherwise computed on demand.
 */
export function computedPool(count: number, imageSize: number, compute: (index: number) => Float32Array, budgetBytes: number): ImagePool {
  if (decodedBytes(count, imageSize) > budgetBytes) return streamPool(count, imageSize, async (i) => compute(i));
  const data = new Float32Array(count * imageSize);
  for (let i = 0; i < count; i++) data.set(compute(i), i * imageSize);
  return memoryPool(data, imageSize);
}

export type Loaded<T = Float32Array> = { readonly ok: true; readonly image: T } | { readonly ok: false; readonly error: unknown };

/**
 * Loads `indices` in order with at most `concurrency` loads running and at most `ahead` results
 * waiting beyond the one being consumed; yields every result (success or failure) in order.
 */
export async function* prefetchInOrder<T = Float32Array>(
  indices: ArrayLike<number>,
  load: (index: number) => Promise<T>,
  ahead: number,
  concurrency: number,
): AsyncGenerator<Loaded<T>> {
  const n = indices.length;
  const results: Promise<Loaded<T>>[] = [];
  let started = 0;
  let running = 0;
  let consumed = 0;
  const pump = (): void => {
    while (started < n && running < concurrency && started < consumed + Math.max(1, ahead)) {
      const k = started++;
      running++;
      results[k] = load(indices[k]).then(
        (image): Loaded<T> => {
          running--;
          pump();
          return { ok: true, image };
        },
        (error): Loaded<T> => {
          running--;
          pump();
          return { ok: false, error };
        },
      );
    }
  };
  for (; consumed < n; consumed++) {
    pump();
    const result = await results[consumed];
    delete results[consumed];
    yield result;
  }
}
