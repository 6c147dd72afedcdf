/**
 * What the app's dataset panel (and `layerloom data`) shows before training: classes with counts, split
 * sizes, skipped files and why, what the images are like (sizes, colour) and the model input that fits
 * them, sample images exactly as the model will see them, and notices — above all when the model's input
 * would throw colour or detail away. The data is opened by openDataset, as a training session opens it
 * (same seed, limit and resize, so the counts and splits are training's), in its `preview` mode: file
 * headers only, a few thumbnails decoded, nothing kept, cancellable through `signal` at every folder and
 * every file.
 */
import { basename, resolve } from 'node:path';
import { dataSourceFromArgument } from './dataSourceArg.ts';
import { decodePixels, failureReason } from './decode.ts';
import { convertChannels } from './resize.ts';
import { notice, fitNotices } from './fitNotices.ts';
import { prefetchInOrder } from './imagePool.ts';
import { showsColour, surveyImages, type ImageSurvey } from './imageSurvey.ts';
import type { ImageHeader } from './imageHeader.ts';
import { MNIST_SHAPE } from './mnist.ts';
import { openDatasetWithSource } from './openDataset.ts';
import { pngDataUrl } from './pngDataUrl.ts';
import { sampleImages, sampleIndices } from './samples.ts';
import type { Dataset, DatasetNotice, InputShape, ResizeMode, SkippedFile } from './types.ts';

export interface InspectSpec {
  /** "mnist", "synthetic", or a folder path. */
  readonly source: string;
  /** The model input; default the input suggested for the images. */
  readonly input?: readonly [number, number, number];
  readonly limit?: number;
  readonly resize?: ResizeMode;
  /** Sample images per class (0 = none). */
  readonly samplesPerClass: number;
}

export interface ImagesInfo {
  /** Files whose header was read (a big folder is sampled); `unchecked` more count as images unread. */
  readonly measured: number;
  readonly unchecked: number;
  readonly sizes: { width: number; height: number; count: number }[];
  readonly distinctSizes: number;
  readonly median: { width: number; height: number } | null;
  readonly colour: boolean;
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
  /** The size every image has, when they all have one (MNIST's 28×28×1). */
  readonly nativeInput: [number, number, number] | null;
  /** The model input that fits the images (median size, at most 128 on the longer side; 3 channels if any image has colour), when known. */
  readonly suggestedInput: [number, number, number] | null;
  /** What the images are like (null for synthetic shapes, drawn at any size). */
  readonly images: ImagesInfo | null;
  readonly splits: { train: number; validation: number; test: number };
  readonly samples: { className: string; images: string[] }[];
  /** The notices' English lines. */
  readonly warnings: string[];
  readonly notices: DatasetNotice[];
}

/** Synthetic shapes are drawn at any size; without a model input they are shown at this one. */
export const SYNTHETIC_DEFAULT_INPUT: InputShape = [32, 32, 3];
/** A folder whose images could not be measured is shown at this size. */
export const FOLDER_FALLBACK_INPUT: InputShape = [64, 64, 3];
/** The skipped list is cut here (a folder of 50,000 stray files would make a huge answer); a notice gives the full count. */
export const MAX_SKIPPED_LISTED = 500;
/** Files with colour bands decoded (tiny) to see whether their pixels really have colour. */
export const COLOUR_CHECKS = 16;
const COLOUR_CHECK_SIDE = 32;

const tuple = (s: readonly number[]): [number, number, number] => [s[0], s[1], s[2]];

export async function inspectDataset(spec: InspectSpec, signal?: AbortSignal): Promise<DatasetInfo> {
  const parsed = dataSourceFromArgument(spec.source);
  const resize = spec.resize ?? 'stretch';
  const kind = parsed === 'mnist' || parsed === 'synthetic' ? parsed : 'folder';
  const { dataset, source } = await openDatasetWithSource({
    source: parsed, input: spec.input ?? (kind === 'mnist' ? MNIST_SHAPE : kind === 'synthetic' ? SYNTHETIC_DEFAULT_INPUT : FOLDER_FALLBACK_INPUT),
    resize, limit: spec.limit, signal, memoryBudgetBytes: 0, verify: 'preview',
  });
  const skipped = [...dataset.skipped];
  let survey: ImageSurvey | null = null;
  let samples: DatasetInfo['samples'] = [];
  let input: InputShape;
  if (kind === 'folder') {
    // The samples are decoded in colour first: they also tell whether the images really have colour.
    const headers = (source.headers ?? []).filter((h): h is ImageHeader => h !== undefined);
    const [h, w] = spec.input ?? surveyImages(headers).suggested ?? FOLDER_FALLBACK_INPUT;
    const decoded = spec.samplesPerClass > 0 ? await decodeSamples(dataset, h, w, resize, spec.samplesPerClass, skipped, signal) : [];
    const seen = decoded.filter((d) => d.bands === 3);
    let colour = seen.length ? seen.some((d) => showsColour(d.data, h * w)) : undefined;
    if (!colour && seen.length < COLOUR_CHECKS) {
      const more = await colourSeen(source.paths ?? [], source.headers ?? [], new Set(decoded.map((d) => d.path)), skipped, signal);
      if (more !== undefined) colour = more;
    }
    survey = surveyImages(headers, colour);
    input = spec.input ?? survey.suggested ?? FOLDER_FALLBACK_INPUT;
    if (spec.samplesPerClass > 0) samples = await toSampleUrls(dataset, decoded, input);
  } else {
    if (kind === 'mnist') survey = surveyImages(Array.from({ length: dataset.report.images }, () => ({ width: 28, height: 28, colourBands: false })));
    input = spec.input ?? survey?.suggested ?? dataset.input;
    if (spec.samplesPerClass > 0) samples = await builtinSamples(dataset, input, spec.samplesPerClass);
  }
  const unchecked = source.unchecked ?? 0;
  const notices = [...(survey ? fitNotices(input, survey) : []), ...dataset.report.notices];
  if (unchecked > 0) {
    notices.push(notice('data.notice.sampledCheck', 'info', { checked: survey?.measured ?? 0, files: dataset.report.images + skipped.length }));
  }
  if (skipped.length > MAX_SKIPPED_LISTED) {
    notices.push(notice('data.notice.skippedCut', 'info', { listed: MAX_SKIPPED_LISTED, n: skipped.length }));
  }
  const { report } = dataset;
  const uniform = survey && survey.distinctSizes === 1 && unchecked === 0 ? survey.sizes[0] : null;
  return {
    kind,
    layout: kind === 'folder' ? (source.preset ? 'splits' : 'classes') : 'builtin',
    name: kind === 'mnist' ? 'MNIST' : kind === 'synthetic' ? 'Synthetic shapes' : basename(resolve(spec.source)) || spec.source,
    classes: dataset.classes.map((name, c) => ({ name, count: report.classCounts.total[c] })),
    total: report.images,
    imbalance: imbalanceOf(report.classCounts.total),
    skipped: skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => ({ ...s })),
    input: tuple(input),
    resize,
    nativeInput: uniform ? [uniform.height, uniform.width, survey!.colour ? 3 : 1] : null,
    suggestedInput: survey?.suggested ? tuple(survey.suggested) : null,
    images: survey && {
      measured: survey.measured, unchecked, sizes: survey.sizes.map((z) => ({ ...z })), distinctSizes: survey.distinctSizes,
      median: survey.median && { ...survey.median }, colour: survey.colour,
    },
    splits: { train: dataset.splits.train.size, validation: dataset.splits.val.size, test: dataset.splits.test.size },
    samples,
    warnings: notices.map((n) => n.message),
    notices,
  };
}

