/**
 * A run folder on disk: model.json + weights.bin (tfjs LayersModel format), project.layerloom.json,
 * history.json, labels.json, evaluation.json, meta.json.
 *
 * While training, everything is written into a hidden staging folder next to the final one
 * (`.NAME.partial-XXXX`), checkpointed each epoch with atomic file writes; when the run ends it is
 * renamed into place in one step. A failed run's staging folder is removed, so the final path holds
 * either a whole run or nothing.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { renameIntoPlace, writeFileAtomic } from '../files/atomicWrite';

export const RUN_FILES = {
  model: 'model.json',
  weights: 'weights.bin',
  project: 'project.layerloom.json',
  history: 'history.json',
  labels: 'labels.json',
  evaluation: 'evaluation.json',
  meta: 'meta.json',
} as const;

/** `runs/2026-11-28T16-40-07-lenet5`: a sortable timestamp and the model's name (letters, digits, - and _). */
export function defaultRunDir(name: string, now = new Date(), root = 'runs'): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const slug = name.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'run';
  return join(root, `${stamp}-${slug}`);
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export class RunFolder {
  private constructor(readonly finalDir: string, readonly stagingDir: string) {}

  /** Creates the staging folder; refuses a final folder that already exists. */
  static async create(finalDir: string): Promise<RunFolder> {
    const abs = resolve(finalDir);
    if (await pathExists(abs)) throw new Error(`the run folder ${finalDir} already exists; choose another --out`);
    const staging = join(dirname(abs), `.${basename(abs)}.partial-${randomBytes(4).toString('hex')}`);
    await mkdir(staging, { recursive: true });
    return new RunFolder(abs, staging);
  }

  async writeJson(file: string, value: unknown): Promise<void> {
    await writeFileAtomic(join(this.stagingDir, file), `${JSON.stringify(value, null, 2)}\n`);
  }

  async writeText(file: string, text: string): Promise<void> {
    await writeFileAtomic(join(this.stagingDir, file), text);
  }

  /** Saves the model (topology + weights) through a custom save handler: each file written atomically. */
  async saveModel(tf: typeof tfjs, model: tfjs.LayersModel): Promise<void> {
    await model.save(tf.io.withSaveHandler(async (artifacts) => {
      const weights = artifacts.weightData ? new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData)) : new Uint8Array(0);
      await writeFileAtomic(join(this.stagingDir, RUN_FILES.weights), weights);
      const modelJson = {
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [RUN_FILES.weights], weights: artifacts.weightSpecs ?? [] }],
      };
      await writeFileAtomic(join(this.stagingDir, RUN_FILES.model), JSON.stringify(modelJson));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
    }));
  }

  /** Moves the staging folder to its final name: the run appears whole. */
  async finish(): Promise<string> {
    await renameIntoPlace(this.stagingDir, this.finalDir);
    return this.finalDir;
  }

  /** Removes the staging folder (a failed run leaves nothing). */
  async discard(): Promise<void> {
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

/** Loads a saved model from a run folder (no file:// handler needed: read here, handed over in memory). */
export async function loadRunModel(tf: typeof tfjs, dir: string): Promise<tfjs.LayersModel> {
  const json = JSON.parse(await readFile(join(dir, RUN_FILES.model), 'utf8')) as tfjs.io.ModelJSON;
  const specs = json.weightsManifest.flatMap((g) => g.weights);
  const buffers = await Promise.all(json.weightsManifest.flatMap((g) => g.paths).map((p) => readFile(join(dir, p))));
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: specs, weightData }));
}
