/**
 * An image folder as a dataset source: scan, then read every candidate's header once (bounded
 * concurrency) to find the unreadable ones. With `limit`, a stratified subset is checked and each
 * unreadable pick is replaced by another file of its class while there are any.
 *
 * Nothing is decoded at open — decoding a folder of camera photos takes minutes, and training can start
 * after one batch of it. Where the images then live depends on the memory budget:
 * - when every decoded image fits, they fill the in-memory pool as training first needs them
 *   (imagePool.ts fillingPool: each file decoded once, ahead of the training loop, straight into its slot
 *   — model-size images only, the files themselves are never held); later epochs, validation and test read
 *   memory;
 * - otherwise (streaming) every batch decodes its files again, ahead of use.
 * Either way the files are decoded in a worker thread (decodeWorkers.ts), not on the training thread, and a
 * file whose pixel data turns out damaged (its header was fine) is left out of its batch and reported in
 * `skipped` when it is first read, once.
 * A preview (`verify: 'preview'`, the app's dataset panel) reads the headers of at most
 * PREVIEW_HEADER_CHECKS files, spread over the folder, and keeps nothing.
 */
import { datasetError } from './datasetError.ts';
import { failureReason } from './decode.ts';
import { decodeOffThread, warmDecodeWorkers } from './decodeWorkers.ts';
import type { CatalogFile } from './folderScan.ts';
import { scanFolder } from './folderScan.ts';
import { readImageHeader, type ImageHeader } from './imageHeader.ts';
import { decodedBytes, fillingPool, prefetchInOrder, streamPool } from './imagePool.ts';
import { pixelCount } from './input.ts';
import { createRng, deriveSeed, shuffleInPlace } from './rng.ts';
import type { SourceData, SourceOptions } from './source.ts';
import { countClasses, indicesByClass, stratifiedSubset } from './split.ts';
import type { SkippedFile, SplitName } from './types.ts';

/** A preview reads at most this many headers (a millisecond each); the rest of a big folder is checked when training opens it. */
export const PREVIEW_HEADER_CHECKS = 2000;

export async function openFolderSource(root: string, o: SourceOptions): Promise<SourceData> {
  o.onProgress?.({ phase: 'scan', done: 0, total: 0 });
  const catalog = await scanFolder(root, { signal: o.signal, onProgress: (found) => o.onProgress?.({ phase: 'scan', done: found, total: 0 }) });
  o.signal?.throwIfAborted();
  const { classes, files } = catalog;
  if (classes.length === 1) {
    throw datasetError('data.error.oneClass', { path: root, name: classes[0] });
  }
  const labels = Int32Array.from(files, (f) => f.label);
  const wanted = o.limit !== undefined && o.limit < files.length ? stratifiedSubset(labels, classes.length, o.limit, o.seed) : undefined;
  const first = wanted ?? Int32Array.from(files, (_, i) => i);
  o.onProgress?.({ phase: 'scan', done: files.length, total: files.length });

  const px = pixelCount(o.input);
  const preview = o.verify === 'preview';
  // Training decodes every file: the workers load sharp and the decoders while the headers are read.
  if (!preview) warmDecodeWorkers();
  const checked = new Map<number, ImageHeader | undefined>();
  const skipped: SkippedFile[] = [...catalog.skipped];
  let done = 0;
  const checkAll = async (batch: ArrayLike<number>, total: number): Promise<number[]> => {
    const failed: number[] = [];
    let k = 0;
    for await (const r of prefetchInOrder(batch, (i) => readImageHeader(files[i].path), o.concurrency * 2, o.concurrency)) {
      o.signal?.throwIfAborted();
      const i = batch[k++];
      if (r.ok) checked.set(i, r.image);
      else {
        skipped.push(failureReason(r.error).at(files[i].path));
        failed.push(i);
      }
      o.onProgress?.({ phase: 'check', done: ++done, total });
    }
    return failed;
  };
  // A preview checks an evenly spread sample of a big folder; the others count as usable.
  const toCheck = preview && first.length > PREVIEW_HEADER_CHECKS ? spread(first, PREVIEW_HEADER_CHECKS) : first;
  for (const i of first) checked.set(i, undefined);
  let failed = await checkAll(toCheck, toCheck.length);
  for (const i of failed) checked.delete(i);
  if (wanted) {
    // Replace unreadable picks with unused files of the same class, in a seeded order.
    const chosen = new Set(wanted);
    const spare = indicesByClass(labels, classes.length).map((idx, c) =>
      shuffleInPlace(
        idx.filter((i) => !chosen.has(i)),
        createRng(deriveSeed(o.seed, 0x5ba5e, c)),
      ),
    );
    while (failed.length > 0) {
      const next = failed.map((i) => spare[files[i].label].shift()).filter((i): i is number => i !== undefined);
      if (next.length === 0) break;
      failed = await checkAll(next, done + next.length);
      for (const i of failed) checked.delete(i);
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const good = [...checked.keys()].sort((a, b) => a - b);
  const goodLabels = Int32Array.from(good, (i) => files[i].label);
  const paths = good.map((i) => files[i].path);
  checkEveryClassHasImages(root, classes, goodLabels, files, skipped);

  const decode = (i: number) => decodeOffThread(paths[i], o.input, o.resize);
  const keep = !preview && decodedBytes(good.length, px) <= o.memoryBudgetBytes;
  const pool = keep ? fillingPool(good.length, px, decode, o.concurrency) : streamPool(good.length, px, decode);
  const headers = good.map((i) => checked.get(i));
  return {
    name: root,
    classes,
    pool,
    labels: goodLabels,
    paths,
    preset: catalog.layout === 'splits' ? presetSplits(good, files, catalog.presentSplits) : undefined,
    skipped,
    hiddenIgnored: catalog.hiddenIgnored,
    notices: [],
    headers,
    unchecked: toCheck.length < first.length ? first.length - toCheck.length : 0,
  };
}

/** `n` members of `all` spread evenly over it (all of them when there are fewer). */
function spread(all: Int32Array, n: number): Int32Array {
  if (all.length <= n) return all;
  return Int32Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]);
}

function checkEveryClassHasImages(root: string, classes: readonly string[], labels: Int32Array, files: readonly CatalogFile[], skipped: readonly SkippedFile[]): void {
  const empty = countClasses(labels, classes.length).findIndex((n) => n === 0);
  if (empty < 0) return;
  const inClass = new Set(files.filter((f) => f.label === empty).map((f) => f.path));
  const bad = skipped.filter((s) => inClass.has(s.path)).length;
  throw bad
    ? datasetError('data.error.classWithUnreadableImages', { name: classes[empty], path: root, n: bad })
    : datasetError('data.error.classWithoutImages', { name: classes[empty], path: root });
}

/** Pool indices of each split folder that exists. */
function presetSplits(good: readonly number[], files: readonly CatalogFile[], present: readonly SplitName[]): Partial<Record<SplitName, Int32Array>> {
  const preset: Partial<Record<SplitName, Int32Array>> = {};
  for (const s of present) {
    const members: number[] = [];
    good.forEach((i, k) => files[i].split === s && members.push(k));
    preset[s] = Int32Array.from(members);
  }
  return preset;
}
