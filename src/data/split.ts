/** Stratified, seeded subsets and splits: pure functions over label arrays. */
import { createRng, deriveSeed, shuffleInPlace } from './rng.ts';

/** Indices (into `labels`) of each class, in ascending order. */
export function indicesByClass(labels: ArrayLike<number>, classCount: number): number[][] {
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  for (let i = 0; i < labels.length; i++) byClass[labels[i]].push(i);
  return byClass;
}

function shuffledClassIndices(labels: ArrayLike<number>, classCount: number, seed: number): number[][] {
  return indicesByClass(labels, classCount).map((idx, c) => shuffleInPlace(idx, createRng(deriveSeed(seed, c))));
}

/**
 * A stratified subset of exactly `min(limit, n)` indices (ascending): each class keeps its share of the
 * whole (largest remainders), and every class keeps at least one image when `limit` allows.
 */
export function stratifiedSubset(labels: ArrayLike<number>, classCount: number, limit: number, seed: number): Int32Array {
  const n = labels.length;
  if (limit >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const byClass = shuffledClassIndices(labels, classCount, deriveSeed(seed, 0x5b5e7));
  const present = byClass.filter((c) => c.length > 0).length;
  const quota = byClass.map((c): number => (c.length > 0 && limit >= present ? 1 : 0));
  let left = limit - quota.reduce((a, b) => a + b, 0);
  const exact = byClass.map((c, k) => Math.max(0, (limit * c.length) / n - quota[k]));
  for (let k = 0; k < classCount; k++) {
    const add = Math.min(Math.floor(exact[k]), byClass[k].length - quota[k], left);
    quota[k] += add;
    left -= add;
  }
  const order = byClass.map((_, k): number => k).sort((a, b) => (exact[b] % 1) - (exact[a] % 1) || a - b);
  while (left > 0) {
    let moved = false;
    for (const k of order) {
      if (left > 0 && quota[k] < byClass[k].length) {
        quota[k]++;
        left--;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const chosen = byClass.flatMap((c, k) => c.slice(0, quota[k]));
  return Int32Array.from(chosen.sort((a, b) => a - b));
}

export interface SplitFractions {
  readonly val: number;
  readonly test: number;
}

export interface SplitIndices {
  readonly train: Int32Array;
  readonly val: Int32Array;
  readonly test: Int32Array;
}

/**
 * How many of each class's images go to a held-out split of fraction `f`: round(total · f) in all, shared
 * out by largest remainders (rounding each class on its own gave MNIST 501 and 1,501 instead of 500 and
 * 1,500), and at least one for a class of three or more.
 */
function heldOut(sizes: readonly number[], f: number): number[] {
  if (f <= 0) return sizes.map(() => 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  const quota = sizes.map((n) => Math.floor(n * f));
  let left = Math.round(total * f) - quota.reduce((a, b) => a + b, 0);
  const byRemainder = sizes.map((_, c) => c).sort((a, b) => (sizes[b] * f) % 1 - (sizes[a] * f) % 1 || a - b);
  for (const c of byRemainder) {
    if (left <= 0) break;
    if (quota[c] < sizes[c]) {
      quota[c]++;
      left--;
    }
  }
  return quota.map((q, c) => (sizes[c] >= 3 ? Math.max(q, 1) : q));
}

/**
 * Splits `pool` (indices into `labels`) into train/val/test, class by class, so every split has each
 * class in the same proportion. Deterministic for a given seed; each result is in ascending order.
 * Every class with an image keeps at least one for training.
 */
export function stratifiedSplit(labels: ArrayLike<number>, classCount: number, fractions: SplitFractions, seed: number, pool?: ArrayLike<number>): SplitIndices {
  checkFractions(fractions);
  const members = pool ? Array.from(pool) : Array.from({ length: labels.length }, (_, i) => i);
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  for (const i of members) byClass[labels[i]].push(i);
  const train: number[] = [];
  const val: number[] = [];
  const test: number[] = [];
  const sizes = byClass.map((idx) => idx.length);
  const tests = heldOut(sizes, fractions.test);
  const vals = heldOut(sizes, fractions.val);
  byClass.forEach((idx, c) => {
    shuffleInPlace(idx.sort((a, b) => a - b), createRng(deriveSeed(seed, 0x5917, c)));
    let nTest = tests[c];
    let nVal = vals[c];
    while (nTest + nVal > idx.length - 1 && nTest + nVal > 0) {
      if (nVal >= nTest && nVal > 0) nVal--;
      else nTest--;
    }
    test.push(...idx.slice(0, nTest));
    val.push(...idx.slice(nTest, nTest + nVal));
    train.push(...idx.slice(nTest + nVal));
  });
  const sorted = (a: number[]) => Int32Array.from(a.sort((x, y) => x - y));
  return { train: sorted(train), val: sorted(val), test: sorted(test) };
}

export function checkFractions({ val, test }: SplitFractions): void {
  const ok = (f: number) => Number.isFinite(f) && f >= 0 && f < 1;
  if (!ok(val) || !ok(test) || val + test >= 1) {
    throw new RangeError(`split fractions must be ≥ 0 and leave room for training (got val ${val}, test ${test}); try { val: 0.1, test: 0.1 }`);
  }
}

/** Images per class among `indices` (or all of `labels`). */
export function countClasses(labels: ArrayLike<number>, classCount: number, indices?: ArrayLike<number>): number[] {
  const counts = new Array<number>(classCount).fill(0);
  if (indices) for (let i = 0; i < indices.length; i++) counts[labels[indices[i]]]++;
  else for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts;
}

/** Largest over smallest count (Infinity when a class has none, 1 for no classes). */
export function imbalanceRatio(counts: readonly number[]): number {
  if (counts.length === 0) return 1;
  const max = Math.max(...counts);
  const min = Math.min(...counts);
  return min === 0 ? (max === 0 ? 1 : Infinity) : max / min;
}
