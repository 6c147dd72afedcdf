/**
 * An image folder as a dataset source: scan, then decode every candidate once (bounded concurrency)
 * to find the unreadable ones. With `limit`, a stratified subset is decoded and each unreadable pick
 * is replaced by another file of its class while there are any. When all decoded images fit in the
 * memory budget they are kept; otherwise they are dropped and decoded again from disk for every batch.
 */
import { DatasetError } from './datasetError.ts';
import { decodeFileOrReason, failureReason } from './decode.ts';
import type { CatalogFile } from './folderScan.ts';
import { scanFolder } from './folderScan.ts';
import { decodedBytes, memoryPool, prefetchInOrder, streamPool } from './imagePool.ts';
import type { ImagePool } from './imagePool.ts';
import { pixelCount } from './input.ts';
import { createRng, deriveSeed, shuffleInPlace } from './rng.ts';
import type { SourceData, SourceOptions } from './source.ts';
import { countClasses, indicesByClass, stratifiedSubset } from './split.ts';
import type { SkippedFile, SplitName } from './types.ts';

export async function openFolderSource(root: string, o: SourceOptions): Promise<SourceData> {
  o.onProgress?.({ phase: 'scan', done: 0, total: 0 });
  const catalog = await scanFolder(root, { signal: o.signal, onProgress: (found) => o.onProgress?.({ phase: 'scan', done: found, total: 0 }) });
  o.signal?.throwIfAborted();
  const { classes, files } = catalog;
  if (classes.length === 1) {
    throw new DatasetError(`folder "${root}" has only one class ("${classes[0]}"); add a sub-folder of images for each class, at least two`, { code: 'one-class', params: { folder: root, class: classes[0] } });
  }
  const labels = Int32Array.from(files, (f) => f.label);
  const wanted = o.limit !== undefined && o.limit < files.length ? stratifiedSubset(labels, classes.length, o.limit, o.seed) : undefined;
  const target = wanted?.length ?? files.length;
  o.onProgress?.({ phase: 'scan', done: files.length, total: files.length });

  const px = pixelCount(o.input);
  const keep = decodedBytes(target, px) <= o.memoryBudgetBytes;
  const decoded = new Map<number, Float32Array | undefined>();
  const skipped: SkippedFile[] = [...catalog.skipped];
  let done = 0;
  const decodeAll = async (batch: ArrayLike<number>): Promise<number[]> => {
    const failed: number[] = [];
    let k = 0;
    for await (const r of prefetchInOrder(batch, (i) => decodeFileOrReason(files[i].path, o.input, o.resize), o.concurrency * 2, o.concurrency)) {
      o.signal?.throwIfAborted();
      const i = batch[k++];
      if (r.ok) decoded.set(i, keep ? r.image : undefined);
      else {
        skipped.push(failureReason(r.error).at(files[i].path));
        failed.push(i);
      }
      o.onProgress?.({ phase: 'decode', done: ++done, total: target });
    }
    return failed;
  };
  let failed = await decodeAll(wanted ?? Int32Array.from(files, (_, i) => i));
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
      failed = await decodeAll(next);
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const good = [...decoded.keys()].sort((a, b) => a - b);
  const goodLabels = Int32Array.from(good, (i) => files[i].label);
  const paths = good.map((i) => files[i].path);
  checkEveryClassHasImages(root, classes, goodLabels, files, skipped);

  let pool: ImagePool;
  if (keep) {
    const data = new Float32Array(good.length * px);
    good.forEach((i, k) => data.set(decoded.get(i)!, k * px));
    pool = memoryPool(data, px);
  } else {
    pool = streamPool(good.length, px, (i) => decodeFileOrReason(paths[i], o.input, o.resize));
  }
  return {
    name: root,
    classes,
    pool,
    labels: goodLabels,
    paths,
    preset: catalog.layout === 'splits' ? presetSplits(good, files, catalog.presentSplits) : undefined,
    skipped,
    hiddenIgnored: catalog.hiddenIgnored,
    warnings: [],
  };
}

function checkEveryClassHasImages(root: string, classes: readonly string[], labels: Int32Array, files: readonly CatalogFile[], skipped: readonly SkippedFile[]): void {
  const empty = countClasses(labels, classes.length).findIndex((n) => n === 0);
  if (empty < 0) return;
  const inClass = new Set(files.filter((f) => f.label === empty).map((f) => f.path));
  const bad = skipped.filter((s) => inClass.has(s.path)).length;
  throw new DatasetError(
    `class "${classes[empty]}" in "${root}" has no usable images${bad ? ` (${bad} unreadable, see the skipped list)` : ''}; add jpg/png/webp/gif/tiff images to it or remove the folder`,
    { code: 'class-without-images', params: { folder: root, class: classes[empty], unreadable: bad } },
  );
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
