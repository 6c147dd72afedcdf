/**
 * What `layerloom bench` does once its arguments are parsed: pick the backend, time each model, print;
 * with --compare, run the PyTorch reference right before or after ours (back-to-back pairs, the order
 * alternating from pair to pair) and print the ratios and their median over the pairs.
 */
import * as tf from '@tensorflow/tfjs';
import { availableParallelism } from 'node:os';
import { BackendUnavailableError, selectBackend, type BackendChoice, type BackendRequest } from '../backends/selectBackend';
import { configuredThreads } from '../backends/wasm/kernelThreads';
import { BENCH_MODELS, type BenchModelName } from './benchModels';
import { benchModel, profileModel, type BenchResult, type KernelTime, type ThreadUse } from './runBench';
import { checkTorch, findReferenceScript, ReferenceUnavailableError, referencePython, runReference } from './torchReference';

export interface BenchRequest {
  readonly backend: BackendRequest;
  readonly models: readonly BenchModelName[];
  readonly images?: number;
  readonly json: boolean;
  readonly profile: boolean;
  /** Run the PyTorch reference beside each of our runs: `script` from --compare PATH, else looked up. */
  readonly compare?: { readonly script?: string };
  /** Back-to-back pairs (ours and PyTorch's, in alternating order) with --compare; default 1. */
  readonly pairs?: number;
}

type ModelReport = BenchResult & { profile?: readonly KernelTime[] };

/** One back-to-back pair: our images/s and PyTorch's, per model. */
export interface ComparePair {
  readonly ours: Partial<Record<BenchModelName, number>>;
  readonly torch: Partial<Record<BenchModelName, number>>;
  readonly ratio: Partial<Record<BenchModelName, number>>;
}

export interface CompareSummary {
  readonly ratioMedian: number;
  readonly ratioLowest: number;
  readonly ratioHighest: number;
  readonly oursMedian: number;
  readonly torchMedian: number;
}

export interface BenchReport {
  readonly backend: string;
  readonly reason: string;
  /** The GPU adapter or device, when the backend can tell (so figures can be reported with it). */
  readonly device?: BackendChoice['device'];
  /** Our figures from the first run (with its profile when asked). */
  readonly models: Partial<Record<BenchModelName, ModelReport>>;
  compare?: {
    readonly script: string;
    readonly python: string;
    readonly torch: string;
    readonly threads: number;
    readonly pairs: readonly ComparePair[];
    readonly summary: Partial<Record<BenchModelName, CompareSummary>>;
  };
}

/** Kernel names ending in __op are custom-gradient scopes that contain other kernels: left out of totals. */
export function formatProfile(profile: readonly KernelTime[], limit = 15): string[] {
  const kernels = profile.filter((k) => !k.kernel.endsWith('__op'));
  const total = kernels.reduce((n, k) => n + k.ms, 0);
  const shown = kernels.slice(0, limit);
  const width = Math.max(24, ...shown.map((k) => k.kernel.length)); // LayerLoom's kernel names run long
  const lines = [`    ${'kernel'.padEnd(width)} ${'ms/step'.padStart(9)} ${'share'.padStart(6)} ${'calls'.padStart(6)}`];
  for (const k of shown) {
    lines.push(`    ${k.kernel.padEnd(width)} ${k.ms.toFixed(1).padStart(9)} ${`${((100 * k.ms) / total).toFixed(1)}%`.padStart(6)} ${String(Math.round(k.calls)).padStart(6)}`);
  }
  lines.push(`    ${'all kernels'.padEnd(width)} ${total.toFixed(1).padStart(9)}`);
  return lines;
}

