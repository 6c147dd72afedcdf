/** A train/val/test split: a list of pool indices served as images, batches and descriptions. */
import { checkAugmentOptions, drawAugmentation, isAugmenting, skipAugmentation, type AugmentDraw } from './augment.ts';
import { augmentOffThread } from './decodeWorkers.ts';
import type { ImagePool } from './imagePool.ts';
import { prefetchInOrder, viewOfAll, type Loaded } from './imagePool.ts';
import { createRng, deriveSeed, shuffleInPlace } from './rng.ts';
import type { Batch, BatchOptions, DataSplit, ImageInfo, InputShape, SplitName } from './types.ts';

export interface PoolSplitContext {
  readonly pool: ImagePool;
  /** Label of every pool image. */
  readonly poolLabels: Int32Array;
  readonly classes: readonly string[];
  readonly input: InputShape;
  /** File path of a pool image, if it has one. */
  readonly pathOf: (poolIndex: number) => string | undefined;
  /** Called whenever an image fails to decode (streamed, or found damaged while filling the pool); it is left out of its batch. */
  readonly onLoadFailure: (poolIndex: number, error: unknown) => void;
  readonly concurrency: number;
}

export class PoolSplit implements DataSplit {
  readonly size: number;
  readonly labels: Int32Array;

  constructor(
    readonly name: SplitName,
    private readonly members: Int32Array,
    private readonly ctx: PoolSplitContext,
  ) {
    this.size = members.length;
    this.labels = members.map((i) => ctx.poolLabels[i]);
  }

  async get(index: number): Promise<Float32Array> {
    this.checkIndex(index);
    return (await this.ctx.pool.load(this.members[index])).slice();
  }

  describe(index: number): ImageInfo {
    this.checkIndex(index);
    const label = this.labels[index];
    const path = this.ctx.pathOf(this.members[index]);
    return path === undefined ? { label, className: this.ctx.classes[label] } : { label, className: this.ctx.classes[label], path };
  }

  batches(batchSize: number, options: BatchOptions = {}): AsyncIterable<Batch> {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a whole number ≥ 1 (got ${batchSize})`);
    if (isAugmenting(options.augment)) {
      if (this.name !== 'train') throw new RangeError(`augmentation is for the train split only (asked for the ${this.name} split)`);
      checkAugmentOptions(options.augment);
    }
    return { [Symbol.asyncIterator]: () => this.iterate(batchSize, options) };
  }

  private async *iterate(batchSize: number, options: BatchOptions): AsyncGenerator<Batch> {
    const order = Int32Array.from({ length: this.size }, (_, i) => i);
    const seed = options.seed ?? 0;
    if (options.shuffle) shuffleInPlace(order, createRng(deriveSeed(seed, 0x5f1e)));
    const augment = isAugmenting(options.augment) ? options.augment : undefined;
    const rng = createRng(deriveSeed(seed, 0xa06));
    const { pool, input } = this.ctx;
    const px = pool.imageSize;
    // Every image of the split in memory: read them directly. Otherwise (streaming, or a pool still filling) load ahead.
    const view = viewOfAll(pool, this.members);
    const images = view
      ? syncImages(order, (k) => view(this.members[k]))
      : prefetchInOrder(
          order.map((k) => this.members[k]),
          (i) => pool.load(i),
          batchSize * Math.max(1, options.prefetchBatches ?? 2),
          this.ctx.concurrency,
        );
    let x = new Float32Array(Math.min(batchSize, this.size) * px);
    let y = new Int32Array(Math.min(batchSize, this.size));
    let indices = new Int32Array(y.length);
    let draws: AugmentDraw[] = [];
    let n = 0;
    let pos = 0;
    // Augmentation runs in the decode worker, off the training thread, one batch ahead: the next batch is put
    // together before this one is handed over, so it is augmented while the caller trains on this one. The first
    // batch goes at once (the time to the first batch does not wait for the second's files).
    const ahead = augment ? 1 : 0;
    let yielded = 0;
    const ready: Promise<Batch>[] = [];
    for await (const loaded of images) {
      const k = order[pos++];
      if (!loaded.ok) {
        this.ctx.onLoadFailure(this.members[k], loaded.error);
        if (augment) skipAugmentation(rng);
      } else {
        x.set(loaded.image, n * px);
        if (augment) draws.push(drawAugmentation(augment, rng));
        y[n] = this.labels[k];
        indices[n] = k;
        n++;
      }
      // A batch is a window of batchSize positions of the order (as the exported scripts' loaders make them): an
      // image that cannot be read leaves its batch smaller, and a batch with none readable is not yielded.
      if ((pos % batchSize === 0 || pos === this.size) && n > 0) {
        const batch: Batch = { x: n * px === x.length ? x : x.slice(0, n * px), y: y.slice(0, n), n, indices: indices.slice(0, n) };
        ready.push(augment ? augmentOffThread(batch.x, input, draws).then((ax) => ({ ...batch, x: ax })) : Promise.resolve(batch));
        if (ready.length > ahead || yielded === 0) {
          yield await ready.shift()!;
          yielded++;
        }
        x = new Float32Array(x.length);
        y = new Int32Array(y.length);
        indices = new Int32Array(y.length);
        draws = [];
        n = 0;
      }
    }
    while (ready.length > 0) yield await ready.shift()!;
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new RangeError(`image index ${index} is outside the ${this.name} split (0…${this.size - 1})`);
    }
  }
}

async function* syncImages(order: Int32Array, view: (k: number) => Float32Array): AsyncGenerator<Loaded> {
  for (let p = 0; p < order.length; p++) {
    let loaded: Loaded;
    try {
      loaded = { ok: true, image: view(order[p]) };
    } catch (error) {
      loaded = { ok: false, error }; // a file of a filled pool that could not be decoded
    }
    yield loaded;
  }
}
