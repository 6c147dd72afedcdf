/**
 * A run's test images for the results view, e.g. one confusion-matrix cell (actual × predicted): the
 * run's data is reopened exactly as its session opened it (source, input, resize, limit, seed from
 * meta.json), so split indices are the ones evaluation.json speaks of. The cell comes from the saved
 * per-image predictions; runs saved without them are predicted again with the saved model.
 */
import { join, resolve } from 'node:path';
import { dataSourceFromArgument, openDataset, type DataSplit, type Dataset, type InputShape } from '../data/index';
import { pngDataUrl } from '../data/pngDataUrl';
import { loadedRun } from './inferenceRuns';
import { predictPixels } from './predict';
import { RUN_FILES } from './runFolder';
import { RunReadError } from './runCatalog';
import { readRegularText } from '../files/regularFile';

export interface RunImagesQuery {
  readonly dir: string;
  readonly actual?: number;
  readonly predicted?: number;
  readonly indices?: readonly number[];
  readonly limit: number;
}

export interface RunImage {
  index: number;
  label: string;
  path?: string;
  url: string;
}

interface RunFacts {
  readonly data: string;
  readonly limit?: number;
  readonly seed: number;
  readonly input: InputShape;
  readonly resize: 'stretch' | 'crop' | 'letterbox';
  readonly classes: readonly string[];
  readonly split: 'train' | 'val' | 'test';
  readonly predictions?: readonly (readonly [number, number])[];
}

async function json(dir: string, file: string, required: boolean): Promise<Record<string, unknown> | undefined> {
  const path = join(dir, file);
  const text = await readRegularText(path).catch(() => undefined);
  if (text === undefined) {
    if (required) throw new RunReadError(`${path} is missing: is ${dir} a LayerLoom run folder? Choose a run from the runs list`);
    return undefined;
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new RunReadError(`${path} is not valid JSON (${(err as Error).message})`);
  }
}

async function runFacts(dir: string): Promise<RunFacts> {
  const meta = (await json(dir, RUN_FILES.meta, true))!;
  const settings = (meta.settings ?? {}) as { data?: unknown; limit?: unknown };
  const input = meta.input as InputShape | undefined;
  const classes = meta.classes as string[] | undefined;
  if (typeof settings.data !== 'string' || !Array.isArray(input) || input.length !== 3 || !Array.isArray(classes)) {
    throw new RunReadError(`${join(dir, RUN_FILES.meta)} does not say which data the run trained on (settings.data, input, classes); it was saved by an older LayerLoom`);
  }
  const evaluation = await json(dir, RUN_FILES.evaluation, false).catch(() => undefined);
  const split = evaluation?.split === 'val' || evaluation?.split === 'train' ? evaluation.split : 'test';
  const predictions = Array.isArray(evaluation?.predictions) ? evaluation.predictions as [number, number][] : undefined;
  return {
    data: settings.data,
    limit: typeof settings.limit === 'number' ? settings.limit : undefined,
    seed: typeof meta.seed === 'number' ? meta.seed : 1,
    input,
    resize: meta.resize === 'crop' || meta.resize === 'letterbox' ? meta.resize : 'stretch',
    classes,
    split,
    predictions,
  };
}

/** The last run's reopened data: clicking one confusion cell after another does not reopen the folder. */
let lastData: { key: string; dataset: Promise<Dataset> } | undefined;

function reopen(facts: RunFacts): Promise<Dataset> {
  const key = JSON.stringify([facts.data, facts.limit, facts.seed, facts.input, facts.resize]);
  if (lastData?.key !== key) {
    const dataset = openDataset({ source: dataSourceFromArgument(facts.data), input: facts.input, resize: facts.resize, limit: facts.limit, seed: facts.seed });
    lastData = { key, dataset };
    dataset.catch(() => {
      if (lastData?.dataset === dataset) lastData = undefined;
    });
  }
  return lastData.dataset;
}

/** The last run predicted again (its split and model), so clicking cell after cell predicts once. */
let lastPredicted: { dir: string; split: DataSplit; predictions: Promise<[number, number][]> } | undefined;

function predictionsOf(dir: string, split: DataSplit): Promise<[number, number][]> {
  if (lastPredicted?.dir !== dir || lastPredicted.split !== split) {
    const predictions = predictSplit(dir, split);
    lastPredicted = { dir, split, predictions };
    predictions.catch(() => {
      if (lastPredicted?.predictions === predictions) lastPredicted = undefined;
    });
  }
  return lastPredicted.predictions;
}

/** [actual, predicted] for every image of the split, from the saved model. */
async function predictSplit(dir: string, split: DataSplit): Promise<[number, number][]> {
  const { tf, run } = await loadedRun(dir);
  const out: [number, number][] = Array.from({ length: split.size }, (_, i) => [split.labels[i], -1]);
  for await (const batch of split.batches(128)) {
    const images = Array.from({ length: batch.n }, (_, i) => batch.x.subarray(i * batch.x.length / batch.n, (i + 1) * batch.x.length / batch.n));
    const probs = await predictPixels(tf, run, images);
    probs.forEach((p, i) => {
      let best = 0;
      for (let j = 1; j < p.length; j++) if (p[j] > p[best]) best = j;
      out[batch.indices[i]] = [batch.y[i], best];
    });
  }
  return out;
}

export async function runImages(q: RunImagesQuery): Promise<{ images: RunImage[]; total: number }> {
  const dir = resolve(q.dir);
  const facts = await runFacts(dir);
  const dataset = await reopen(facts).catch((err: Error) => {
    throw new RunReadError(`the run's data (${facts.data}) cannot be opened again: ${err.message}`);
  });
  const same = dataset.classes.length === facts.classes.length && dataset.classes.every((c, i) => c === facts.classes[i]);
  if (!same) throw new RunReadError(`the data at ${facts.data} now has classes [${dataset.classes.join(', ')}] but the run trained on [${facts.classes.join(', ')}]; its images cannot be matched to the run`);
  const split = dataset.splits[facts.split];
  for (const i of q.indices ?? []) {
    if (i >= split.size) throw new RangeError(`image index ${i} is outside the run's ${facts.split} split (0…${split.size - 1})`);
  }
  const saved = facts.predictions?.length === split.size ? facts.predictions : undefined;
  const predictions = q.predicted === undefined ? undefined : saved ?? (await predictionsOf(dir, split));
  const candidates = (q.indices ?? Array.from({ length: split.size }, (_, i) => i)).filter((i) =>
    (q.actual === undefined || split.labels[i] === q.actual) && (predictions === undefined || predictions[i][1] === q.predicted));
  const images = await Promise.all(candidates.slice(0, q.limit).map(async (index): Promise<RunImage | null> => {
    const info = split.describe(index);
    const pixels = await split.get(index).catch(() => null); // a file gone since training: left out
    if (!pixels) return null;
    const url = await pngDataUrl(pixels, facts.input);
    return info.path === undefined ? { index, label: info.className, url } : { index, label: info.className, path: info.path, url };
  }));
  return { images: images.filter((i): i is RunImage => i !== null), total: candidates.length };
}
