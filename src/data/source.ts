/** What each kind of source (MNIST, synthetic, folder) hands to openDataset before splitting. */
import type { ImagePool } from './imagePool.ts';
import type { ImageHeader } from './imageHeader.ts';
import type { DatasetNotice, LoadProgress, SkippedFile, SplitName } from './types.ts';

export interface SourceData {
  readonly name: string;
  readonly classes: readonly string[];
  readonly pool: ImagePool;
  /** Label of each pool image. */
  readonly labels: Int32Array;
  /** File of each pool image (folders only). */
  readonly paths?: readonly string[];
  /** Pool indices of splits given by the source itself (a folder's train/val/test folders). */
  readonly preset?: Partial<Record<SplitName, Int32Array>>;
  /** The source's own held-out fractions when the caller gives none (default DEFAULT_SPLIT). */
  readonly split?: { readonly val: number; readonly test: number };
  readonly skipped: SkippedFile[];
  readonly hiddenIgnored: number;
  readonly notices: DatasetNotice[];
  /** What each pool image's file header says (folders; undefined where it was not read). */
  readonly headers?: readonly (ImageHeader | undefined)[];
  /** Files counted as usable without a check (a preview of a big folder). */
  readonly unchecked?: number;
}

/** Options every source gets, already defaulted and checked. */
export interface SourceOptions {
  readonly input: readonly [number, number, number];
  readonly resize: 'stretch' | 'crop' | 'letterbox';
  readonly limit?: number;
  readonly seed: number;
  readonly memoryBudgetBytes: number;
  readonly concurrency: number;
  readonly onProgress?: (p: LoadProgress) => void;
  /** `full` (default): every file is checked; `preview`: a sample of headers only, nothing kept. */
  readonly verify?: 'full' | 'preview';
  readonly signal?: AbortSignal;
}
