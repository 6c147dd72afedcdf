/**
 * Saved runs loaded for inference in the engine (predict, re-predicting a run's test images): the
 * compute backend is chosen once (`auto`), never switched while a session trains, and the last few
 * loaded models are kept, so dropping images one after another does not reload the model each time.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { backendGeneration, selectBackend } from './backends/selectBackend';
import { loadRun, type LoadedRun } from './predict';
import { RUN_FILES } from './runFolder';
import { trainingActive } from './trainingSessions';

export const KEEP_LOADED_RUNS = 3;

let backendReady: Promise<unknown> | undefined;

/** tfjs with a backend ready: the one a session already uses, or the fastest that loads. */
export async function inferenceTf(): Promise<typeof tfjs> {
  const tf = await import('@tensorflow/tfjs');
  // A session picks its own backend; switching under it would move its weights between backends.
  if (!trainingActive()) backendReady ??= selectBackend('auto').catch((err: unknown) => {
    backendReady = undefined;
    throw err;
  });
  await backendReady;
  return tf;
}

interface Cached {
  readonly key: string;
  readonly dir: string;
  readonly run: Promise<LoadedRun>;
}

/** Most recently used first; a load in progress is shared by the requests that need it. */
const cache: Cached[] = [];

function dispose(c: Cached): void {
  c.run.then((r) => r.model.dispose(), () => undefined);
}

/** A run's model, labels and preprocessing; reloaded when its model.json changed or the backend did. */
export async function loadedRun(dir: string): Promise<{ tf: typeof tfjs; run: LoadedRun }> {
  const tf = await inferenceTf();
  const abs = resolve(dir);
  const mtime = (await stat(join(abs, RUN_FILES.model)).catch(() => null))?.mtimeMs ?? 0;
  // A backend replaced after a failure (same name, new instance) holds none of the old models' weights.
  const key = `${mtime}:${tf.getBackend()}:${backendGeneration()}`;
  const hit = cache.findIndex((c) => c.dir === abs);
  let entry = hit >= 0 ? cache.splice(hit, 1)[0] : undefined;
  if (entry && entry.key !== key) {
    dispose(entry);
    entry = undefined;
  }
  entry ??= { key, dir: abs, run: loadRun(tf, abs) };
  cache.unshift(entry);
  for (const old of cache.splice(KEEP_LOADED_RUNS)) dispose(old);
  try {
    return { tf, run: await entry.run };
  } catch (err) {
    // A failed load is not kept: the folder may be fixed and tried again.
    const at = cache.indexOf(entry);
    if (at >= 0) cache.splice(at, 1);
    throw err;
  }
}
