/**
 * Gives GPU memory back between runs. tfjs's WebGPU backend keeps every buffer a disposed tensor had in a
 * pool for reuse and never destroys one until the backend goes away, so one big run would hold its peak
 * GPU memory for the life of the engine. Destroying the pooled (free) buffers leaves tensors in use alone;
 * the next run allocates what it needs again.
 */
import * as tf from '@tensorflow/tfjs';

/** The parts of tfjs-backend-webgpu's BufferManager this touches (not in its public types). */
interface BufferPool {
  freeBuffers: Map<string, { destroy(): void; size: number }[]>;
  numFreeBuffers: number;
  numBytesAllocated: number;
}

export interface GpuMemory {
  /** Bytes held by live tensors. */
  readonly inUse: number;
  /** Bytes allocated on the device, pooled free buffers included. */
  readonly allocated: number;
}

function pool(): BufferPool | undefined {
  if (!tf.engine().registry.webgpu) return undefined; // never started here: nothing to free
  return (tf.findBackend('webgpu') as unknown as { bufferManager?: BufferPool } | null)?.bufferManager;
}

/** Destroys the pooled free buffers; returns the bytes given back (0 off webgpu). */
export function releaseFreeGpuBuffers(): number {
  const p = pool();
  if (!p) return 0;
  let bytes = 0;
  for (const buffers of p.freeBuffers.values()) {
    for (const b of buffers) {
      bytes += b.size;
      b.destroy();
    }
    // Emptied in place: the manager treats a map without keys as "disposed".
    buffers.length = 0;
  }
  p.numFreeBuffers = 0;
  p.numBytesAllocated -= bytes;
  return bytes;
}

/** The webgpu backend's memory, or null when it has not started in this process. */
export function gpuMemory(): GpuMemory | null {
  if (!tf.engine().registry.webgpu) return null;
  const m = tf.findBackend('webgpu')!.memory() as unknown as { numBytesInGPU: number; numBytesAllocatedInGPU: number };
  return { inUse: m.numBytesInGPU, allocated: m.numBytesAllocatedInGPU };
}