/** The best epoch's use of the kernel threads, so that a figure whose second thread was busy elsewhere says so. */
export function formatThreadUse(use: ThreadUse): string {
  const solo = `${Math.round(use.soloJobShare * 100)}% of the threaded jobs on the main thread alone${use.soloJobShare > 0 ? ' (the stall rule: the other threads fell behind)' : ''}`;
  const shared = use.soloJobShare < 1 ? `; in the others it ran ${Math.round(use.mainChunkShare * 100)}% of the work and waited ${use.waitedMsPerStep.toFixed(1)} ms per step for the rest` : '';
  return `${use.threads} kernel threads: ${solo}${shared}`;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Ratios per model over the pairs (models PyTorch measured too). */
export function summarize(pairs: readonly ComparePair[], models: readonly BenchModelName[]): Partial<Record<BenchModelName, CompareSummary>> {
  const out: Partial<Record<BenchModelName, CompareSummary>> = {};
  for (const name of models) {
    const ratios = pairs.map((p) => p.ratio[name]).filter((r): r is number => r !== undefined);
    if (!ratios.length) continue;
    out[name] = {
      ratioMedian: round2(median(ratios)), ratioLowest: Math.min(...ratios), ratioHighest: Math.max(...ratios),
      oursMedian: median(pairs.map((p) => p.ours[name]!)), torchMedian: median(pairs.map((p) => p.torch[name]!)),
    };
  }
  return out;
}

export function formatSummary(summary: Partial<Record<BenchModelName, CompareSummary>>, pairs: readonly ComparePair[], torch: string, threads: number): string[] {
  const lines = [`ours / PyTorch ${torch} (${threads} thread${threads === 1 ? '' : 's'}), ${pairs.length} back-to-back pair${pairs.length === 1 ? '' : 's'}:`,
    `  ${'model'.padEnd(12)} ${'median'.padStart(7)} ${'lowest'.padStart(7)} ${'highest'.padStart(7)}   ours / PyTorch images/s (medians)   ratio per pair`];
  for (const [name, s] of Object.entries(summary) as [BenchModelName, CompareSummary][]) {
    const each = pairs.map((p) => p.ratio[name]?.toFixed(2) ?? '-').join(' ');
    lines.push(`  ${name.padEnd(12)} ${s.ratioMedian.toFixed(2).padStart(7)} ${s.ratioLowest.toFixed(2).padStart(7)} ${s.ratioHighest.toFixed(2).padStart(7)}   ${`${s.oursMedian.toFixed(1)} / ${s.torchMedian.toFixed(1)}`.padEnd(33)}   ${each}`);
  }
  return lines;
}

/** Threads the PyTorch side gets: as many as our kernels use (wasm), else every core. */
function referenceThreads(backend: string): number {
  return backend === 'wasm' ? configuredThreads() : Math.max(1, availableParallelism());
}

export async function runBench(request: BenchRequest): Promise<number> {
  let choice;
  let reference: { script: string; python: string } | undefined;
  try {
    choice = await selectBackend(request.backend);
    if (request.compare) {
      reference = { script: findReferenceScript(request.compare.script), python: referencePython() };
      checkTorch(reference.python);
    }
  } catch (err) {
    if (err instanceof BackendUnavailableError || err instanceof ReferenceUnavailableError) {
      console.error(`layerloom bench: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const report: BenchReport = { backend: choice.name, reason: choice.reason, ...(choice.device ? { device: choice.device } : {}), models: {} };
  const say = (line: string) => { if (!request.json) console.log(line); };
  say(`backend: ${choice.name} — ${choice.reason}`);
  if (choice.device) say(`device: ${choice.device.summary}`);
  const threads = referenceThreads(choice.name);
  if (reference) say(`PyTorch reference: ${reference.script} (${reference.python}, ${threads} thread${threads === 1 ? '' : 's'})`);
  const pairs: ComparePair[] = [];
  let torchVersion = '';
  const count = reference ? (request.pairs ?? 1) : 1;
  const measureOurs = async (name: BenchModelName, p: number): Promise<number> => {
    const result: ModelReport = { ...(await benchModel(tf, BENCH_MODELS[name], { images: request.images })) };
    if (request.profile && p === 0) result.profile = await profileModel(tf, BENCH_MODELS[name], 2);
    if (p === 0) report.models[name] = result;
    say(`${name.padEnd(12)} ${String(result.params).padStart(8)} params ${result.imagesPerSec.toFixed(1).padStart(9)} images/s (best of ${result.epochImagesPerSec.length} epochs: ${result.epochImagesPerSec.map((r) => r.toFixed(0)).join(', ')})`);
    if (result.kernelThreads) say(`  ${formatThreadUse(result.kernelThreads)}`);
    if (result.profile) say(formatProfile(result.profile).join('\n'));
    return result.imagesPerSec;
  };
  // PyTorch's figures for every model, timed by one run of the script (the models in the same order as ours,
  // in one process, as ours run in one process).
  const measureTorch = async (): Promise<Partial<Record<BenchModelName, number>>> => {
    const torch = await runReference(reference!.python, reference!.script, threads);
    torchVersion = torch.torch;
    const theirs: Partial<Record<BenchModelName, number>> = {};
    for (const name of request.models) {
      const ips = torch.models[name]?.imagesPerSec;
      if (ips === undefined) continue;
      theirs[name] = ips;
      say(`  PyTorch ${name.padEnd(12)} ${ips.toFixed(1).padStart(9)} images/s`);
    }
    return theirs;
  };
  const measureAllOurs = async (p: number): Promise<Partial<Record<BenchModelName, number>>> => {
    const ours: Partial<Record<BenchModelName, number>> = {};
    for (const name of request.models) ours[name] = await measureOurs(name, p);
    return ours;
  };
  for (let p = 0; p < count; p++) {
    if (count > 1) say(`pair ${p + 1} of ${count}`);
    if (!reference) {
      await measureAllOurs(p);
      continue;
    }
    // PyTorch's run first in every second pair: a drift of the host's speed along the run (this host's cores
    // change speed by a fifth or more within minutes) then falls on both sides alike. Each side runs its models in
    // one process: the reference script run for one model alone, in a fresh process, trained ResNet-20 at
    // 310-394 images/s where the same script running all three gave 597-703 (alternated, 15:45).
    let ours: Partial<Record<BenchModelName, number>> = {};
    let theirs: Partial<Record<BenchModelName, number>> = {};
    try {
      if (p % 2 === 1) theirs = await measureTorch();
      ours = await measureAllOurs(p);
      if (p % 2 === 0) theirs = await measureTorch();
    } catch (err) {
      if (!(err instanceof ReferenceUnavailableError)) throw err;
      console.error(`layerloom bench: ${err.message}`);
      return 1;
    }
    const pair: ComparePair = { ours, torch: {}, ratio: {} };
    for (const name of request.models) {
      if (theirs[name] === undefined) continue;
      pair.torch[name] = theirs[name];
      pair.ratio[name] = round2(ours[name]! / theirs[name]!);
      say(`  ours / PyTorch ${name} ${pair.ratio[name]!.toFixed(2)}`);
    }
    pairs.push(pair);
  }
  if (reference) {
    const summary = summarize(pairs, request.models);
    report.compare = { ...reference, torch: torchVersion, threads, pairs, summary };
    say(formatSummary(summary, pairs, torchVersion, threads).join('\n'));
  }
  if (request.json) console.log(JSON.stringify(report));
  return 0;
}
