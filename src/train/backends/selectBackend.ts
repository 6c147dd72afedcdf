/**
 * Picks the compute backend for training. `auto` takes the first that loads, in order: tensorflow-gpu
 * (@tensorflow/tfjs-node-gpu, CUDA), webgpu (any GPU through Dawn; a hardware adapter only), tensorflow
 * (@tensorflow/tfjs-node), wasm (tfjs's WebAssembly backend with LayerLoom's training kernels), cpu (pure
 * JavaScript). It reports which one it took, on what device, and why each earlier one was passed over. A
 * backend asked for by name that cannot load is an error.
 */
import * as tf from '@tensorflow/tfjs';
import { BACKEND_NAMES, type BackendName, type BackendRequest } from '../../graph/projectFile';
import { BackendUnavailableError } from './backendUnavailableError';
import { CANDIDATES, firstLine, installedImport, type Candidate, type DeviceFacts, type ImportModule } from './backendCandidates';

export { BackendUnavailableError };
export type { BackendName, BackendRequest, DeviceFacts };

export const BACKEND_ORDER: readonly BackendName[] = BACKEND_NAMES;

export interface PassedOver {
  readonly name: BackendName;
  readonly why: string;
}

export interface BackendChoice {
  readonly name: BackendName;
  /** Why this backend: one sentence for the UI, the CLI and the run's metadata. */
  readonly reason: string;
  readonly passedOver: readonly PassedOver[];
  /** The GPU adapter or device it runs on, when the backend can tell. */
  readonly device?: DeviceFacts;
}

export interface SelectOptions {
  /** Loads an optional package (tests replace it). */
  readonly importModule?: ImportModule;
}

const defaultImport: ImportModule = installedImport;

/** Loads and activates one backend, or throws an Error whose message says why not. */
export async function activateBackend(name: BackendName, importModule: ImportModule, byName: boolean): Promise<DeviceFacts | undefined> {
  const c = CANDIDATES[name];
  const handlers = processHandlers();
  try {
    return await start(name, c, importModule, byName);
  } finally {
    dropHandlersAddedSince(handlers);
  }
}

type Listener = (...args: unknown[]) => void;
type ProcessHandlers = Record<'uncaughtException' | 'unhandledRejection', readonly Listener[]>;
const listenersOf = (event: 'uncaughtException' | 'unhandledRejection'): Listener[] => (process.listeners as (e: string) => Listener[])(event);
const processHandlers = (): ProcessHandlers => ({ uncaughtException: listenersOf('uncaughtException'), unhandledRejection: listenersOf('unhandledRejection') });

/**
 * tfjs-backend-wasm's Emscripten glue installs process handlers that rethrow any uncaught exception
 * or unhandled rejection from inside the handler: Node then exits with code 7 ("internal exception
 * handler failure") and no usable report — how one failure anywhere took `layerloom serve` down.
 * They serve only Emscripten's exit(), which tfjs never calls; the host decides what a stray error does.
 */
function dropHandlersAddedSince(before: ProcessHandlers): void {
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    for (const l of listenersOf(event)) if (!before[event].includes(l)) (process.off as (e: string, l: Listener) => void)(event, l);
  }
}

async function start(name: BackendName, c: Candidate, importModule: ImportModule, byName: boolean): Promise<DeviceFacts | undefined> {
  const device = await c.load(importModule, byName);
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
  return device;
}

/** Whether TensorFlow native sees a GPU; tfjs-node-gpu exposes no API for it, so ask the backend's binding. */
function gpuVisible(): boolean {
  const backend = tf.backend() as unknown as { binding?: { isUsingGpuDevice?: () => boolean } };
  return backend.binding?.isUsingGpuDevice?.() ?? false;
}

/** "WebGPU on nvidia ampere — …" for a backend with a device, else its description. */
function described(name: BackendName, device: DeviceFacts | undefined): string {
  const d = CANDIDATES[name].description;
  return device && name === 'webgpu' ? `${d} on ${device.summary}` : d;
}

export async function selectBackend(requested: BackendRequest, options: SelectOptions = {}): Promise<BackendChoice> {
  const importModule = options.importModule ?? defaultImport;
  if (requested !== 'auto') {
    if (!(requested in CANDIDATES)) {
      throw new BackendUnavailableError(requested, 'there is no backend of that name', `Use one of auto, ${BACKEND_ORDER.join(', ')}.`);
    }
    let device: DeviceFacts | undefined;
    try {
      device = await activateBackend(requested, importModule, true);
    } catch (err) {
      throw new BackendUnavailableError(requested, firstLine(err), CANDIDATES[requested].fix());
    }
    return { name: requested, reason: `${described(requested, device)}, as requested`, passedOver: [], ...(device ? { device } : {}) };
  }
  const passedOver: PassedOver[] = [];
  for (const name of BACKEND_ORDER) {
    let device: DeviceFacts | undefined;
    try {
      device = await activateBackend(name, importModule, false);
    } catch (err) {
      passedOver.push({ name, why: firstLine(err) });
      continue;
    }
    const skipped = passedOver.length ? ` (${passedOver.map((p) => `${p.name}: ${p.why}`).join('; ')})` : '';
    const reason = name === BACKEND_ORDER[0]
      ? `${described(name, device)}: the fastest backend, and it loaded`
      : `${described(name, device)}: the first available backend${skipped}`;
    return { name, reason, passedOver, ...(device ? { device } : {}) };
  }
  throw new BackendUnavailableError('auto', passedOver.map((p) => `${p.name}: ${p.why}`).join('; '), CANDIDATES.cpu.fix());
}

let generation = 0;

/** Bumped when a backend is replaced after a failure: anything built on the old one (a loaded model) must be rebuilt. */
export function backendGeneration(): number {
  return generation;
}

/**
 * After a failure inside the wasm backend (a trap in a kernel, an allocation it could not make) its
 * memory may no longer be consistent: the backend is dropped and registered again, so the next run (or
 * prediction) starts a fresh instance with a fresh memory. Other backends are left as they are.
 */
export function resetWasmBackendAfterFailure(): boolean {
  if (tf.getBackend() !== 'wasm') return false;
  const factory = tf.findBackendFactory('wasm');
  if (!factory) return false;
  tf.removeBackend('wasm');
  // tfjs-backend-wasm registers itself with priority 2.
  tf.registerBackend('wasm', factory, 2);
  generation += 1;
  return true;
}
