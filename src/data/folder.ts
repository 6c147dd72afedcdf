/**
 * An image folder as a dataset source: scan, pick the `limit` subset, then decode every candidate
 * once (bounded concurrency) to find the unreadable ones. When all decoded images fit in the memory
 * budget they are kept; otherwise they are dropped and decoded again from disk for every batch.
 */
import { DatasetError } from './datasetError.ts';
import { decodeFileOrReason } from './decode.ts';
import { scanFolder } from './folderScan.ts';
import { decodedBytes, memoryPool, prefetchInOrder, streamPool } from './imagePool.ts';
import { pixelCount } from './input.ts';
import type { SourceData, SourceOptions } from './source.ts';
import { countClasses, stratifiedSubset } from './split.ts';
import type { SplitName } from './types.ts';

export async function openFolderSource(root: string, o: SourceOptions): Promise<SourceData> {
  o.onProgress?.({ phase: 'scan', done: 0, total: 0 });
  const catalog = await scanFolder(root);
  const { classes } = catalog;
  if (classes.length === 1) {
    throw new DatasetError(`folder "${root}" has only one class ("${classes[0]}"); add a sub-folder of images for each class, at least two`);
  }
  let files = catalog.files;
  if (o.limit !== undefined && o.limit < files.length) {
    const chosen = stratifiedSubset(Int32Array.from(files, (f) => f.label), classes.length, o.limit, o.seed);
    files = Array.from(chosen, (i) => files[i]);
  }
  o.onProgress?.({ phase: 'scan', done: files.length, total: files.length });

  const px = pixelCount(o.input);
  const keep = decodedBytes(files.length, px) <= o.memoryBudgetBytes;
  const decoded: (Float32Array | undefined)[] = [];
  const good: number[] = [];
  const skipped = [...catalog.skipped];
  let done = 0;
  const results = prefetchInOrder(
    Int32Array.from(files, (_, i) => i),
    (i) => decodeFileOrReason(files[i].path, o.input, o.resize),
    o.concurrency * 2,
    o.concurrency,
  );
  for await (const r of results) {
    const f = files[done];
    if (r.ok) {
      good.push(done);
      if (keep) decoded.push(r.image);
    } else {
      skipped.push({ path: f.path, reason: (r.error as Error).message });
    }
    done++;
    o.onProgress?.({ phase: 'decode', done, total: files.length });
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const labels = Int32Array.from(good, (i) => files[i].label);
  const paths = good.map((i) => files[i].path);
  const counts = countClasses(labels, classes.length);
  const empty = counts.findIndex((n) => n === 0);
  if (empty >= 0) {
    const bad = skipped.filter((s) => files.some((f) => f.path === s.path && f.label === empty)).length;
    throw new DatasetError(
      `class "${classes[empty]}" in "${root}" has no usable images${bad ? ` (${bad} unreadable, see the skipped list)` : ''}; add jpg/png/webp/gif/tiff images to it or remove the folder`,
    );
  }

  let pool;
  if (keep) {
    const data = new Float32Array(good.length * px);
    decoded.forEach((img, k) => data.set(img!, k * px));
    pool = memoryPool(data, px);
  } else {
    pool = streamPool(good.length, px, (i) => decodeFileOrReason(paths[i], o.input, o.resize));
  }

  let preset: Partial<Record<SplitName, Int32Array>> | undefined;
  if (catalog.layout === 'splits') {
    preset = {};
    for (const s of catalog.presentSplits) {
      preset[s] = Int32Array.from(good.map((i, k) => (files[i].split === s ? k : -1)).filter((k) => k >= 0));
    }
  }
  return {
    name: root,
    classes,
    pool,
    labels,
    paths,
    preset,
    skipped,
    hiddenIgnored: catalog.hiddenIgnored,
    warnings: [],
  };
}
