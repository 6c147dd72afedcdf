/**
 * tfjs's WebGPU backend in Node (the CLI, `serve`, Electron's engine process) through Dawn's N-API
 * binding, the npm package `webgpu`. LayerLoom opens the adapter and the device itself, so it can name
 * the adapter, refuse a software one for `auto`, watch the device for out-of-memory and loss, and give
 * GPU memory back when a run ends. The tfjs backend is registered as "webgpu" with this device.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { adapterFacts, describeAdapter, type AdapterFacts, type GpuAdapterInfoLike } from './adapterFacts';
import { DeviceWatch, type WatchedDevice } from './deviceErrors';
import { findSwiftShaderIcd } from './swiftShaderIcd';

type ImportModule = ((specifier: string) => Promise<unknown>) & { readonly installed?: boolean };

/** The parts of Dawn's GPU, GPUAdapter and GPUDevice used here. */
interface Gpu {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power'; forceFallbackAdapter?: boolean }): Promise<Adapter | null>;
}
interface Adapter {
  readonly info?: GpuAdapterInfoLike;
  readonly isFallbackAdapter?: boolean;
  readonly features: { has(name: string): boolean };
  readonly limits: Record<string, number>;
  requestDevice(descriptor: { requiredFeatures: string[]; requiredLimits: Record<string, number> }): Promise<Device>;
}
export interface Device extends WatchedDevice {
  destroy(): void;
}
interface DawnModule {
  create(flags: string[]): Gpu;
  globals: Record<string, unknown>;
}

export interface WebGpuOpened {
  readonly adapter: AdapterFacts;
  /** How the adapter was found when it was not the default one (e.g. "SwiftShader from /usr/lib/chromium"). */
  readonly via?: string;
}

interface Opened extends WebGpuOpened {
  readonly raw: Adapter;
}

interface Active {
  readonly device: Device;
  readonly watch: DeviceWatch;
  readonly opened: Opened;
}

let dawn: DawnModule | undefined;
let opened: Promise<Opened | null> | undefined;
/** With software allowed (asked for by name): may differ from `opened` (fallback adapter, SwiftShader). */
let openedAny: Promise<Opened | null> | undefined;
let active: Active | undefined;

const PLATFORM_FIX: Readonly<Record<string, string>> = {
  linux: 'Install your GPU\'s Vulkan driver (Mesa\'s mesa-vulkan-drivers for AMD and Intel, or NVIDIA\'s driver) and the Vulkan loader (libvulkan1); check with "vulkaninfo --summary".',
  win32: 'Update the GPU driver (WebGPU uses Direct3D 12 on Windows 10 and 11).',
  darwin: 'WebGPU uses Metal; it needs macOS 10.15 or later.',
};

export function webGpuFix(platform = process.platform): string {
  const icd = findSwiftShaderIcd(undefined, platform);
  const software = icd
    ? ` Without a GPU, "--backend webgpu" runs on the software SwiftShader driver found at ${icd} (slow: for testing only).`
    : '';
  return `${PLATFORM_FIX[platform] ?? 'Update the GPU driver.'}${software} Or use --backend wasm.`;
}

async function loadDawn(importModule: ImportModule): Promise<DawnModule> {
  let mod: DawnModule;
  try {
    mod = (await importModule('webgpu')) as DawnModule;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package) 'webgpu'/.test(String(err))) {
      throw new Error('the optional package webgpu (Dawn, WebGPU for Node) is not installed; "npm install webgpu" adds it');
    }
    throw new Error(`the webgpu package is installed but Dawn's native module did not load (${firstLine(err)})`);
  }
  if (mod === dawn) return mod;
  // Another binding (tests load stand-ins): its adapters are its own.
  opened = openedAny = undefined;
  // tfjs's kernels register for "webgpu" on import; its own backend factory only if navigator.gpu exists,
  // so import it before navigator.gpu is set (LayerLoom registers the factory, with its own device).
  await importModule('@tensorflow/tfjs-backend-webgpu');
  // GPUBufferUsage, GPUMapMode, GPUBuffer … are globals in a browser; tfjs uses them as such.
  const g = globalThis as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod.globals ?? {})) if (!(name in g)) g[name] = value;
  dawn = mod;
  return mod;
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

/** tfjs checks `navigator.gpu` when a backend is made; Node 20 has no navigator, Node 21+ one without gpu. */
function setNavigatorGpu(gpu: Gpu): void {
  const g = globalThis as { navigator?: object };
  if (!g.navigator) {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  } else {
    Object.defineProperty(g.navigator, 'gpu', { value: gpu, configurable: true, writable: true });
  }
}

async function request(gpu: Gpu, forceFallbackAdapter = false): Promise<Opened | null> {
  const raw = await gpu.requestAdapter(forceFallbackAdapter ? { forceFallbackAdapter } : { powerPreference: 'high-performance' });
  if (!raw) return null;
  return { raw, adapter: adapterFacts(raw.info ?? {}, raw.isFallbackAdapter ?? false) };
}

