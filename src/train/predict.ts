/**
 * Prediction with a saved run: loads model.json + weights, labels.json and meta.json (the input size
 * and the resize mode used in training, so images are decoded exactly as they were then), and gives
 * the top-k labels with probabilities for image files.
 */
import { join } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { decodeImageFile, type InputShape, type ResizeMode } from '../data/index';
import { probabilities } from './loss';
import { currentBudget, inferenceBatch, modelSize } from './memoryEstimate';
import { IDENTITY, normalize, type Normalization } from './normalization';
import { yieldToEventLoop } from './yieldToEventLoop';
import { RUN_FILES, loadRunModel, pathExists } from './runFolder';
import type { RunMeta } from './runMeta';
import { readRegularText } from '../files/regularFile';

/** A run folder that cannot be used: the message names the folder or file. */
export class RunLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunLoadError';
  }
}

export interface LoadedRun {
  readonly dir: string;
  readonly model: tfjs.LayersModel;
  readonly classes: readonly string[];
  readonly input: InputShape;
  readonly resize: ResizeMode;
  readonly meta: RunMeta;
  /** The Output block had softmax off: probabilities come from a softmax here. */
  readonly fromLogits: boolean;
  /** Input standardisation from meta.json (none for runs saved without it). */
  readonly normalization: Normalization;
}

export interface Prediction {
  readonly path: string;
  /** Best first. */
  readonly top: readonly { readonly label: string; readonly index: number; readonly probability: number }[];
}

async function readJson<T>(dir: string, file: string): Promise<T> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readRegularText(path);
  } catch {
    throw new RunLoadError(`${path} is missing: is ${dir} a LayerLoom run folder?`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new RunLoadError(`${path} is not valid JSON (${(err as Error).message})`);
  }
}

export async function loadRun(tf: typeof tfjs, dir: string): Promise<LoadedRun> {
  if (!(await pathExists(dir))) throw new RunLoadError(`run folder not found: ${dir}`);
  const meta = await readJson<RunMeta>(dir, RUN_FILES.meta);
  const classes = await readJson<string[]>(dir, RUN_FILES.labels);
  const project = await readJson<{ graph?: { nodes?: { kind: string; params: Record<string, unknown> }[] } }>(dir, RUN_FILES.project);
  if (!Array.isArray(classes) || !Array.isArray(meta.input) || meta.input.length !== 3) {
    throw new RunLoadError(`${join(dir, RUN_FILES.meta)} or ${RUN_FILES.labels} lacks the input shape or the class names`);
  }
  let model: tfjs.LayersModel;
  try {
    model = await loadRunModel(tf, dir);
  } catch (err) {
    throw new RunLoadError(`cannot load the model in ${dir}: ${(err as Error).message.split('\n')[0]}`);
  }
  const outUnits = (model.outputs[0].shape as number[]).at(-1);
  if (outUnits !== classes.length) {
    model.dispose();
    throw new RunLoadError(`the model in ${dir} has ${outUnits} outputs but labels.json names ${classes.length} classes`);
  }
  const fromLogits = (project.graph?.nodes ?? []).some((n) => n.kind === 'Output' && n.params.softmax === false);
  const normalization = (meta.normalization as Normalization | undefined) ?? IDENTITY;
  return { dir, model, classes, input: meta.input, resize: meta.resize ?? 'stretch', meta, fromLogits, normalization };
}

/** Class probabilities for images already decoded to the run's input (h·w·c floats each). */
export async function predictPixels(tf: typeof tfjs, run: LoadedRun, images: readonly Float32Array[]): Promise<Float32Array[]> {
  const [h, w, c] = run.input;
  const k = run.classes.length;
  const out: Float32Array[] = [];
  // 64 at a time, fewer when a large model's activations would not fit in memory.
  const size = inferenceBatch(modelSize(run.model), 64, currentBudget(tf).bytes);
  for (let start = 0; start < images.length; start += size) {
    const chunk = images.slice(start, start + size);
    const x = new Float32Array(chunk.length * h * w * c);
    chunk.forEach((img, i) => x.set(img, i * h * w * c));
    const probs = tf.tidy(() => probabilities(tf, run.model.predict(normalize(tf, tf.tensor4d(x, [chunk.length, h, w, c]), run.normalization)) as tfjs.Tensor, run.fromLogits));
    const data = (await probs.data()) as Float32Array;
    probs.dispose();
    for (let i = 0; i < chunk.length; i++) out.push(data.slice(i * k, (i + 1) * k));
    await yieldToEventLoop();
  }
  return out;
}

export function topK(probs: Float32Array, classes: readonly string[], k: number): Prediction['top'] {
  return Array.from(probs, (p, index) => ({ label: classes[index], index, probability: p }))
    .sort((a, b) => b.probability - a.probability || a.index - b.index)
    .slice(0, Math.max(1, k));
}

/** Decodes each file as in training and predicts; a file that cannot be decoded rejects naming it. */
export async function predictFiles(tf: typeof tfjs, run: LoadedRun, paths: readonly string[], k = 3): Promise<Prediction[]> {
  const images = await Promise.all(paths.map(async (path) => {
    try {
      return await decodeImageFile(path, run.input, run.resize);
    } catch (err) {
      throw new RunLoadError(`cannot read image ${path}: ${(err as Error).message.split('\n')[0]}`);
    }
  }));
  const probs = await predictPixels(tf, run, images);
  return paths.map((path, i) => ({ path, top: topK(probs[i], run.classes, k) }));
}
