/** The public types of src/data. Plain data and typed arrays only: no tfjs, no Node types. */

/** A model input without the batch axis: [height, width, channels]; channels is 1 (luminance) or 3 (RGB). */
export type InputShape = readonly [height: number, width: number, channels: number];

/**
 * How an image is fitted to the model input:
 * - `stretch`: scaled to exactly h×w, aspect ratio not kept;
 * - `crop`: scaled to cover h×w, then the centre is cut out;
 * - `letterbox`: scaled to fit inside h×w, the rest padded with black (0).
 */
export type ResizeMode = 'stretch' | 'crop' | 'letterbox';

export type SplitName = 'train' | 'val' | 'test';

/** A file that was not used, and why. `reason` is one line, meant for people. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
  /** Stable code of the reason (see skipReasons.ts), for a UI to word in its language. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface SyntheticOptions {
  /** Number of shape classes, 2…6 (default 3): circle, square, triangle, cross, ring, star. */
  readonly classes?: number;
  /** Number of images (default 200 per class; `limit` also caps it). */
  readonly count?: number;
  /** Amplitude of the uniform pixel noise, 0…0.5 (default 0.08). */
  readonly noise?: number;
}

export type DatasetSource = 'mnist' | 'synthetic' | { readonly synthetic: SyntheticOptions } | { readonly folder: string };

export interface LoadProgress {
  /** `scan`: walking the folder; `check`: reading every file's header (images are decoded later, as training first needs them). */
  readonly phase: 'scan' | 'check';
  readonly done: number;
  readonly total: number;
}

export interface DatasetSpec {
  readonly source: DatasetSource;
  /** The model's input. Every image comes out at this size and channel count. */
  readonly input: InputShape;
  /** Default `stretch`. */
  readonly resize?: ResizeMode;
  /** Use at most this many images (a stratified subset, taken before splitting). */
  readonly limit?: number;
  /** Seed for the subset, the splits and synthetic images (default 1). */
  readonly seed?: number;
  /** Fractions held out for validation and test (default the source's: MNIST 0.05 and 0.15, else 0.1 and 0.1); ignored for folders' own train/val/test. */
  readonly split?: { readonly val: number; readonly test: number };
  /** Decoded images are kept in memory (each decoded the first time it is read) when they all fit in this many bytes (default 512 MiB); otherwise they stream from disk. */
  readonly memoryBudgetBytes?: number;
  /** Files read at once while checking a folder, and images decoded at once while training reads it (default 4). */
  readonly concurrency?: number;
  /** Called for every file scanned and checked while opening (throttle it in a UI). */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Stops opening a folder: openDataset rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * `full` (default): every file's header is read at open. `preview`: the headers of at most 2,000
   * files, spread over the folder, and nothing kept — a quick look (the app's dataset panel). Either
   * way damaged pixel data is found when the image is first decoded (and listed in `skipped` then).
   */
  readonly verify?: 'full' | 'preview';
}

/** Options for {@link DataSplit.batches}. */
export interface BatchOptions {
  /** Shuffle the order (default false). */
  readonly shuffle?: boolean;
  /** Seed for the shuffle and the augmentation; use a different one each epoch (e.g. `seed + epoch`). */
  readonly seed?: number;
  /** Random augmentation of every image; train split only. */
  readonly augment?: AugmentOptions;
  /** Batches decoded ahead while streaming (default 2). */
  readonly prefetchBatches?: number;
}

export interface AugmentOptions {
  /** Mirror left–right with probability 1/2. */
  readonly flip?: boolean;
  /** Pad each side by this many pixels (with black), then cut a random h×w window (0 = off). */
  readonly cropPadding?: number;
  /** Add a random brightness offset in [-b, b] (0 = off; e.g. 0.1). */
  readonly brightness?: number;
  /** Scale contrast around each channel's mean by a random factor in [1-c, 1+c] (0 = off; e.g. 0.2). */
  readonly contrast?: number;
}

/** A batch of images and labels: `x` holds `n` images back to back, each h·w·c floats in HWC order. */
export interface Batch {
  readonly x: Float32Array;
  readonly y: Int32Array;
  readonly n: number;
  /** Each image's index within its split (for `describe`). */
  readonly indices: Int32Array;
}

export interface ImageInfo {
  readonly label: number;
  readonly className: string;
  /** The image file, for folders. */
  readonly path?: string;
}

export interface DataSplit {
  readonly name: SplitName;
  readonly size: number;
  /** Label of each image in this split, 0…classes-1. */
  readonly labels: Int32Array;
  /** Every image once, in batches of `batchSize` (the last one may be smaller). */
  batches(batchSize: number, options?: BatchOptions): AsyncIterable<Batch>;
  /** One image (a copy), h·w·c floats in [0, 1]. */
  get(index: number): Promise<Float32Array>;
  describe(index: number): ImageInfo;
}

export interface SplitCounts {
  readonly train: readonly number[];
  readonly val: readonly number[];
  readonly test: readonly number[];
  readonly total: readonly number[];
}

/** A note about the data for the user: a stable code with parameters (a UI words it in its language) and the English line. */
export interface DatasetNotice {
  readonly code: string;
  /** `warning`: something is lost or wrong unless the user acts; `info`: worth knowing. */
  readonly severity: 'warning' | 'info';
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface DatasetReport {
  /** Images per class (indexed like `classes`) in each split. */
  readonly classCounts: SplitCounts;
  /** Largest over smallest training class count (1 = balanced). */
  readonly imbalance: number;
  /** One-line notes for the user: imbalance, tiny classes, empty splits, skipped files (the English of `notices`). */
  readonly warnings: readonly string[];
  /** The same notes with codes and parameters. */
  readonly notices: readonly DatasetNotice[];
  /** Images used, over all splits. */
  readonly images: number;
  /** `memory`: each image decoded the first time it is read, then kept; `stream`: decoded from disk for every batch. */
  readonly storage: 'memory' | 'stream';
  /** Hidden and system files (.DS_Store, ._x, Thumbs.db, desktop.ini, dot-folders, __MACOSX) passed over silently. */
  readonly hiddenIgnored: number;
}

export interface Dataset {
  readonly name: string;
  readonly classes: readonly string[];
  readonly input: InputShape;
  /** How images were fitted to `input`: save it with a run so prediction decodes the same way. */
  readonly resize: ResizeMode;
  readonly splits: { readonly train: DataSplit; readonly val: DataSplit; readonly test: DataSplit };
  /**
   * Files not used, with reasons. Live: a file found damaged (or gone) when it is first decoded is
   * appended here once (and left out of its batch). `report` is as it was at open.
   */
  readonly skipped: readonly SkippedFile[];
  readonly report: DatasetReport;
}
