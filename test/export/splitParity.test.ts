/**
 * The exported scripts read a folder as the app does, tested against the app itself (Python with PIL and numpy):
 * - LayerLoom's random numbers (mulberry32, deriveSeed), shuffles, stratified subsets and splits give the app's
 *   numbers exactly, on random label sets, seeds up to 2^32 − 1, held-out fractions and pools;
 * - a messy folder (mixed formats, nested and Unicode class folders, an empty, a corrupt, a truncated, a text and a
 *   BMP file named .png, files outside the classes, hidden files; links inside a class, to another class's file, to
 *   a photo outside the data (twice), back up, to nothing, and a FIFO) opens into the app's train/val/test files, file
 *   for file, with the same skipped files and reasons, the same report (meta.json's dataset) and input statistics,
 *   for several seeds, with and without a limit, in both folder layouts, the app's images kept in memory or (too
 *   big for memory) streamed — both read only headers at open;
 * - the augmentation of each position of an epoch equals the app's.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { augmentImage, createRng, deriveSeed, imagesInUse, openDataset, stratifiedSplit, stratifiedSubset } from '../../src/data/index';
import { MAX_INPUT_PIXELS } from '../../src/data/decode';
import type { AugmentOptions, Dataset, InputShape } from '../../src/data/index';
import { imageFilesLines } from '../../src/export/pytorch';
import { PYTHON_DATA } from '../../src/export/pythonData';
import { PYTHON_FOLDER } from '../../src/export/pythonFolder';
import { PYTHON_PIXELS } from '../../src/export/pythonPreprocess';
import { PYTHON_SPLIT } from '../../src/export/pythonSplit';
import { pythonTexts } from '../../src/export/pythonTexts';
import { computeNormalization } from '../../src/train/normalization';
import { makeMessyImageFolder } from '../data/fixtures';
import { missingTools, PYTHON } from '../helpers/tools';

const missing = missingTools('PIL', 'numpy');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-split-parity-'));
const INPUT: InputShape = [32, 32, 3];

interface Job { call: string; args: unknown[] }
const jobs: Job[] = [];
let results: unknown[] = [];
const ask = (call: string, ...args: unknown[]): number => jobs.push({ call, args }) - 1;

/** A 2×2 24-bit BMP: PIL reads it, LayerLoom's decoder does not (so neither script uses it). */
function bmp(): Buffer {
  const pixels = Buffer.alloc(16, 0x80);
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + pixels.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(2, 18);
  header.writeInt32LE(2, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(pixels.length, 34);
  return Buffer.concat([header, pixels]);
}

async function messyFolder(root: string, perClass: number, outside: string): Promise<void> {
  const made = await makeMessyImageFolder(root, perClass);
  writeFileSync(join(root, '猫', 'bitmap.png'), bmp());
  writeFileSync(join(root, 'tri angles', 'text.png'), 'a text file named like an image\n');
  // Links as a photo library makes them, and as mistakes make them.
  mkdirSync(outside, { recursive: true });
  copyFileSync(made.good.get('猫')![0], join(outside, 'photo.png'));
  symlinkSync(join(outside, 'photo.png'), join(root, '猫', 'from library.png'));
  symlinkSync(join(outside, 'photo.png'), join(root, 'Ünïcödé', 'from library too.png'));
  symlinkSync(made.good.get('猫')![1], join(root, 'tri angles', 'a cat.png'));
  symlinkSync('nested', join(root, 'tri angles', 'shortcut'));
  symlinkSync('..', join(root, 'Ünïcödé', 'up'));
  symlinkSync('/', join(root, '猫', 'everything'));
  symlinkSync(join(root, 'nothing.png'), join(root, '猫', 'broken.png'));
  spawnSync('mkfifo', [join(root, 'Ünïcödé', 'pipe.png')]);
}

/** What the app makes of a folder: the files of each split, skipped files, meta.json's dataset record, statistics. */
async function appView(root: string, seed: number, limit: number | undefined, memoryBudgetBytes: number) {
  const d: Dataset = await openDataset({ source: { folder: root }, input: INPUT, seed, limit, memoryBudgetBytes });
  const paths = (s: 'train' | 'val' | 'test') => Array.from({ length: d.splits[s].size }, (_, i) => d.splits[s].describe(i).path);
  // The statistics read the first training images; a damaged one found then joins the skipped files (meta.json counts it
  // among the skipped and leaves it out of the images, as runMeta.ts does).
  const normalization = await computeNormalization(d.splits.train, 3, seed);
  const report = d.report;
  return {
    classes: [...d.classes],
    skipped: d.skipped.map((s) => [s.path, s.reason]),
    splits: { train: paths('train'), val: paths('val'), test: paths('test') },
    report: {
      name: d.name, sizes: { train: d.splits.train.size, val: d.splits.val.size, test: d.splits.test.size }, images: imagesInUse(d),
      skipped: d.skipped.length, classCounts: report.classCounts, warnings: report.warnings,
    },
    normalization,
    storage: report.storage,
  };
}

const SEEDS = [0, 1, 7, 42, 2 ** 31 - 1, 2 ** 31 + 5, 2 ** 32 - 1];
const PARTS = [[], [0], [3], [0x5917, 2], [0x5b5e7], [0xa06], [2 ** 32 - 1, 12345]];
const numbers = (seed: number, parts: number[], n: number) => {
  const rng = createRng(deriveSeed(seed, ...parts));
  return Array.from({ length: n }, () => rng.next());
};

interface LabelCase { labels: number[]; k: number; seed: number; val: number; test: number; limit: number; pool?: number[] }
const labelCases: LabelCase[] = [];
{
  const rng = createRng(99);
  for (let i = 0; i < 40; i++) {
    const k = 2 + rng.int(9);
    const n = 1 + rng.int(i < 20 ? 40 : 400);
    const skew = rng.uniform(0, 3);
    const labels = Array.from({ length: n }, () => Math.min(k - 1, Math.floor(k * rng.next() ** (1 + skew))));
    const pool = i % 4 === 3 ? Array.from({ length: n }, (_, j) => j).filter(() => rng.next() < 0.7) : undefined;
    labelCases.push({ labels, k, seed: SEEDS[i % SEEDS.length] + i, val: [0.1, 0, 0.2, 0.15][i % 4], test: [0.1, 0.25, 0, 0.05][i % 4], limit: 1 + rng.int(n + 3), pool });
  }
}

const augmentCases: { shape: InputShape; image: number[]; options: AugmentOptions & { pad: number }; seed: number }[] = [];
{
  const rng = createRng(5);
  const shapes: InputShape[] = [[9, 12, 3], [16, 16, 1]];
  const settings = [{ flip: true, pad: 0, brightness: 0, contrast: 0 }, { flip: false, pad: 2, brightness: 0, contrast: 0 },
    { flip: true, pad: 3, brightness: 0.1, contrast: 0.2 }, { flip: false, pad: 0, brightness: 0.1, contrast: 0.2 }];
  settings.forEach((s, i) => {
    const shape = shapes[i % 2];
    const image = Array.from({ length: shape[0] * shape[1] * shape[2] }, () => rng.next());
    augmentCases.push({ shape, image, options: { ...s, cropPadding: s.pad }, seed: deriveSeed(1000 * (i + 1) + 3, 0xa06) });
  });
}

const MEMORY = 512 * 1024 * 1024;
const folders = [
  { name: 'classes', seed: 1, limit: undefined as number | undefined, budget: MEMORY },
  { name: 'classes', seed: 5, limit: undefined, budget: MEMORY },
  { name: 'classes', seed: 3, limit: 20, budget: MEMORY },
  { name: 'classes', seed: 2, limit: undefined, budget: 0 },
  { name: 'splits', seed: 1, limit: undefined, budget: MEMORY },
  { name: 'splits', seed: 9, limit: 25, budget: 0 },
];
const folderJobs: number[] = [];

describe.skipIf(!!missing)('the exported scripts\' data rules, against the app', () => {
  beforeAll(async () => {
    await messyFolder(join(dir, 'classes'), 12, join(dir, 'library-1'));
    mkdirSync(join(dir, 'splits'));
    await messyFolder(join(dir, 'splits', 'train'), 10, join(dir, 'library-2'));
    await makeMessyImageFolder(join(dir, 'splits', 'Test'), 3);
    for (const f of folders) folderJobs.push(ask('open_data', join(dir, f.name), f.seed, f.limit ?? null));

    const module = join(dir, 'pieces.py');
    writeFileSync(module, [imageFilesLines(), pythonTexts(), PYTHON_PIXELS, PYTHON_FOLDER, PYTHON_SPLIT, PYTHON_DATA].join('\n\n\n'));
    writeFileSync(join(dir, 'jobs.json'), JSON.stringify(jobs));
    const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_data.py'), module, join(dir, 'jobs.json')], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (py.status !== 0) throw new Error(`check_data.py failed:\n${py.stderr}`);
    results = (JSON.parse(py.stdout) as { results: unknown[] }).results;
  }, 300_000);

  // Label and number jobs are queued at collection time, before beforeAll runs the Python side.
  const seedJobs = SEEDS.flatMap((s) => PARTS.map((parts) => ({ s, parts, at: ask('derive_seed', s, ...parts) })));
  const numberJobs = SEEDS.map((s, i) => ({ s, parts: PARTS[i], at: ask('rng_numbers', s, PARTS[i], 200) }));
  const orderJobs = [[1, 1], [2, 7], [17, 1001], [100, 2 ** 32 - 1], [1000, 5003]].map(([n, seed]) => ({ n, seed, at: ask('epoch_order', n, seed) }));
  const subsetJobs = labelCases.map((c) => ask('stratified_subset', c.labels, c.k, c.limit, c.seed));
  const splitJobs = labelCases.map((c) => ask('stratified_split', c.labels, c.k, c.val, c.test, c.seed, c.pool ?? null));
  const augmentJobs = augmentCases.map((c) => ask('augment', { shape: c.shape, data: c.image }, c.options, c.seed, [0, 1, 2, 5]));

  it('derives seeds and draws random numbers exactly as the app does', () => {
    for (const j of seedJobs) expect(results[j.at], `deriveSeed(${j.s}, ${j.parts})`).toBe(deriveSeed(j.s, ...j.parts));
    for (const j of numberJobs) expect(results[j.at]).toEqual(numbers(j.s, j.parts, 200));
  });

  it('shuffles an epoch into the app\'s order', () => {
    for (const j of orderJobs) {
      const order = Array.from({ length: j.n }, (_, i) => i);
      const rng = createRng(deriveSeed(j.seed, 0x5f1e));
      for (let i = order.length - 1; i > 0; i--) {
        const k = rng.int(i + 1);
        [order[i], order[k]] = [order[k], order[i]];
      }
      expect(results[j.at]).toEqual(order);
    }
  });

  it('takes the app\'s stratified subsets and splits of random label sets', () => {
    labelCases.forEach((c, i) => {
      expect(results[subsetJobs[i]]).toEqual(Array.from(stratifiedSubset(c.labels, c.k, c.limit, c.seed)));
      const s = stratifiedSplit(c.labels, c.k, { val: c.val, test: c.test }, c.seed, c.pool);
      expect(results[splitJobs[i]]).toEqual([Array.from(s.train), Array.from(s.val), Array.from(s.test)]);
    });
  });

  it('augments each position of an epoch as the app does', () => {
    augmentCases.forEach((c, i) => {
      const rng = createRng(c.seed);
      const app = [0, 1, 2, 3, 4, 5].map(() => augmentImage(Float32Array.from(c.image), c.shape, c.options, rng));
      const got = results[augmentJobs[i]] as number[][];
      [0, 1, 2, 5].forEach((p, k) => {
        const worst = Math.max(...got[k].map((v, j) => Math.abs(v - app[p][j])));
        expect(worst, `case ${i}, position ${p}`).toBeLessThan(1e-6);
      });
    });
  });

  it('keeps LayerLoom\'s pixel limit', () => {
    expect(PYTHON_DATA).toContain('_MAX_PIXELS = 2 ** 28');
    expect(MAX_INPUT_PIXELS).toBe(2 ** 28);
  });

  it.each(folders.map((f, i) => [f.name, f.seed, f.limit, f.budget ? 'in memory' : 'streamed', i] as const))('%s layout, seed %i, limit %s, %s: the app\'s split file for file, skipped files and reasons, report and statistics', async (name, seed, limit, how, i) => {
    const got = results[folderJobs[i]] as Awaited<ReturnType<typeof appView>> & { error?: string };
    expect(got.error).toBeUndefined();
    const app = await appView(join(dir, name), seed, limit, folders[i].budget);
    expect(app.storage).toBe(how === 'in memory' ? 'memory' : 'stream');
    expect(got.classes).toEqual(app.classes);
    expect(got.skipped).toEqual(app.skipped);
    expect(got.splits).toEqual(app.splits);
    expect(got.report).toEqual(app.report);
    for (const k of ['mean', 'std'] as const) app.normalization[k].forEach((v, c) => expect(Math.abs(got.normalization[k][c] - v)).toBeLessThan(1e-9));
    if (!limit && how === 'in memory') {
      const reasons = app.skipped.map(([, r]) => r);
      for (const r of ['empty file (0 bytes)', 'not a readable image: corrupt', 'not a readable image: unrecognised format', 'is a named pipe (FIFO)',
        'symbolic link loops back', 'symbolic link to nothing', 'symbolic link leads outside its class folder', 'the same file as ']) {
        expect(reasons.some((x) => x.startsWith(r)), r).toBe(true);
      }
    }
  }, 60_000);
});