/**
 * Whether the pixels of files stored in colour really have colour (a black-and-white photo saved as RGB
 * does not): up to COLOUR_CHECKS of them not looked at yet, spread over the folder, decoded at 32×32.
 * Undefined when there was none to look at. A file that fails to decode goes to `skipped`.
 */
async function colourSeen(paths: readonly string[], headers: readonly (ImageHeader | undefined)[], seen: ReadonlySet<string>, skipped: SkippedFile[], signal?: AbortSignal): Promise<boolean | undefined> {
  const coloured = paths.filter((p, i) => headers[i]?.colourBands && !seen.has(p));
  const n = Math.min(COLOUR_CHECKS, coloured.length);
  const picked = Array.from({ length: n }, (_, k) => coloured[Math.floor((k * coloured.length) / n)]);
  const decode = (k: number) => decodePixels(picked[k], COLOUR_CHECK_SIDE, COLOUR_CHECK_SIDE, 'stretch');
  let k = 0;
  for await (const r of prefetchInOrder(Int32Array.from(picked, (_, i) => i), decode, 4, 4)) {
    signal?.throwIfAborted();
    const path = picked[k++];
    if (!r.ok) skipped.push(failureReason(r.error).at(path));
    else if (r.image.bands === 3 && showsColour(r.image.data, COLOUR_CHECK_SIDE * COLOUR_CHECK_SIDE)) return true;
  }
  return n > 0 ? false : undefined;
}

interface DecodedSample {
  readonly label: number;
  readonly path: string;
  readonly data: Uint8Array;
  readonly bands: 1 | 3;
}

/** Up to `perClass` training images of each class, decoded at h×w (their own bands: 1 or 3). A file that fails goes to `skipped`. */
async function decodeSamples(dataset: Dataset, h: number, w: number, resize: ResizeMode, perClass: number, skipped: SkippedFile[], signal?: AbortSignal): Promise<DecodedSample[]> {
  const split = dataset.splits.train;
  const picked = sampleIndices(dataset, perClass);
  const out: DecodedSample[] = [];
  let k = 0;
  for await (const r of prefetchInOrder(picked, (i) => decodePixels(split.describe(i).path!, h, w, resize), 4, 4)) {
    signal?.throwIfAborted();
    const { label, path } = split.describe(picked[k++]);
    if (r.ok) out.push({ label, path: path!, ...r.image });
    else skipped.push(failureReason(r.error).at(path!));
  }
  return out;
}

/** The samples as the model sees them (its channels; the same conversion as decodeImageBuffer), as PNG data URLs by class. */
async function toSampleUrls(dataset: Dataset, decoded: readonly DecodedSample[], input: InputShape): Promise<DatasetInfo['samples']> {
  const byClass = dataset.classes.map((className) => ({ className, images: [] as string[] }));
  const [h, w, c] = input;
  for (const d of decoded) byClass[d.label].images.push(await pngDataUrl(convertChannels(d.data, h * w, d.bands, c, 1 / 255), input));
  return byClass;
}

/** MNIST and synthetic samples, as their pool makes them. */
async function builtinSamples(dataset: Dataset, input: InputShape, perClass: number): Promise<DatasetInfo['samples']> {
  const byClass = dataset.classes.map((className) => ({ className, images: [] as string[] }));
  const samples = await sampleImages(dataset, perClass);
  const urls = await Promise.all(samples.map((s) => pngDataUrl(s.image, input)));
  samples.forEach((s, i) => byClass[s.label].images.push(urls[i]));
  return byClass;
}

/** Largest class over smallest (a class with no images counts as 1, so the ratio stays finite). */
function imbalanceOf(counts: readonly number[]): number {
  if (!counts.length) return 1;
  return Math.max(...counts) / Math.max(1, Math.min(...counts));
}
