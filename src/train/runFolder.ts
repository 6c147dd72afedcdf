/**
 * A run folder on disk: model.json + weights.bin (tfjs LayersModel format), project.layerloom.json,
 * history.json, labels.json, evaluation.json, meta.json.
 *
 * While training, everything is written into a hidden staging folder next to the final one
 * (`.NAME.partial-XXXX`). Each epoch's checkpoint is written all or nothing (every file to a temporary
 * name first, then all renamed at once), so a failed save — a full disk — leaves the previous checkpoint
 * whole. When the run ends the staging folder is renamed into place in one step, under a free name: a
 * run never lands in, or is lost to, a folder another run took meanwhile. The staging folder names its
 * writer (runOwner.ts), so a folder left by a process that died can be told from a live one.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { isTemporaryName, temporaryNameFor, writeFileAtomic, writeTemporary } from '../files/atomicWrite';
import { currentOwner, OWNER_FILE } from './runOwner';
import { MAX_BINARY_FILE_BYTES, readRegularFile, readRegularText } from '../files/regularFile';

export const RUN_FILES = {
  model: 'model.json',
  weights: 'weights.bin',
  project: 'project.layerloom.json',
  history: 'history.json',
  labels: 'labels.json',
  evaluation: 'evaluation.json',
  meta: 'meta.json',
  /** The optimizer's state with the checkpoint's weights (optimizerState.ts), for resuming. */
  optimizer: 'optimizer.json',
  optimizerWeights: 'optimizer.bin',
} as const;

/** `runs/2026-11-28T16-40-07-lenet5`: a sortable timestamp and the model's name (letters, digits, - and _). */
export function defaultRunDir(name: string, now = new Date(), root = 'runs'): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const slug = name.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'run';
  return join(root, `${stamp}-${slug}`);
}

/** `.NAME.partial-XXXXXXXX`: a run folder being written (or left behind by a process that died). */
export const STAGING_PATTERN = /^\.(.+)\.partial-[0-9a-f]{8}$/;

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `dir`, or `dir-2`, `dir-3` … : the first name `taken` says is free. */
function freeName(dir: string, taken: (path: string) => boolean): string {
  if (!taken(dir)) return dir;
  for (let i = 2; ; i++) if (!taken(`${dir}-${i}`)) return `${dir}-${i}`;
}

