/**
 * Errors of the GPU device, which WebGPU reports after the fact (an `uncapturederror` event, a `lost`
 * promise) while tfjs carries on with invalid buffers and reads back zeros. The device watch records
 * the first one; training checks after every step and ends the run with a clear error instead of
 * training on garbage. Out of memory — a buffer the device could not allocate, or one larger than the
 * adapter's limits — is the common case, and a smaller batch fixes it.
 */

export type GpuFailureKind = 'out-of-memory' | 'lost' | 'error';

/** The GPU device failed while training or predicting. */
export class GpuDeviceError extends Error {
  /** `detail`: the driver's or Dawn's own words (first line). */
  constructor(readonly kind: GpuFailureKind, message: string, readonly adapter: string, readonly detail = '') {
    super(message);
    this.name = 'GpuDeviceError';
  }

  get outOfMemory(): boolean {
    return this.kind === 'out-of-memory';
  }
}

/** The part of GPUDevice the watch uses. */
export interface WatchedDevice {
  addEventListener(type: 'uncapturederror', listener: (event: { error?: { message?: string; constructor?: { name?: string } }; preventDefault?(): void }) => void): void;
  readonly lost: Promise<{ reason?: string; message?: string }>;
}

/** A validation error that means "too big for this device" (a buffer over maxBufferSize or a binding limit). */
const TOO_LARGE = /exceeds the max(imum)? (buffer size|storage buffer binding size)|max(Buffer|StorageBufferBinding)Size|out of memory/i;

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n').map((l) => l.trim()).find(Boolean) ?? '';
}

/** Classifies a WebGPU error object by its class name and message. */
export function classifyGpuError(error: { message?: string; constructor?: { name?: string } } | undefined): { kind: GpuFailureKind; detail: string } {
  const name = error?.constructor?.name ?? '';
  const detail = firstLine(error?.message) || name || 'unknown error';
  if (name === 'GPUOutOfMemoryError' || TOO_LARGE.test(error?.message ?? '')) return { kind: 'out-of-memory', detail };
  return { kind: 'error', detail };
}

export class DeviceWatch {
  private failure: GpuDeviceError | null = null;
  /** Set when LayerLoom itself destroys the device (then `lost` is expected). */
  private closing = false;

  constructor(device: WatchedDevice, private readonly adapter: string) {
    device.addEventListener('uncapturederror', (event) => {
      // Handled here (reported as the run's error): Dawn would otherwise print every one to stdout.
      event.preventDefault?.();
      const { kind, detail } = classifyGpuError(event.error);
      this.record(kind === 'out-of-memory'
        ? new GpuDeviceError(kind, `the GPU ran out of memory (${detail})`, adapter, detail)
        : new GpuDeviceError(kind, `the GPU reported an error (${detail})`, adapter, detail));
    });
    void device.lost.then((info) => {
      if (this.closing) return;
      const detail = firstLine(info.message) || info.reason || 'no reason given';
      this.record(new GpuDeviceError('lost', `the GPU device was lost (${detail}); the driver may have reset it`, adapter, detail));
    });
  }

  private record(error: GpuDeviceError): void {
    // The first failure is the cause and later ones follow from it (an invalid buffer used again and again),
    // but the events do not always arrive in that order: an out-of-memory or a loss explains the others.
    const f = this.failure;
    if (!f || (f.kind === 'error' && error.kind !== 'error') || (f.kind !== 'lost' && error.kind === 'lost')) this.failure = error;
  }

  get failed(): GpuDeviceError | null {
    return this.failure;
  }

  get lost(): boolean {
    return this.failure?.kind === 'lost';
  }

  /** Throws the recorded failure once; the device stays usable after an out-of-memory (the run ends, the next may fit). */
  throwIfFailed(): void {
    const f = this.failure;
    if (!f) return;
    if (f.kind !== 'lost') this.failure = null;
    throw f;
  }

  /** Forgets an out-of-memory or other error (a loss stays: the device is gone). */
  clear(): void {
    if (this.failure?.kind !== 'lost') this.failure = null;
  }

  markClosing(): void {
    this.closing = true;
  }
}
