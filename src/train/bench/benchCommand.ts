/** What `layerloom bench` does once its arguments are parsed: pick the backend, time each model, print. */
import * as tf from '@tensorflow/tfjs';
import { BackendUnavailableError, selectBackend, type BackendChoice, type BackendRequest } from '../backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from './benchModels';
import { benchModel, profileModel, type BenchResult, type KernelTime } from './runBench';

export interface BenchRequest {
  readonly backend: BackendRequest;
  readonly models: readonly BenchModelName[];
  readonly images?: number;
  readonly json: boolean;
  readonly profile: boolean;
}

export interface BenchReport {
  readonly backend: string;
  readonly reason: string;
  /** The GPU adapter or device, when the backend can tell (so figures can be reported with it). */
  readonly device?: BackendChoice['device'];
  readonly models: Partial<Record<BenchModelName, BenchResult & { profile?: readonly KernelTime[] }>>;
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

export async function runBench(request: BenchRequest): Promise<number> {
  let choice;
  try {
    choice = await selectBackend(request.backend);
  } catch (err) {
    if (err instanceof BackendUnavailableError) {
      console.error(`layerloom bench: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const report: BenchReport = { backend: choice.name, reason: choice.reason, ...(choice.device ? { device: choice.device } : {}), models: {} };
  if (!request.json) {
    console.log(`backend: ${choice.name} — ${choice.reason}`);
    if (choice.device) console.log(`device: ${choice.device.summary}`);
  }
  for (const name of request.models) {
    const model = BENCH_MODELS[name];
    const result: BenchResult & { profile?: readonly KernelTime[] } = {
      ...(await benchModel(tf, model, { images: request.images })),
    };
    if (request.profile) result.profile = await profileModel(tf, model, 2);
    report.models[name] = result;
    if (!request.json) {
      console.log(`${name.padEnd(10)} ${String(result.params).padStart(8)} params ${result.imagesPerSec.toFixed(1).padStart(9)} images/s`);
      if (result.profile) console.log(formatProfile(result.profile).join('\n'));
    }
  }
  if (request.json) console.log(JSON.stringify(report));
  return 0;
}
