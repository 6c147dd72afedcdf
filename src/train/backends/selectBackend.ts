/**
 * Picks the compute backend for training. `auto` takes the first that loads, in order: tensorflow-gpu
 * (@tensorflow/tfjs-node-gpu, CUDA), tensorflow (@tensorflow/tfjs-node), wasm (tfjs's WebAssembly
 * backend with LayerLoom's training kernels), cpu (pure JavaScript). It reports which one it took and
 * why each earlier one was passed over. A backend asked for by name that cannot load is an error.
 */
import * as tf from '@tensorflow/tfjs';
import { BackendUnavailableError } from './backendUnavailableError';
import { registerLayerLoomTraining } from './registerTraining';
import { registerTrainingGradients } from './registerTrainingGradients';

export { BackendUnavailableError };

export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'wasm' | 'cpu';
export type BackendRequest = 'auto' | BackendName;

export const BACKEND_ORDER: readonly BackendName[] = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];

export interface PassedOver {
  readonly name: BackendName;
  readonly why: string;
}

export interface BackendChoice {
  readonly name: BackendName;
  /** Why this backend: one sentence for the UI, the CLI and the run's metadata. */
  readonly reason: string;
  readonly passedOver: readonly PassedOver[];
}

export interface SelectOptions {
  /** Loads an optional package (tests replace it). */
  readonly importModule?: (specifier: string) => Promise<unknown>;
}

interface Candidate {
  /** The tfjs backend name it registers. */
  readonly tfName: string;
  readonly description: string;
  /** Loads what the backend needs; throws with the reason when it cannot. */
  load(importModule: (specifier: string) => Promise<unknown>): Promise<void>;
  readonly fix: string;
}

const NATIVE_FIX = (pkg: string) =>
  `Install it with "npm install ${pkg}" on a machine that can download libtensorflow (it is an optional dependency), or use --backend wasm.`;

async function loadNative(importModule: (s: string) => Promise<unknown>, pkg: string): Promise<void> {
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

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

const CANDIDATES: Readonly<Record<BackendName, Candidate>> = {
  'tensorflow-gpu': {
    tfName: 'tensorflow',
    description: 'TensorFlow native with CUDA (@tensorflow/tfjs-node-gpu)',
    // LayerLoom's gradients too: the dilated Conv2D one is backend-independent; the others defer to tfjs's stock
    // gradients off wasm.
    load: async (im) => { await loadNative(im, '@tensorflow/tfjs-node-gpu'); registerTrainingGradients(); },
    fix: `${NATIVE_FIX('@tensorflow/tfjs-node-gpu')} It needs CUDA 11.2 and cuDNN 8.1.`,
  },
  tensorflow: {
    tfName: 'tensorflow',
    description: 'TensorFlow native on the CPU (@tensorflow/tfjs-node)',
    load: async (im) => { await loadNative(im, '@tensorflow/tfjs-node'); registerTrainingGradients(); },
    fix: NATIVE_FIX('@tensorflow/tfjs-node'),
  },
  wasm: {
    tfName: 'wasm',
    description: "WebAssembly (tfjs's wasm backend with LayerLoom's training kernels)",
    load: async (im) => {
      await im('@tensorflow/tfjs-backend-wasm');
      registerLayerLoomTraining();
    },
    fix: 'Reinstall dependencies ("npm ci") so that @tensorflow/tfjs-backend-wasm and its .wasm files are present, or use --backend cpu.',
  },
  cpu: {
    tfName: 'cpu',
    description: 'pure JavaScript (slow: about 10 images/s for LeNet-5)',
    // Gradients only: the wasm kernels wrap the wasm backend's own, which exist only once it is imported.
    load: async () => {
      registerTrainingGradients();
    },
    fix: 'Reinstall dependencies ("npm ci").',
  },
};

const defaultImport = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

/** Loads and activates one backend, or throws an Error whose message says why not. */
async function activate(name: BackendName, importModule: (s: string) => Promise<unknown>): Promise<void> {
  const c = CANDIDATES[name];
  await c.load(importModule);
  if (!tf.findBackendFactory(c.tfName)) throw new Error(`the ${c.tfName} backend did not register with tfjs`);
  let ok = false;
  try {
    ok = await tf.setBackend(c.tfName);
  } catch (err) {
    throw new Error(`it failed to start (${firstLine(err)})`);
  }
  if (!ok) throw new Error('it failed to start');
  await tf.ready();
  if (name === 'tensorflow-gpu' && !gpuVisible()) {
    throw new Error('tfjs-node-gpu loaded but found no usable CUDA GPU (it needs CUDA 11.2 and cuDNN 8.1; with other versions it silently runs on the CPU)');
  }
}

/** Whether TensorFlow native sees a GPU; tfjs-node-gpu exposes no API for it, so ask the backend's binding. */
function gpuVisible(): boolean {
  const backend = tf.backend() as unknown as { binding?: { isUsingGpuDevice?: () => boolean } };
  return backend.binding?.isUsingGpuDevice?.() ?? false;
}

export async function selectBackend(requested: BackendRequest, options: SelectOptions = {}): Promise<BackendChoice> {
  const importModule = options.importModule ?? defaultImport;
  if (requested !== 'auto') {
    if (!(requested in CANDIDATES)) {
      throw new BackendUnavailableError(requested, 'there is no backend of that name', `Use one of auto, ${BACKEND_ORDER.join(', ')}.`);
    }
    try {
      await activate(requested, importModule);
    } catch (err) {
      throw new BackendUnavailableError(requested, firstLine(err), CANDIDATES[requested].fix);
    }
    return { name: requested, reason: `${CANDIDATES[requested].description}, as requested`, passedOver: [] };
  }
  const passedOver: PassedOver[] = [];
  for (const name of BACKEND_ORDER) {
    try {
      await activate(name, importModule);
    } catch (err) {
      passedOver.push({ name, why: firstLine(err) });
      continue;
    }
    const skipped = passedOver.length ? ` (${passedOver.map((p) => `${p.name}: ${p.why}`).join('; ')})` : '';
    const reason = name === BACKEND_ORDER[0]
      ? `${CANDIDATES[name].description}: the fastest backend, and it loaded`
      : `${CANDIDATES[name].description}: the first available backend${skipped}`;
    return { name, reason, passedOver };
  }
  throw new BackendUnavailableError('auto', passedOver.map((p) => `${p.name}: ${p.why}`).join('; '), CANDIDATES.cpu.fix);
}
