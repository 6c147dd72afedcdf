/** openDataset: one entry point for every source; splits, report and the Dataset object. */
import { openMnistSource, openSyntheticSource } from './builtinSources.ts';
import { openFolderSource } from './folder.ts';
import { checkInput, checkResize } from './input.ts';
import { PoolSplit } from './poolSplit.ts';
import type { PoolSplitContext } from './poolSplit.ts';
import { buildReport } from './report.ts';
import type { SourceData, SourceOptions } from './source.ts';
import { checkFractions, countClasses, stratifiedSplit } from './split.ts';
import { datasetError } from './datasetError.ts';
import { failureReason } from './decode.ts';
import { notice } from './fitNotices.ts';
import type { SplitIndices } from './split.ts';
import type { Dataset, DatasetSpec, SkippedFile } from './types.ts';

export const DEFAULT_SEED = 1;
export const DEFAULT_SPLIT = { val: 0.1, test: 0.1 } as const;
export const DEFAULT_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 4;

function sourceOptions(spec: DatasetSpec): SourceOptions {
  checkInput(spec.input);
  const resize = spec.resize ?? 'stretch';
  checkResize(resize);
  const { limit } = spec;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`limit must be a whole number ≥ 1 (got ${limit})`);
  const seed = spec.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  const memoryBudgetBytes = spec.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
  if (!(memoryBudgetBytes >= 0)) throw new RangeError(`memoryBudgetBytes must be ≥ 0 (got ${memoryBudgetBytes})`);
  const concurrency = spec.concurrency ?? DEFAULT_CONCURRENCY;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new RangeError(`concurrency must be a whole number ≥ 1 (got ${concurrency})`);
  return {
    input: [spec.input[0], spec.input[1], spec.input[2]], resize, limit, seed, memoryBudgetBytes, concurrency,
    onProgress: spec.onProgress, signal: spec.signal, verify: spec.verify ?? 'full',
  };
}

async function openSource(spec: DatasetSpec, o: SourceOptions): Promise<SourceData> {
  const s = spec.source;
  if (s === 'mnist') return openMnistSource(o);
  if (s === 'synthetic') return openSyntheticSource({}, o);
  if (s && typeof s === 'object' && 'synthetic' in s) return openSyntheticSource(s.synthetic ?? {}, o);
  if (s && typeof s === 'object' && 'folder' in s && typeof s.folder === 'string') return openFolderSource(s.folder, o);
  throw new RangeError(`source must be 'mnist', 'synthetic', { synthetic: {…} } or { folder: PATH } (got ${JSON.stringify(s)})`);
}

/** Uses a source's own splits; a missing val or test split is carved (stratified) out of train. */
function splitIndices(src: SourceData, fractions: { val: number; test: number }, seed: number): SplitIndices {
  const k = src.classes.length;
  if (!src.preset) return stratifiedSplit(src.labels, k, fractions, seed);
  const { train, val, test } = src.preset;
  const trainPool = train ?? new Int32Array(0);
  if (val && test) return { train: trainPool, val, test };
  const carved = stratifiedSplit(src.labels, k, { val: val ? 0 : fractions.val, test: test ? 0 : fractions.test }, seed, trainPool);
  return { train: carved.train, val: val ?? carved.val, test: test ?? carved.test };
}

/** Every class needs training images: for a folder that is the user's to fix; otherwise a warning. */
function checkTrainingImages(spec: DatasetSpec, src: SourceData, indices: SplitIndices): void {
  const train = countClasses(src.labels, src.classes.length, indices.train);
  const missing = src.classes.filter((_, c) => train[c] === 0);
  if (missing.length === 0) return;
  const names = missing.map((n) => `"${n}"`).join(', ');
  if (typeof spec.source === 'object' && 'folder' in spec.source) {
    throw datasetError('data.error.classWithoutTrainingImages', { names, path: spec.source.folder });
  }
  src.notices.push(notice('data.notice.classWithoutTraining', 'warning', { classes: names }));
}

/**
 * Opens a dataset for a model input. Rejects with a DatasetError (one line: the folder and the fix)
 * for a missing folder, no class folders, one class, or a class without usable images; with a
 * RangeError for bad options. Unreadable files never reject: they are listed in `skipped`.
 */
export async function openDataset(spec: DatasetSpec): Promise<Dataset> {
  return (await openDatasetWithSource(spec)).dataset;
}

/** openDataset, also giving what the source found (the files' headers): for the dataset preview. */
export async function openDatasetWithSource(spec: DatasetSpec): Promise<{ dataset: Dataset; source: SourceData }> {
  const o = sourceOptions(spec);
  if (spec.split) checkFractions(spec.split);
  const src = await openSource(spec, o);
  return { dataset: assemble(spec, o, src), source: src };
}

function assemble(spec: DatasetSpec, o: SourceOptions, src: SourceData): Dataset {
  const fractions = spec.split ?? src.split ?? DEFAULT_SPLIT;
  const indices = splitIndices(src, fractions, o.seed);
  checkTrainingImages(spec, src, indices);
  const skipped: SkippedFile[] = src.skipped;
  const failed = new Set<number>();
  const ctx: PoolSplitContext = {
    pool: src.pool,
    poolLabels: src.labels,
    classes: src.classes,
    input: o.input,
    pathOf: (i) => src.paths?.[i],
    concurrency: o.concurrency,
    onLoadFailure: (i, error) => {
      if (failed.has(i)) return;
      failed.add(i);
      const why = failureReason(error);
      skipped.push({ path: src.paths?.[i] ?? `image ${i}`, reason: `became unreadable while training: ${why.message}`, code: why.code, params: { ...why.params, whileTraining: 1 } });
    },
  };
  const report = buildReport(src.classes, src.labels, indices, skipped, {
    storage: src.pool.storage,
    hiddenIgnored: src.hiddenIgnored,
    notices: src.notices,
  });
  return {
    name: src.name,
    classes: src.classes,
    input: o.input,
    resize: o.resize,
    splits: {
      train: new PoolSplit('train', indices.train, ctx),
      val: new PoolSplit('val', indices.val, ctx),
      test: new PoolSplit('test', indices.test, ctx),
    },
    skipped,
    report,
  };
}
