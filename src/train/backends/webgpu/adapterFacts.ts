/**
 * What LayerLoom tells people about a WebGPU adapter: vendor, architecture, description, and whether it
 * is a software one (a GPU emulated on the CPU: SwiftShader, llvmpipe/lavapipe, Windows' WARP, or any
 * adapter Dawn marks as a fallback). `auto` never trains on a software adapter: it is far slower than
 * LayerLoom's wasm kernels; asked for by name it is used, and said to be software.
 */

/** The part of GPUAdapterInfo read here (Dawn's `info`, plus its `isFallbackAdapter`). */
export interface GpuAdapterInfoLike {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
  readonly isFallbackAdapter?: boolean;
}

export interface AdapterFacts {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** Emulated on the CPU (or a fallback adapter): used only when webgpu is asked for by name. */
  readonly software: boolean;
}

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|basic render|\bwarp\b|software/i;

export function adapterFacts(info: GpuAdapterInfoLike, isFallbackAdapter = false): AdapterFacts {
  const vendor = info.vendor ?? '';
  const architecture = info.architecture ?? '';
  const device = info.device ?? '';
  const description = info.description ?? '';
  const software = isFallbackAdapter || info.isFallbackAdapter === true
    || [vendor, architecture, device, description].some((s) => SOFTWARE.test(s));
  return { vendor, architecture, device, description, software };
}

/** One line naming the adapter, e.g. "nvidia ampere — NVIDIA GeForce RTX 3060 (Vulkan 1.3)". */
export function describeAdapter(a: AdapterFacts): string {
  const family = [a.vendor, a.architecture].filter(Boolean).join(' ');
  const name = a.description || a.device;
  const parts = [family, name].filter(Boolean);
  const text = parts.length ? parts.join(' — ') : 'unnamed adapter';
  return a.software ? `${text} (software, emulated on the CPU)` : text;
}