const isCollision = (err: unknown) => ['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

/** The file contents of a model as saved: model.json's text and weights.bin's bytes. */
export async function modelFiles(tf: typeof tfjs, model: tfjs.LayersModel): Promise<Array<[string, string | Uint8Array]>> {
  let files: Array<[string, string | Uint8Array]> = [];
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const weights = artifacts.weightData ? new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData)) : new Uint8Array(0);
    const modelJson = {
      format: artifacts.format ?? 'layers-model',
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy ?? null,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: [RUN_FILES.weights], weights: artifacts.weightSpecs ?? [] }],
    };
    files = [[RUN_FILES.weights, weights], [RUN_FILES.model, JSON.stringify(modelJson)]];
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
  }));
  return files;
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export class RunFolder {
  /** Whether a whole checkpoint is in the staging folder. */
  private checkpointed = false;

  private constructor(readonly finalDir: string, readonly stagingDir: string) {}

  /**
   * Creates the staging folder. An explicit folder that already exists is refused; a default one
   * (`pickFreeName`) takes the first free `-2`, `-3` … name, counting runs still being written.
   */
  static async create(finalDir: string, { pickFreeName = false } = {}): Promise<RunFolder> {
    let abs = resolve(finalDir);
    const parent = dirname(abs);
    if (pickFreeName) {
      const staging = new Set((await readdir(parent).catch(() => [] as string[])).flatMap((n) => STAGING_PATTERN.exec(n)?.[1] ?? []));
      abs = freeName(abs, (p) => existsSync(p) || staging.has(basename(p)));
    } else if (await pathExists(abs)) {
      throw new Error(`the run folder ${finalDir} already exists; choose another --out`);
    }
    const staging = join(parent, `.${basename(abs)}.partial-${randomBytes(4).toString('hex')}`);
    await mkdir(staging, { recursive: true });
    await writeFileAtomic(join(staging, OWNER_FILE), json(currentOwner()));
    return new RunFolder(abs, staging);
  }

  /** Continues a saved run (resume): the folder moves back to a staging name until the run ends again. */
  static async reopen(runDir: string): Promise<RunFolder> {
    const abs = resolve(runDir);
    const m = STAGING_PATTERN.exec(basename(abs));
    const finalDir = m ? join(dirname(abs), m[1]) : abs;
    const staging = join(dirname(abs), `.${basename(finalDir)}.partial-${randomBytes(4).toString('hex')}`);
    await rename(abs, staging);
    for (const name of await readdir(staging)) if (isTemporaryName(name)) await rm(join(staging, name), { force: true });
    await writeFileAtomic(join(staging, OWNER_FILE), json(currentOwner()));
    const folder = new RunFolder(finalDir, staging);
    folder.checkpointed = true;
    return folder;
  }

  /**
   * A staging folder whose writer is gone (runMaintenance.ts): interruptSync() then keeps its checkpoint
   * as an interrupted run, or removes it when there is none.
   */
  static adopt(stagingDir: string): RunFolder {
    const m = STAGING_PATTERN.exec(basename(stagingDir));
    if (!m) throw new Error(`${stagingDir} is not a run's staging folder`);
    const folder = new RunFolder(join(dirname(stagingDir), m[1]), stagingDir);
    folder.checkpointed = existsSync(join(stagingDir, RUN_FILES.model)) && existsSync(join(stagingDir, RUN_FILES.meta));
    return folder;
  }

  get hasCheckpoint(): boolean {
    return this.checkpointed;
  }

  async writeJson(file: string, value: unknown): Promise<void> {
    await writeFileAtomic(join(this.stagingDir, file), json(value));
  }

  async writeText(file: string, text: string): Promise<void> {
    await writeFileAtomic(join(this.stagingDir, file), text);
  }

  /**
   * Writes one checkpoint's files all or none: each to a flushed temporary name, then all renamed in
   * one synchronous step (nothing else in this process runs between the renames, not even a Ctrl-C
   * handler). If any write fails, the temporary files go and the previous checkpoint stays whole.
   */
  async writeCheckpoint(files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<void> {
    const written: Array<[string, string]> = [];
    try {
      for (const [name, data] of files) {
        const path = join(this.stagingDir, name);
        written.push([await writeTemporary(path, data), path]);
      }
    } catch (err) {
      await Promise.all(written.map(([tmp]) => rm(tmp, { force: true })));
      throw err;
    }
    for (const [tmp, path] of written) renameSync(tmp, path);
    this.checkpointed = true;
  }

  /** Saves the model (topology + weights), both files at once. */
  async saveModel(tf: typeof tfjs, model: tfjs.LayersModel): Promise<void> {
    await this.writeCheckpoint(await modelFiles(tf, model));
  }

  /** Moves the staging folder to its final name (or the first free one after it): the run appears whole. */
  async finish(): Promise<string> {
    await mkdir(dirname(this.finalDir), { recursive: true });
    await rm(join(this.stagingDir, OWNER_FILE), { force: true });
    for (let attempt = 0; ; attempt++) {
      const target = freeName(this.finalDir, existsSync);
      try {
        await rename(this.stagingDir, target);
        return target;
      } catch (err) {
        // Another run took the name between the check and the rename: take the next one.
        if (!isCollision(err) || attempt > 20) throw err;
      }
    }
  }

  /**
   * Ends at once (a second Ctrl-C, the process exits next): with a checkpoint, it moves into place with
   * `meta.json` marked as `status`; without one, the staging folder goes. Synchronous on purpose.
   * Returns the run folder kept, or null.
   */
  interruptSync(status: string): string | null {
    if (!existsSync(this.stagingDir)) return existsSync(this.finalDir) ? this.finalDir : null;
    if (!this.checkpointed) {
      rmSync(this.stagingDir, { recursive: true, force: true });
      return null;
    }
    for (const name of readdirSync(this.stagingDir)) if (isTemporaryName(name) || name === OWNER_FILE) rmSync(join(this.stagingDir, name), { force: true });
    const metaPath = join(this.stagingDir, RUN_FILES.meta);
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
      const tmp = temporaryNameFor(metaPath);
      writeFileSync(tmp, json({ ...meta, status }));
      renameSync(tmp, metaPath);
    } catch {
      // The checkpoint stays as it was: the runs list shows a run whose status says training as interrupted.
    }
    const target = freeName(this.finalDir, existsSync);
    renameSync(this.stagingDir, target);
    return target;
  }

  /** Removes the staging folder (a run that saved no checkpoint leaves nothing). */
  async discard(): Promise<void> {
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

/** Loads a saved model from a run folder (no file:// handler needed: read here, handed over in memory). */
export async function loadRunModel(tf: typeof tfjs, dir: string): Promise<tfjs.LayersModel> {
  const modelJson = JSON.parse(await readRegularText(join(dir, RUN_FILES.model))) as tfjs.io.ModelJSON;
  const specs = modelJson.weightsManifest.flatMap((g) => g.weights);
  const buffers = await Promise.all(modelJson.weightsManifest.flatMap((g) => g.paths).map((p) => readRegularFile(join(dir, p), MAX_BINARY_FILE_BYTES)));
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: specs, weightData }));
}
