/**
 * Where a typical step's time goes beyond the least one: for each kernel category, the sum of its calls'
 * minima over the steps (what rooflineRows reports) against the median over the steps of that category's
 * time in each step, and the same for the time outside kernels. A category whose median is far above its
 * minima is disturbed in most steps (cold caches, a thread preempted, a collection inside a call), not
 * slow in itself.
 */
import { kernelWork, type KernelCategory } from './kernelWork';
import type { TimedCall } from './kernelRecorder';
import { median } from '../../../src/train/bench/benchCommand';

export interface SpreadRow {
  readonly category: KernelCategory | 'outside kernels';
  /** Sum over a step's calls of each call's least time over the steps (ms). */
  readonly minimaMs: number;
  /** Median over the steps of the category's time in the step (ms). */
  readonly medianMs: number;
}

/** Rows by how much the median exceeds the minima, largest first; the i-th call of every step is the same call. */
export function stepSpread(steps: readonly (readonly TimedCall[])[], stepMs: readonly number[]): SpreadRow[] {
  const calls = Math.min(...steps.map((s) => s.length));
  const byCategory = new Map<KernelCategory, { minima: number; perStep: number[] }>();
  for (let i = 0; i < calls; i++) {
    const category = kernelWork(steps[0][i]).category;
    const e = byCategory.get(category) ?? { minima: 0, perStep: steps.map(() => 0) };
    e.minima += Math.min(...steps.map((s) => s[i].ms));
    steps.forEach((s, k) => { e.perStep[k] += s[i].ms; });
    byCategory.set(category, e);
  }
  const outside = steps.map((s, k) => stepMs[k] - s.reduce((n, c) => n + c.ms, 0));
  const rows: SpreadRow[] = [...byCategory].map(([category, e]) => ({ category, minimaMs: e.minima, medianMs: median(e.perStep) }));
  rows.push({ category: 'outside kernels', minimaMs: Math.min(...outside), medianMs: median(outside) });
  return rows.sort((a, b) => (b.medianMs - b.minimaMs) - (a.medianMs - a.minimaMs));
}
