import { cp, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, DatasetError, decodeImageFile, drawShape, openDataset, sampleImages } from '../../src/data/index.ts';
import type { Dataset, DataSplit } from '../../src/data/index.ts';
import { encodeImage, makeMessyImageFolder } from './fixtures.ts';
import type { MessyFolder } from './fixtures.ts';

let tmp: string;
let messy: MessyFolder;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerloom-folder-'));
  messy = await makeMessyImageFolder(join(tmp, 'messy'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Writes small png images: `files` maps relative paths to a shape class. */
async function writeImages(root: string, files: Record<string, number>): Promise<void> {
  let i = 0;
  for (const [rel, shape] of Object.entries(files)) {
    const path = join(root, rel);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, await encodeImage(drawShape(shape, [12, 12, 3], createRng(i++)), 12, 12, 'png'));
  }
}

const allPaths = (ds: Dataset) =>
  (['train', 'val', 'test'] as const).flatMap((s) => Array.from({ length: ds.splits[s].size }, (_, i) => ds.splits[s].describe(i)));

/** Every image the splits' batches serve, described. */
async function servedImages(ds: Dataset) {
  const out = [];
  for (const s of ['train', 'val', 'test'] as const) for await (const b of ds.splits[s].batches(16)) for (const i of b.indices) out.push(ds.splits[s].describe(i));
  return out;
}

async function collect(split: DataSplit, options: Parameters<DataSplit['batches']>[1]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for await (const b of split.batches(7, options)) {
    xs.push(...b.x);
    ys.push(...b.y);
  }
  return { xs, ys };
}

describe('image folder: the messy one', () => {
  it('uses exactly the good images, with folder names as class names', async () => {
    const ds = await openDataset({ source: { folder: messy.root }, input: [24, 24, 3] });
    expect(ds.classes).toEqual(messy.classes);
    const used = await servedImages(ds);
    expect(used.map((u) => u.path).sort()).toEqual([...messy.good.values()].flat().sort());
    for (const u of used) expect(messy.good.get(u.className)).toContain(u.path);
    // Counted at open, from the headers: the truncated png (whole header, damaged pixels) is in 'tri angles' until it is read.
    expect(allPaths(ds)).toHaveLength(91);
    expect(ds.report.classCounts.total).toEqual([31, 30, 30]);
    expect(ds.report.images).toBe(91);
    expect(ds.report.storage).toBe('memory');
  });

  it('reports progress: scanning, then checking every candidate\'s header', async () => {
    const seen: string[] = [];
    const ds = await openDataset({ source: { folder: messy.root }, input: [8, 8, 1], resize: 'crop', onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(ds.resize).toBe('crop');
    expect(seen[0]).toBe('scan 0/0');
    expect(seen).toContain('check 1/93');
    expect(seen.at(-1)).toBe('check 93/93'); // 90 good + corrupt, empty, truncated
  });

  it('lists every bad file once with a reason, and hidden files not at all', async () => {
    const ds = await openDataset({ source: { folder: messy.root }, input: [24, 24, 1] });
    // The truncated file's header is whole: it is found when its pixels are first decoded (once, however often it is read).
    for (let epoch = 0; epoch < 2; epoch++) for (const split of ['train', 'val', 'test'] as const) for await (const b of ds.splits[split].batches(16)) expect(b.n).toBeGreaterThan(0);
    expect(ds.skipped.map((s) => s.path).sort()).toEqual(messy.bad.map((b) => b.path).sort());
    const reason = (kind: string) => ds.skipped.find((s) => s.path === messy.bad.find((b) => b.kind === kind)!.path)!.reason;
    expect(reason('corrupt')).toBe('not a readable image: corrupt or truncated data');
    expect(reason('truncated')).toBe('became unreadable while training: not a readable image: corrupt or truncated data');
    expect(reason('empty')).toBe('empty file (0 bytes)');
    expect(reason('not-image')).toMatch(/^not an image file \(extension \.txt/);
    expect(reason('outside-class')).toBe('not inside a class folder');
    expect(ds.report.hiddenIgnored).toBe(messy.hidden.length);
    expect(ds.report.warnings).toContain('4 files skipped (see the skipped list for each reason).'); // the report as it was at open
    for (const s of ds.skipped) expect(s.reason).not.toContain('\n');
  });

  it('streams from disk when over the memory budget, giving the same data as the cache', async () => {
    // Without the files whose pixel data is damaged: streaming finds those only when it reads them (next test).
    const clean = join(tmp, 'messy-clean');
    await cp(messy.root, clean, { recursive: true });
    for (const b of messy.bad) await rm(join(clean, relative(messy.root, b.path)));
    const cached = await openDataset({ source: { folder: clean }, input: [16, 16, 3] });
    const streamed = await openDataset({ source: { folder: clean }, input: [16, 16, 3], memoryBudgetBytes: 1000, concurrency: 2 });
    expect(streamed.report.storage).toBe('stream');
    expect(streamed.splits.train.labels).toEqual(cached.splits.train.labels);
    expect(streamed.skipped).toEqual(cached.skipped);
    const opts = { shuffle: true, seed: 9, augment: { flip: true, cropPadding: 2, brightness: 0.1 } };
    expect(await collect(streamed.splits.train, opts)).toEqual(await collect(cached.splits.train, opts));
    expect(await collect(streamed.splits.test, {})).toEqual(await collect(cached.splits.test, {}));
    expect(await streamed.splits.val.get(2)).toEqual(await cached.splits.val.get(2));
  });

  it.each([['in memory', undefined], ['streamed', 1000]] as const)('%s: only headers are read at open; damaged pixel data is left out of its batch and reported when read', async (_, memoryBudgetBytes) => {
    const phases = new Set<string>();
    const ds = await openDataset({ source: { folder: messy.root }, input: [16, 16, 3], memoryBudgetBytes, onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['scan', 'check']);
    expect(ds.report.storage).toBe(memoryBudgetBytes ? 'stream' : 'memory');
    const truncated = messy.bad.find((b) => b.kind === 'truncated')!.path;
    expect(ds.skipped.map((s) => s.path)).not.toContain(truncated);
    expect(ds.report.images).toBe(91);
    for (let epoch = 0; epoch < 2; epoch++) {
      let n = 0;
      for (const split of ['train', 'val', 'test'] as const) for await (const b of ds.splits[split].batches(16)) n += b.n;
      expect(n).toBe(90);
    }
    expect(ds.skipped.filter((s) => s.path === truncated)).toEqual([
      { path: truncated, code: 'data.skip.corrupt', reason: 'became unreadable while training: not a readable image: corrupt or truncated data', params: { whileTraining: 1 } },
    ]);
  });

  it('takes a stratified subset with limit, replacing unreadable picks', async () => {
    // Each class has 30 good files and one bad one; whichever bad ones are picked get replaced.
    let replaced = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const ds = await openDataset({ source: { folder: messy.root }, input: [8, 8, 1], limit: 30, seed });
      expect(ds.report.classCounts.total).toEqual([10, 10, 10]);
      replaced += ds.skipped.filter((s) => /^(not a readable|empty)/.test(s.reason)).length;
    }
    expect(replaced).toBeGreaterThan(0);
  });

  it('decodes a single file for prediction exactly as in the dataset', async () => {
    for (const resize of ['crop', 'letterbox'] as const) {
      const ds = await openDataset({ source: { folder: messy.root }, input: [20, 20, 3], resize });
      for (const i of [0, 5, 11]) {
        expect(await decodeImageFile(ds.splits.train.describe(i).path!, [20, 20, 3], resize)).toEqual(await ds.splits.train.get(i));
      }
    }
  });

  it('can be cancelled while opening', async () => {
    const controller = new AbortController();
    const opening = openDataset({
      source: { folder: messy.root },
      input: [8, 8, 1],
      signal: controller.signal,
      onProgress: (p) => p.phase === 'check' && p.done === 10 && controller.abort(new Error('stopped by the user')),
    });
    await expect(opening).rejects.toThrow('stopped by the user');
  });

  it('gives sample images per class', async () => {
    const ds = await openDataset({ source: { folder: messy.root }, input: [8, 8, 3] });
    const samples = await sampleImages(ds, 2);
    expect(samples.map((s) => s.className)).toEqual(['tri angles', 'tri angles', 'Ünïcödé', 'Ünïcödé', '猫', '猫']);
    expect(samples.every((s) => s.image.length === 192 && s.path)).toBe(true);
  });

  it('allows augmentation only on the train split', async () => {
    const ds = await openDataset({ source: 'synthetic', input: [8, 8, 1] });
    expect(() => ds.splits.val.batches(4, { augment: { flip: true } })).toThrow(/train split only/);
    expect(() => ds.splits.train.batches(0)).toThrow(/batch size/);
  });
});

describe('image folder: layouts', () => {
  it('uses train/val/test folders as given (any letter case), matching class names by NFC', async () => {
    const root = join(tmp, 'splits');
    const nfd = 'Ünïcödé'.normalize('NFD');
    const files: Record<string, number> = {};
    for (let i = 0; i < 6; i++) files[`Train/a/${i}.png`] = 0;
    for (let i = 0; i < 6; i++) files[`Train/Ünïcödé/${i}.png`] = 1;
    files['VAL/a/v.png'] = 0;
    files['VAL/Ünïcödé/v.png'] = 1;
    files[`test/${nfd}/t.png`] = 1;
    files['test/a/t.png'] = 0;
    files['stray.png'] = 0;
    await writeImages(root, files);
    const ds = await openDataset({ source: { folder: root }, input: [8, 8, 3] });
    expect(ds.classes).toEqual(['a', 'Ünïcödé']);
    expect(ds.report.classCounts).toEqual({ train: [6, 6], val: [1, 1], test: [1, 1], total: [8, 8] });
    expect(ds.skipped).toEqual([{ path: join(root, 'stray.png'), reason: 'not inside a split and class folder', code: 'data.skip.outsideSplit' }]);
    const testImages = [0, 1].map((i) => ds.splits.test.describe(i));
    expect(testImages.find((d) => d.className === 'Ünïcödé')!.path).toContain(nfd);
  });

  it('makes val (and test) from train when they are absent', async () => {
    const root = join(tmp, 'trainonly');
    const files: Record<string, number> = {};
    for (let i = 0; i < 10; i++) files[`train/x/${i}.png`] = 0;
    for (let i = 0; i < 10; i++) files[`train/y/${i}.png`] = 2;
    for (let i = 0; i < 2; i++) files[`test/x/${i}.png`] = 0;
    for (let i = 0; i < 2; i++) files[`test/y/${i}.png`] = 2;
    await writeImages(root, files);
    const ds = await openDataset({ source: { folder: root }, input: [8, 8, 3], split: { val: 0.2, test: 0.3 } });
    expect(ds.report.classCounts).toEqual({ train: [8, 8], val: [2, 2], test: [2, 2], total: [12, 12] });
    expect(ds.splits.test.describe(0).path).toContain(join(root, 'test'));
  });

  it('warns about imbalance before training', async () => {
    const root = join(tmp, 'imbalanced');
    const files: Record<string, number> = {};
    for (let i = 0; i < 40; i++) files[`big/${i}.png`] = 0;
    for (let i = 0; i < 10; i++) files[`small/${i}.png`] = 1;
    await writeImages(root, files);
    const ds = await openDataset({ source: { folder: root }, input: [8, 8, 1] });
    expect(ds.report.imbalance).toBe(4);
    expect(ds.report.warnings.join('\n')).toMatch(/imbalanced \(4\.0×\): "big" has 32 training images, "small" only 8/);
  });

  it('drops a file that vanishes while streaming and reports it', async () => {
    const root = join(tmp, 'vanishing');
    const files: Record<string, number> = {};
    for (let i = 0; i < 10; i++) files[`p/${i}.png`] = 0;
    for (let i = 0; i < 10; i++) files[`q/${i}.png`] = 1;
    await writeImages(root, files);
    const ds = await openDataset({ source: { folder: root }, input: [8, 8, 1], memoryBudgetBytes: 0 });
    const victim = ds.splits.train.describe(0).path!;
    await unlink(victim);
    let n = 0;
    for await (const b of ds.splits.train.batches(5)) n += b.n;
    expect(n).toBe(ds.splits.train.size - 1);
    expect(ds.skipped).toEqual([{ path: victim, reason: 'became unreadable while training: cannot read file: file disappeared', code: 'data.skip.vanished', params: { whileTraining: 1 } }]);
  });
});

describe('image folder: errors', () => {
  const open = (folder: string) => openDataset({ source: { folder }, input: [8, 8, 1] });

  it('names a missing folder', async () => {
    await expect(open(join(tmp, 'nowhere'))).rejects.toThrow(/data folder ".*nowhere" does not exist; check the path/);
  });

  it('needs class sub-folders', async () => {
    const root = join(tmp, 'flat');
    await writeImages(root, { 'a.png': 0, 'b.png': 1 });
    await expect(open(root)).rejects.toThrow(DatasetError);
    await expect(open(root)).rejects.toThrow(/has no class sub-folders; put each class's images in its own sub-folder/);
    await expect(open(join(root, 'a.png'))).rejects.toThrow(/is a file, not a folder/);
  });

  it('needs two classes', async () => {
    const root = join(tmp, 'single');
    await writeImages(root, { 'cat/a.png': 0, 'cat/b.png': 0 });
    await expect(open(root)).rejects.toThrow(/has only one class \("cat"\); add a sub-folder of images for each class, at least two/);
  });

  it('needs training images in every class', async () => {
    const root = join(tmp, 'testonlyclass');
    await writeImages(root, { 'train/a/1.png': 0, 'train/b/1.png': 1, 'test/c/1.png': 2 });
    await expect(open(root)).rejects.toThrow(/class "c" in ".*testonlyclass" has no training images; add images to its folder under train/);
  });

  it('needs usable images in every class', async () => {
    const root = join(tmp, 'emptyclass');
    await writeImages(root, { 'cat/a.png': 0, 'cat/b.png': 0 });
    await mkdir(join(root, 'dog'));
    await writeFile(join(root, 'dog', 'broken.jpg'), 'nope');
    await expect(open(root)).rejects.toThrow(/class "dog" in ".*emptyclass" has no usable images \(1 unreadable, see the skipped list\); add/);
  });
});
