import { describe, expect, it } from 'vitest';
import { countClasses, openDataset } from '../../src/data/index.ts';
import { loadMnist } from '../../src/data/mnist.ts';

describe('built-in MNIST', () => {
  it('has 10,000 real 28×28 digits with labels 0…9', () => {
    const { images, labels } = loadMnist();
    expect(labels.length).toBe(10_000);
    expect(images.length).toBe(10_000 * 784);
    expect(Math.min(...labels)).toBe(0);
    expect(Math.max(...labels)).toBe(9);
    // The first "0": plenty of ink, a hole in the middle, blank corners.
    const zero = images.subarray(0, 784);
    const ink = zero.reduce((s, v) => s + v, 0);
    expect(ink).toBeGreaterThan(60);
    expect(zero[0] + zero[27] + zero[27 * 28] + zero[783]).toBe(0);
    expect(Math.max(...zero)).toBeLessThanOrEqual(1);
    // A "1" uses less ink than a "0" on average.
    const meanInk = (d: number) => {
      let s = 0;
      let n = 0;
      for (let i = 0; i < labels.length; i++) {
        if (labels[i] !== d) continue;
        s += images.subarray(i * 784, i * 784 + 784).reduce((a, v) => a + v, 0);
        n++;
      }
      return s / n;
    };
    expect(meanInk(1)).toBeLessThan(meanInk(0) * 0.7);
  });

  it('opens with a fixed, stratified 80/5/15 split (8,000 to train, 1,500 to test) and classes "0"…"9"', async () => {
    const a = await openDataset({ source: 'mnist', input: [28, 28, 1] });
    const b = await openDataset({ source: 'mnist', input: [28, 28, 1] });
    expect(a.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(a.splits.train.size + a.splits.val.size + a.splits.test.size).toBe(10_000);
    // Exactly as the README says (rounding class by class gave 7,998 / 501 / 1,501).
    expect([a.splits.train.size, a.splits.val.size, a.splits.test.size]).toEqual([8000, 500, 1500]);
    expect(a.splits.test.labels).toEqual(b.splits.test.labels);
    expect(await a.splits.test.get(17)).toEqual(await b.splits.test.get(17));
    const test = countClasses(a.splits.test.labels, 10);
    const total = a.report.classCounts.total;
    test.forEach((n, d) => expect(Math.abs(n - total[d] * 0.15)).toBeLessThanOrEqual(1));
    // A split the caller gives wins over MNIST's own.
    const even = await openDataset({ source: 'mnist', input: [28, 28, 1], split: { val: 0.1, test: 0.1 } });
    expect([even.splits.train.size, even.splits.val.size, even.splits.test.size]).toEqual([8000, 1000, 1000]);
    expect(a.report.imbalance).toBeLessThan(1.5);
    expect(a.report.warnings).toEqual([]);
    const img = await a.splits.train.get(0);
    expect(img.length).toBe(784);
    expect(img.reduce((s, v) => s + v, 0)).toBeGreaterThan(20);
  });

  it('takes a stratified subset with limit and resizes to another input', async () => {
    const ds = await openDataset({ source: 'mnist', input: [32, 32, 3], resize: 'letterbox', limit: 500 });
    expect(ds.report.images).toBe(500);
    expect(ds.report.classCounts.total.every((n) => n >= 40 && n <= 60)).toBe(true);
    const img = await ds.splits.train.get(0);
    expect(img.length).toBe(32 * 32 * 3);
    expect(img[0]).toBe(img[1]); // grey repeated into RGB
    expect(img.reduce((s, v) => s + v, 0)).toBeGreaterThan(60);
  });

  it('serves every training image exactly once per epoch, shuffled by seed', async () => {
    const ds = await openDataset({ source: 'mnist', input: [28, 28, 1], limit: 1000 });
    const train = ds.splits.train;
    const seen: number[] = [];
    let batches = 0;
    for await (const batch of train.batches(64, { shuffle: true, seed: 3 })) {
      expect(batch.x.length).toBe(batch.n * 784);
      expect(Array.from(batch.y)).toEqual(Array.from(batch.indices, (i) => train.labels[i]));
      seen.push(...batch.indices);
      batches++;
    }
    expect(batches).toBe(Math.ceil(train.size / 64));
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: train.size }, (_, i) => i));
    expect(seen.slice(0, 10)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const again: number[] = [];
    for await (const batch of train.batches(64, { shuffle: true, seed: 3 })) again.push(...batch.indices);
    expect(again).toEqual(seen);
  });
});
