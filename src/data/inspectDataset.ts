/**
 * What the app's dataset panel shows before training: classes with counts, split sizes, skipped files
 * and why, the size images are fitted to (and the files' own size), sample images exactly as the model
 * will see them, and warnings. The data is opened the way a training session opens it (same seed,
 * limit and resize), so the counts and splits are the ones training will use.
 */
import { basename, resolve } from 'node:path';
import { dataSourceFromArgument } from './dataSourceArg.ts';
import { scanFolder } from './folderScan.ts';
import { surveyImageSizes } from './folderImageSizes.ts';
import { MNIST_SHAPE } from './mnist.ts';
import { openDataset } from './openDataset.ts';
import { pngDataUrl } from './pngDataUrl.ts';
import { sampleImages } from './samples.ts';
import type { InputShape, ResizeMode, SkippedFile } from './types.ts';

export interface InspectSpec {
  /** "mnist", "synthetic", or a folder path. */
  readonly source: string;
  /** The model input; default the images' own size. */
  readonly input?: readonly [number, number, number];
  readonly limit?: number;
  readonly resize?: ResizeMode;
  /** Sample images per class (0 = none). */
  readonly samplesPerClass: number;
}

export interface DatasetInfo {
  readonly kind: 'mnist' | 'synthetic' | 'folder';
  readonly layout: 'classes' | 'splits' | 'builtin';
  readonly name: string;
  readonly classes: { name: string; count: number }[];
  readonly total: number;
  readonly imbalance: number;
  readonly skipped: SkippedFile[];
  readonly input: [number, number, number];
  readonly resize: ResizeMode;
  readonly nativeInput: [number, number, number] | null;
  readonly splits: { train: number; validation: number; test: number };
  readonly samples: { className: string; images: string[] }[];
  readonly warnings: string[];
}

/** Synthetic shapes are drawn at any size; without a model input they are shown at this one. */
export const SYNTHETIC_DEFAULT_INPUT: InputShape = [32, 32, 3];
/** A folder whose images could not be measured is shown at this size. */
export const FOLDER_FALLBACK_INPUT: InputShape = [64, 64, 3];
/** The skipped list is cut here (a folder of 50,000 stray files would make a huge answer); a warning gives the full count. */
export const MAX_SKIPPED_LISTED = 500;

interface SourcePlan {
  readonly kind: DatasetInfo['kind'];
  readonly layout: DatasetInfo['layout'];
  readonly name: string;
  readonly nativeInput: InputShape | null;
  /** Used when the spec gives no input. */
  readonly defaultInput: InputShape;
  readonly warnings: string[];
}

async function planSource(source: string): Promise<SourcePlan> {
  const parsed = dataSourceFromArgument(source);
  if (parsed === 'mnist') return { kind: 'mnist', layout: 'builtin', name: 'MNIST', nativeInput: MNIST_SHAPE, defaultInput: MNIST_SHAPE, warnings: [] };
  if (parsed === 'synthetic') return { kind: 'synthetic', layout: 'builtin', name: 'Synthetic shapes', nativeInput: null, defaultInput: SYNTHETIC_DEFAULT_INPUT, warnings: [] };
  const folder = (parsed as { folder: string }).folder;
  const catalog = await scanFolder(folder);
  const sizes = await surveyImageSizes(catalog.files.map((f) => f.path));
  const warnings: string[] = [];
  if (!sizes.uniform && sizes.sizes.length > 1) {
    const shown = sizes.sizes.slice(0, 4).join(', ');
    warnings.push(`the images have different sizes (${shown}${sizes.sizes.length > 4 ? ', …' : ''}); each is resized to the model input`);
  }
  return {
    kind: 'folder', layout: catalog.layout, name: basename(resolve(folder)) || folder,
    nativeInput: sizes.uniform, defaultInput: sizes.common ?? FOLDER_FALLBACK_INPUT, warnings,
  };
}

export async function inspectDataset(spec: InspectSpec, signal?: AbortSignal): Promise<DatasetInfo> {
  const plan = await planSource(spec.source);
  const input: InputShape = spec.input ?? plan.defaultInput;
  const resize = spec.resize ?? 'stretch';
  // Nothing is kept decoded (budget 0): only the samples are computed, so MNIST answers in well under a second.
  const dataset = await openDataset({ source: dataSourceFromArgument(spec.source), input, resize, limit: spec.limit, signal, memoryBudgetBytes: 0 });
  const { report } = dataset;
  const samples = spec.samplesPerClass > 0 ? await sampleImages(dataset, spec.samplesPerClass) : [];
  const urls = await Promise.all(samples.map((s) => pngDataUrl(s.image, input)));
  const byClass = dataset.classes.map((className) => ({ className, images: [] as string[] }));
  samples.forEach((s, i) => byClass[s.label].images.push(urls[i]));
  const warnings = [...plan.warnings, ...report.warnings];
  if (dataset.skipped.length > MAX_SKIPPED_LISTED) warnings.push(`only the first ${MAX_SKIPPED_LISTED} of ${dataset.skipped.length} skipped files are listed`);
  return {
    kind: plan.kind,
    layout: plan.layout,
    name: plan.name,
    classes: dataset.classes.map((name, c) => ({ name, count: report.classCounts.total[c] })),
    total: report.images,
    imbalance: imbalanceOf(report.classCounts.total),
    skipped: dataset.skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => ({ path: s.path, reason: s.reason })),
    input: [input[0], input[1], input[2]],
    resize,
    nativeInput: plan.nativeInput ? [plan.nativeInput[0], plan.nativeInput[1], plan.nativeInput[2]] : null,
    splits: { train: dataset.splits.train.size, validation: dataset.splits.val.size, test: dataset.splits.test.size },
    samples: spec.samplesPerClass > 0 ? byClass : [],
    warnings,
  };
}

/** Largest class over smallest (a class with no images counts as 1, so the ratio stays finite). */
function imbalanceOf(counts: readonly number[]): number {
  if (!counts.length) return 1;
  return Math.max(...counts) / Math.max(1, Math.min(...counts));
}
