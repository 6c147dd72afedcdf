import { describe, expect, it } from 'vitest';
import { countClasses, imbalanceRatio, stratifiedSplit, stratifiedSubset } from '../../src/data/index.ts';

// 3 classes, imbalanced: 100, 50, 20 images, interleaved.
const labels = Int32Array.from([...Array(100).fill(0), ...Array(50).fill(1), ...Array(20).fill(2)].map((v, i, a) => a[(i * 7) % a.length]));

describe('stratifiedSplit', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = stratifiedSplit(labels, 3, { val: 0.1, test: 0.2 }, 5);
    const b = stratifiedSplit(labels, 3, { val: 0.1, test: 0.2 }, 5);
    const c = stratifiedSplit(labels, 3, { val: 0.1, test: 0.2 }, 6);
    expect(a).toEqual(b);
    expect(Array.from(c.test)).not.toEqual(Array.from(a.test));
  });

  it('partitions every index exactly once', () => {
    const { train, val, test } = stratifiedSplit(labels, 3, { val: 0.1, test: 0.2 }, 1);
    const all = [...train, ...val, ...test].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: labels.length }, (_, i) => i));
  });

  it('keeps each class in proportion in every split', () => {
    const counts = (idx: Int32Array) => countClasses(labels, 3, idx);
    const counted = countClasses(labels, 3);
    const s = stratifiedSplit(labels, 3, { val: 0.1, test: 0.2 }, 1);
    expect(counts(s.test)).toEqual([20, 10, 4]);
    expect(counts(s.val)).toEqual([10, 5, 2]);
    expect(counts(s.train)).toEqual([70, 35, 14]);
    expect(counted).toEqual([100, 50, 20]);
  });

  it('holds out exactly round(n · fraction) images in all, shared out by largest remainders', () => {
    // 10 classes of 980…1135 (MNIST's test-set digit counts): class by class rounding gave 501 and 1,501.
    const sizes = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009];
    const digits = Int32Array.from(sizes.flatMap((n, d) => Array<number>(n).fill(d)));
    const s = stratifiedSplit(digits, 10, { val: 0.05, test: 0.15 }, 1);
    expect([s.train.length, s.val.length, s.test.length]).toEqual([8000, 500, 1500]);
    countClasses(digits, 10, s.test).forEach((n, d) => expect(Math.abs(n - sizes[d] * 0.15)).toBeLessThan(1));
    const three = stratifiedSplit(Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]), 3, { val: 0, test: 0.2 }, 1);
    expect(three.test.length).toBe(3);
  });

  it('gives tiny classes at least one held-out image and keeps one for training', () => {
    const tiny = Int32Array.from([0, 0, 0, 1, 1, 2]);
    const s = stratifiedSplit(tiny, 3, { val: 0.1, test: 0.1 }, 1);
    expect(countClasses(tiny, 3, s.val)).toEqual([1, 0, 0]);
    expect(countClasses(tiny, 3, s.test)).toEqual([1, 0, 0]);
    expect(countClasses(tiny, 3, s.train)).toEqual([1, 2, 1]);
  });

  it('splits only a given pool', () => {
    const pool = Int32Array.from({ length: 50 }, (_, i) => i * 2);
    const s = stratifiedSplit(labels, 3, { val: 0.2, test: 0 }, 1, pool);
    expect([...s.train, ...s.val].sort((x, y) => x - y)).toEqual(Array.from(pool));
    expect(s.test.length).toBe(0);
  });

  it('rejects fractions that leave nothing to train on', () => {
    expect(() => stratifiedSplit(labels, 3, { val: 0.5, test: 0.5 }, 1)).toThrow(/split fractions/);
    expect(() => stratifiedSplit(labels, 3, { val: -0.1, test: 0 }, 1)).toThrow(/got val -0.1/);
  });
});

describe('stratifiedSubset', () => {
  it('takes exactly `limit` images in the classes’ proportions, deterministically', () => {
    const a = stratifiedSubset(labels, 3, 34, 9);
    expect(a.length).toBe(34);
    expect(countClasses(labels, 3, a)).toEqual([20, 10, 4]);
    expect(stratifiedSubset(labels, 3, 34, 9)).toEqual(a);
    expect(new Set(a).size).toBe(34);
  });

  it('keeps every class when the limit allows it', () => {
    const a = stratifiedSubset(labels, 3, 5, 1);
    expect(a.length).toBe(5);
    expect(countClasses(labels, 3, a).every((n) => n >= 1)).toBe(true);
  });

  it('returns everything when the limit is larger than the set', () => {
    expect(stratifiedSubset(labels, 3, 1000, 1).length).toBe(labels.length);
  });
});

describe('imbalanceRatio', () => {
  it('is largest over smallest', () => {
    expect(imbalanceRatio([100, 50, 20])).toBe(5);
    expect(imbalanceRatio([3, 3])).toBe(1);
    expect(imbalanceRatio([3, 0])).toBe(Infinity);
  });
});
