/**
 * From the kernel calls of several training steps to roofline rows: calls grouped by what they compute
 * (category, shape, algorithm), each call's time the minimum over the steps (the i-th call of a group is
 * the same layer in every step, and the minimum is the run least disturbed by the machine's other work),
 * FLOPs and compulsory bytes from kernelWork, and each row's distance from its roof.
 */
import { kernelWork, type KernelCategory } from './kernelWork';
import type { TimedCall } from './kernelRecorder';

export interface Roofs {
  /** GFLOP/s the cores can do (f32x4 fused multiply-add, all threads used). */
  readonly peakGflops: number;
  /** GB/s of streaming copies past the caches (all threads used). */
  readonly bandwidthGBs: number;
}

export interface RooflineRow {
  readonly category: KernelCategory;
  readonly label: string;
  readonly algorithm: string;
  /** Kernel names in the group (several for the small-op groups). */
  readonly kernels: readonly string[];
  readonly callsPerStep: number;
  readonly msPerStep: number;
  readonly flops: number;
  readonly doneFlops: number;
  readonly bytes: number;
  readonly gflops: number;
  readonly doneGflops: number;
  readonly gbPerS: number;
  /** FLOP per compulsory byte (0 for pure data movement). */
  readonly intensity: number;
  readonly bound: 'compute' | 'memory';
  /**
   * ms per step at the roof: max(FLOPs done / peak, bytes / bandwidth). For Winograd the FLOPs done
   * (its multiply stage and transforms), not the useful ones: its useful GFLOP/s may pass the peak.
   */
  readonly roofMs: number;
  /** Share of the roof reached: roofMs / msPerStep. */
  readonly ofRoof: number;
  /** ms per step above the roof: msPerStep − roofMs, the most a better kernel could save. */
  readonly aboveRoofMs: number;
}

/** Categories shown as one row each, whatever the shapes (small work, many calls). */
const LUMPED: ReadonlySet<KernelCategory> = new Set(['other', 'loss', 'optimizer']);

const LUMP_LABEL: Partial<Record<KernelCategory, string>> = {
  other: 'small ops: identity, reshape, cast, zeros, BN moving averages, scalars',
  loss: 'softmax cross-entropy pieces (batch × classes)',
  optimizer: 'every weight, gamma and beta (fused Adam)',
};

interface Group {
  category: KernelCategory; label: string; algorithm: string; kernels: Set<string>;
  /** Per step: this group's call times in order. */
  steps: number[][];
  flops: number; doneFlops: number; bytes: number; calls: number;
}

export function rooflineRows(steps: readonly (readonly TimedCall[])[], roofs: Roofs): RooflineRow[] {
  const groups = new Map<string, Group>();
  steps.forEach((calls, s) => {
    for (const call of calls) {
      const work = kernelWork(call);
      const lumped = LUMPED.has(work.category);
      const label = lumped ? LUMP_LABEL[work.category] ?? work.category : work.label;
      const key = `${work.category}|${label}|${lumped ? '' : work.algorithm}`;
      let g = groups.get(key);
      if (!g) {
        g = { category: work.category, label, algorithm: lumped ? '' : work.algorithm, kernels: new Set(), steps: [], flops: 0, doneFlops: 0, bytes: 0, calls: 0 };
        groups.set(key, g);
      }
      g.kernels.add(call.name);
      (g.steps[s] ??= []).push(call.ms);
      if (s === 0) { // work per step: the steps run the same calls
        g.flops += work.flops;
        g.doneFlops += work.doneFlops;
        g.bytes += work.bytes;
        g.calls++;
      }
    }
  });
  const rows: RooflineRow[] = [];
  for (const g of groups.values()) {
    const perStep = g.steps.filter(Boolean);
    const n = Math.min(...perStep.map((t) => t.length));
    let ms = 0;
    for (let i = 0; i < n; i++) ms += Math.min(...perStep.map((t) => t[i]));
    rows.push(row(g, ms, roofs));
  }
  return rows.sort((a, b) => b.msPerStep - a.msPerStep);
}

function row(g: Group, ms: number, roofs: Roofs): RooflineRow {
  const seconds = ms / 1000;
  const intensity = g.bytes > 0 ? g.flops / g.bytes : 0;
  const computeMs = (g.doneFlops / (roofs.peakGflops * 1e9)) * 1000;
  const memoryMs = (g.bytes / (roofs.bandwidthGBs * 1e9)) * 1000;
  const roofMs = Math.max(computeMs, memoryMs);
  return {
    category: g.category, label: g.label, algorithm: g.algorithm, kernels: [...g.kernels].sort(), callsPerStep: g.calls,
    msPerStep: ms, flops: g.flops, doneFlops: g.doneFlops, bytes: g.bytes,
    gflops: seconds > 0 ? g.flops / seconds / 1e9 : 0,
    doneGflops: seconds > 0 ? g.doneFlops / seconds / 1e9 : 0,
    gbPerS: seconds > 0 ? g.bytes / seconds / 1e9 : 0,
    intensity,
    bound: computeMs >= memoryMs ? 'compute' : 'memory',
    roofMs,
    ofRoof: ms > 0 ? Math.min(1, roofMs / ms) : 1,
    aboveRoofMs: Math.max(0, ms - roofMs),
  };
}

/** Arithmetic intensity at which the two roofs meet (FLOP/byte). */
export function ridgePoint(roofs: Roofs): number {
  return roofs.peakGflops / roofs.bandwidthGBs;
}

/**
 * Rows of several runs of the same model and settings combined: each group's least time over the runs
 * (the machine is shared; the least disturbed run of each kernel is the closest to what it costs).
 */
export function bestOfRuns(runs: readonly (readonly RooflineRow[])[], roofs: Roofs): RooflineRow[] {
  const best = new Map<string, RooflineRow>();
  for (const rows of runs) {
    for (const r of rows) {
      const key = `${r.category}|${r.label}|${r.algorithm}`;
      const seen = best.get(key);
      if (!seen || r.msPerStep < seen.msPerStep) best.set(key, r);
    }
  }
  return [...best.values()]
    .map((r) => row({ ...r, kernels: new Set(r.kernels), steps: [], calls: r.callsPerStep }, r.msPerStep, roofs))
    .sort((a, b) => b.msPerStep - a.msPerStep);
}
