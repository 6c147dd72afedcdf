/**
 * Where a dataset's decoded images live: all in memory (one Float32Array) or streamed (decoded on demand,
 * ahead of use, by {@link prefetchInOrder}). In memory, the array is either filled at once (MNIST,
 * synthetic: computing is cheap) or filled as the images are first needed ({@link fillingPool}: a folder's
 * files, so training starts before the whole folder is decoded).
 */

export interface ImagePool {
  readonly count: number;
  /** Floats per image (h·w·c). */
  readonly imageSize: number;
  readonly storage: 'memory' | 'stream';
  /** The image at `index`; in memory a view into the pool (do not modify). Rejects if it cannot be decoded. */
  load(index: number): Promise<Float32Array>;
  /**
   * Synchronous view into the pool (do not modify), in memory only; throws, like load rejects, for an
   * image that could not be decoded. In a filling pool, only for images that are {@link settled}.
   */
  readonly view?: (index: number) => Float32Array;
  /** Whether `view(index)` answers now (a filling pool: the image was loaded, or failed); absent = always. */
  readonly settled?: (index: number) => boolean;
}

/** The synchronous view when every one of `indices` is in memory (or known to be unreadable), else undefined. */
export function viewOfAll(pool: ImagePool, indices: Int32Array): ((index: number) => Float32Array) | undefined {
  const { view, settled } = pool;
  if (!view) return undefined;
  if (settled && !indices.every((i) => settled(i))) return undefined;
  return view;
}

/** Bytes needed to keep `count` images of `imageSize` floats decoded. */
export function decodedBytes(count: number, imageSize: number): number {
  return count * imageSize * 4;
}

/** Images back to back in `data`, image i at i · imageSize. */
export function memoryPool(data: Float32Array, imageSize: number): ImagePool {
  const count = imageSize > 0 ? data.length / imageSize : 0;
  const view = (i: number) => data.subarray(i * imageSize, (i + 1) * imageSize);
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

/**
 * An in-memory pool filled on first use: image i is decoded by `decode(i)` the first time it is loaded,
 * straight into its slot of the one Float32Array (count · imageSize floats, allocated here), and read from
 * there ever after. Loads of one index share one decode; at most `concurrency` decodes run at once,
 * whoever asks (training, validation, normalization), so memory stays bounded by a few full-size decodes.
 * A failed decode is remembered: every later load rejects with the same error and the file is never read
 * again. `view(i)` answers once image i has been loaded (or has failed): `settled(i)`.
 */
export function fillingPool(count: number, imageSize: number, decode: (index: number) => Promise<Float32Array>, concurrency: number): ImagePool {
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new RangeError(`concurrency must be a whole number ≥ 1 (got ${concurrency})`);
  const data = new Float32Array(count * imageSize);
  const slot = (i: number) => data.subarray(i * imageSize, (i + 1) * imageSize);
  const filled = new Uint8Array(count);
  const failures = new Map<number, unknown>();
  const pending = new Map<number, Promise<Float32Array>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  const start = async (i: number): Promise<Float32Array> => {
    // A decode slot: a free one, or one handed over by a decode that finishes (so none is taken twice).
    if (running < concurrency) running++;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      const image = await decode(i);
      if (image.length !== imageSize) throw new Error(`image ${i} decoded to ${image.length} values, expected ${imageSize}`);
      slot(i).set(image);
      filled[i] = 1;
      return slot(i);
    } catch (error) {
      failures.set(i, error);
      throw error;
    } finally {
      pending.delete(i);
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
  const view = (i: number): Float32Array => {
    if (filled[i]) return slot(i);
    if (failures.has(i)) throw failures.get(i);
    throw new Error(`image ${i} is not in memory yet`);
  };
  const checkIndex = (i: number) => {
    if (!(Number.isInteger(i) && i >= 0 && i < count)) throw new RangeError(`image index ${i} is outside the pool (0…${count - 1})`);
  };
  return {
    count,
    imageSize,
    storage: 'memory',
    view,
    settled: (i) => filled[i] === 1 || failures.has(i),
    load(i) {
      checkIndex(i);
      if (filled[i]) return Promise.resolve(slot(i));
      if (failures.has(i)) return Promise.reject(failures.get(i));
      let p = pending.get(i);
      if (!p) {
        p = start(i);
        pending.set(i, p);
      }
      return p;
    },
  };
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
