/** meta.json of a run: what trained, on what, how — and what `predict` needs to decode images the same way. */
import { imagesInUse, type Dataset, type InputShape } from '../data/index';
import type { TrainingSettings } from '../graph/projectFile';
import type { BackendChoice } from './backends/selectBackend';
import type { KernelNumerics } from './backends/wasm/kernelNumerics';
import type { Normalization } from './normalization';

export const RUN_FORMAT = 'layerloom/run';
export const RUN_VERSION = 1;

export interface RunMeta {
  readonly format: typeof RUN_FORMAT;
  readonly version: number;
  readonly name: string;
  readonly saved: string;
  readonly status: 'training' | 'complete' | 'cancelled';
  readonly backend: {
    readonly name: string;
    readonly reason: string;
    readonly passedOver: readonly { name: string; why: string }[];
    /** The GPU it trained on: one line, and a WebGPU adapter's details. */
    readonly device?: BackendChoice['device'];
  } & Partial<KernelNumerics>; // on wasm, the kernel threads and FMA: a run repeats bit for bit with the same ones
  /** The model input [h, w, c] and how images were fitted to it. */
  readonly input: InputShape;
  readonly resize: Dataset['resize'];
  /** Per-channel (x − mean) / std applied to [0, 1] pixels before the model. */
  readonly normalization: Normalization;
  readonly classes: readonly string[];
  readonly params: number;
  readonly seed: number;
  readonly settings: TrainingSettings;
  readonly dataset: {
    readonly name: string;
    readonly sizes: { readonly train: number; readonly val: number; readonly test: number };
    readonly images: number;
    readonly skipped: number;
    readonly classCounts: Dataset['report']['classCounts'];
    readonly warnings: readonly string[];
  };
  readonly [extra: string]: unknown;
}

export function runMeta(a: {
  name: string; backend: BackendChoice; dataset: Dataset; settings: TrainingSettings; seed: number; params: number;
  input: InputShape; normalization: Normalization; numerics?: KernelNumerics; extra: Record<string, unknown>;
}): RunMeta {
  const d = a.dataset;
  return {
    format: RUN_FORMAT, version: RUN_VERSION, name: a.name, saved: new Date().toISOString(), status: 'training',
    backend: {
      name: a.backend.name, reason: a.backend.reason, passedOver: a.backend.passedOver.map((p) => ({ ...p })),
      ...(a.backend.device ? { device: a.backend.device } : {}),
      ...a.numerics,
    },
    input: a.input, resize: d.resize, normalization: a.normalization, classes: d.classes, params: a.params, seed: a.seed, settings: a.settings,
    dataset: {
      name: d.name, sizes: { train: d.splits.train.size, val: d.splits.val.size, test: d.splits.test.size },
      images: imagesInUse(d), skipped: d.skipped.length, classCounts: d.report.classCounts, warnings: d.report.warnings,
    },
    ...a.extra,
  };
}
