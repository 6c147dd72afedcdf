/**
 * The compute backends LayerLoom can train on: how each loads, what it is called, and how to fix it when
 * it does not load. `selectBackend` activates them; `probeBackends` (`layerloom backends`) lists them.
 */
import type { BackendName } from '../../graph/projectFile';
import { describeAdapter, type AdapterFacts } from './webgpu/adapterFacts';
import { loadWebGpu, webGpuFix } from './webgpu/webgpuBackend';
import { registerLayerLoomTraining } from './registerTraining';
import { registerTrainingGradients } from './registerTrainingGradients';

export type ImportModule = ((specifier: string) => Promise<unknown>) & {
  /** The installed packages themselves (not test stand-ins): the machine's devices are looked at too. */
  readonly installed?: boolean;
};

/** Node's own import of the installed packages. */
export const installedImport: ImportModule = Object.assign((specifier: string) => import(/* @vite-ignore */ specifier), { installed: true });

/** The hardware a backend runs on, when it can tell. */
export interface DeviceFacts {
  /** One line for people, e.g. "nvidia ampere — NVIDIA GeForce RTX 3060". */
  readonly summary: string;
  /** A WebGPU adapter's details. */
  readonly adapter?: AdapterFacts;
}

export interface Candidate {
  /** The tfjs backend name it registers. */
  readonly tfName: string;
  /** What it is, for reason lines ("WebGPU on …" gets the device appended). */
  readonly description: string;
  /**
   * Loads what the backend needs; throws with the reason when it cannot. `byName`: the user asked for
   * this backend (then a software GPU adapter will do).
   */
  load(importModule: ImportModule, byName: boolean): Promise<DeviceFacts | undefined>;
  /** What to do when it does not load. */
  fix(): string;
}

const NATIVE_FIX = (pkg: string) =>
  `Install it with "npm install ${pkg}" on a machine that can download libtensorflow (it is an optional dependency), or use --backend wasm.`;

export function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

async function loadNative(importModule: ImportModule, pkg: string): Promise<void> {
  try {
    await importModule(pkg);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(err))) {
      throw new Error(`the optional package ${pkg} is not installed (its install downloads libtensorflow, which failed or was skipped)`);
    }
    throw new Error(`${pkg} is installed but its native library did not load (${firstLine(err)})`);
  }
}

export const CANDIDATES: Readonly<Record<BackendName, Candidate>> = {
  'tensorflow-gpu': {
    tfName: 'tensorflow',
    description: 'TensorFlow native with CUDA (@tensorflow/tfjs-node-gpu)',
    // LayerLoom's gradients too: the dilated Conv2D one is backend-independent; the others defer to tfjs's stock
    // gradients off wasm.
    load: async (im) => {
      await loadNative(im, '@tensorflow/tfjs-node-gpu');
      registerTrainingGradients();
      return { summary: 'a CUDA GPU' };
    },
    fix: () => `${NATIVE_FIX('@tensorflow/tfjs-node-gpu')} It needs CUDA 11.2 and cuDNN 8.1.`,
  },
  webgpu: {
    tfName: 'webgpu',
    description: 'WebGPU',
    load: async (im, byName) => {
      const { adapter, via } = await loadWebGpu(im, byName);
      registerTrainingGradients(); // the dilated Conv2D gradient (tfjs has none on any backend)
      return { summary: `${describeAdapter(adapter)}${via ? `, ${via}` : ''}`, adapter };
    },
    fix: () => webGpuFix(),
  },
  tensorflow: {
    tfName: 'tensorflow',
    description: 'TensorFlow native on the CPU (@tensorflow/tfjs-node)',
    load: async (im) => {
      await loadNative(im, '@tensorflow/tfjs-node');
      registerTrainingGradients();
      return undefined;
    },
    fix: () => NATIVE_FIX('@tensorflow/tfjs-node'),
  },
  wasm: {
    tfName: 'wasm',
    description: "WebAssembly (tfjs's wasm backend with LayerLoom's training kernels)",
    load: async (im) => {
      await im('@tensorflow/tfjs-backend-wasm');
      registerLayerLoomTraining();
      return undefined;
    },
    fix: () => 'Reinstall dependencies ("npm ci") so that @tensorflow/tfjs-backend-wasm and its .wasm files are present, or use --backend cpu.',
  },
  cpu: {
    tfName: 'cpu',
    description: 'pure JavaScript (slow: about 10 images/s for LeNet-5)',
    // Gradients only: the wasm kernels wrap the wasm backend's own, which exist only once it is imported.
    load: async () => {
      registerTrainingGradients();
      return undefined;
    },
    fix: () => 'Reinstall dependencies ("npm ci").',
  },
};