/** The default (high-performance) adapter, or null when Dawn finds none. Asked once per process. */
function openDefault(mod: DawnModule): Promise<Opened | null> {
  opened ??= (async () => {
    // Mesa's Vulkan drivers complain on stderr without it.
    process.env.XDG_RUNTIME_DIR ??= process.env.TMPDIR ?? '/tmp';
    const gpu = mod.create([]);
    setNavigatorGpu(gpu);
    return request(gpu);
  })();
  return opened;
}

/** Any adapter, software ones included: the default, else a fallback adapter, else SwiftShader (Linux). */
function openAny(mod: DawnModule): Promise<Opened | null> {
  openedAny ??= (async () => {
    const first = await openDefault(mod);
    if (first) return first;
    const gpu = mod.create([]);
    const fallback = await request(gpu, true);
    if (fallback) {
      setNavigatorGpu(gpu);
      return fallback;
    }
    const icd = process.env.VK_ICD_FILENAMES ? null : findSwiftShaderIcd();
    if (!icd) return null;
    // The Vulkan loader reads this when Dawn makes a new instance; it then sees only SwiftShader.
    process.env.VK_ICD_FILENAMES = icd;
    process.env.XDG_RUNTIME_DIR ??= process.env.TMPDIR ?? '/tmp';
    const soft = mod.create([]);
    const found = await request(soft);
    if (!found) return null;
    setNavigatorGpu(soft);
    return { ...found, via: `SwiftShader from ${icd.replace(/\/[^/]+$/, '')}` };
  })();
  return openedAny;
}

/** The limits tfjs asks for (its own factory does the same): the adapter's best. */
const LIMITS = ['maxComputeWorkgroupStorageSize', 'maxComputeWorkgroupsPerDimension', 'maxStorageBufferBindingSize',
  'maxBufferSize', 'maxComputeWorkgroupSizeX', 'maxComputeInvocationsPerWorkgroup'] as const;

async function openDevice(o: Opened): Promise<Active> {
  const requiredFeatures = ['timestamp-query', 'bgra8unorm-storage'].filter((f) => o.raw.features.has(f));
  const requiredLimits = Object.fromEntries(LIMITS.map((k) => [k, o.raw.limits[k]]));
  const device = await o.raw.requestDevice({ requiredFeatures, requiredLimits });
  return { device, opened: o, watch: new DeviceWatch(device, describeAdapter(o.adapter)) };
}

/**
 * Makes the tfjs backend "webgpu" available on a WebGPU adapter (the caller sets it). `allowSoftware`:
 * asked for by name, so a software adapter will do. Throws an Error saying why not.
 */
export async function loadWebGpu(importModule: ImportModule, allowSoftware: boolean): Promise<WebGpuOpened> {
  // auto on a Linux machine with no GPU device node: Dawn would only find a software adapter (and its
  // Vulkan loader prints warnings on every command), so it is not loaded at all.
  if (importModule.installed && !allowSoftware && !process.env.VK_ICD_FILENAMES && !gpuDeviceNodePresent()) {
    throw new Error('no GPU device on this machine (no /dev/dri render node, /dev/nvidia0 or /dev/dxg)');
  }
  const mod = await loadDawn(importModule);
  if (active && !active.watch.lost && (allowSoftware || !active.opened.adapter.software)) return active.opened;
  const o = await (allowSoftware ? openAny(mod) : openDefault(mod));
  if (!o) throw new Error(`Dawn found no WebGPU adapter on this machine (no GPU driver it can use)`);
  if (o.adapter.software && !allowSoftware) {
    throw new Error(`the only WebGPU adapter is a software one (${describeAdapter(o.adapter)}), slower than wasm; ask for --backend webgpu to use it anyway`);
  }
  if (active) closeWebGpu(); // the device was lost: start again on a new one
  const next = await openDevice(o);
  const { WebGPUBackend } = (await importModule('@tensorflow/tfjs-backend-webgpu')) as {
    WebGPUBackend: new (device: Device, info?: GpuAdapterInfoLike) => tf.KernelBackend;
  };
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  // Priority below cpu's: tfjs never picks it by itself; selectBackend sets it by name.
  tf.registerBackend('webgpu', () => new WebGPUBackend(next.device, o.raw.info), 0);
  active = next;
  return o;
}

/** The active WebGPU device (none until loadWebGpu succeeds). */
export function webGpuDevice(): Device | undefined {
  return active?.device;
}

/** The device watch of the active WebGPU device (none until loadWebGpu succeeds). */
export function webGpuWatch(): DeviceWatch | undefined {
  return active?.watch;
}

/** Destroys the device and drops the tfjs backend (tests; a lost device). */
export function closeWebGpu(): void {
  if (!active) return;
  const a = active;
  active = undefined;
  a.watch.markClosing();
  if (tf.findBackend('webgpu') || tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  a.device.destroy();
}

/**
 * Whether Linux shows a GPU device node (DRM render or card nodes, NVIDIA's, or WSL's GPU); other
 * systems are asked through Dawn.
 */
export function gpuDeviceNodePresent(platform = process.platform, exists: (path: string) => boolean = existsSync, list: (dir: string) => string[] = readdirSync): boolean {
  if (platform !== 'linux') return true;
  if (exists('/dev/nvidia0') || exists('/dev/dxg')) return true;
  try {
    return list('/dev/dri').some((n) => n.startsWith('renderD') || n.startsWith('card'));
  } catch {
    return false;
  }
}
