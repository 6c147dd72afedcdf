/**
 * What training asks of the compute device between batches and runs, whatever the backend: has it failed
 * (a GPU out of memory, lost), and give back memory a finished run no longer needs. Only the webgpu
 * backend has anything to say today; the others fail loudly on their own and free memory as they go.
 */
import { coded, renderText, type CodedText } from '../../messages/index';
import { GpuDeviceError } from './webgpu/deviceErrors';
import { releaseFreeGpuBuffers } from './webgpu/gpuMemory';
import { webGpuWatch } from './webgpu/webgpuBackend';

export { GpuDeviceError };

/** Throws a GpuDeviceError when the GPU reported a failure since the last check. */
export function throwIfDeviceFailed(): void {
  webGpuWatch()?.throwIfFailed();
}

/** Forgets a failure a new run should not inherit (an out-of-memory of the last run). */
export function clearDeviceFailure(): void {
  webGpuWatch()?.clear();
}

/** Frees memory held for reuse by tensors that are gone (GPU buffer pools). */
export function releaseDeviceMemory(): void {
  releaseFreeGpuBuffers();
}

export interface DeviceFailureReport {
  readonly message: string;
  readonly hint: string;
  /** The same as codes, for a UI to render in its language. */
  readonly messageCode: CodedText;
  readonly hintCode: CodedText;
  /** A batch size that needs about half the memory (absent when the batch is already 1). */
  readonly suggestedBatchSize?: number;
}

/** The run's error for a device failure: what happened, on which adapter, and what to try. */
export function deviceFailureReport(err: GpuDeviceError, batchSize: number): DeviceFailureReport {
  const about = { adapter: err.adapter, detail: err.detail || err.message };
  const hint = (code: CodedText) => ({ hint: renderText(code, 'cli')!, hintCode: code });
  if (err.kind === 'out-of-memory') {
    const smaller = batchSize > 1 ? Math.max(1, Math.floor(batchSize / 2)) : undefined;
    return {
      message: `${err.message} on ${err.adapter}, training with batches of ${batchSize}; the run was stopped`,
      messageCode: coded('train.error.gpuOutOfMemory', { ...about, batch: batchSize }),
      ...hint(smaller ? coded('hint.gpu.smallerBatch', { suggested: smaller }) : coded('hint.gpu.oneImage')),
      ...(smaller ? { suggestedBatchSize: smaller } : {}),
    };
  }
  const lost = err.kind === 'lost';
  return {
    message: `${err.message} on ${err.adapter}; the run was stopped`,
    messageCode: coded(lost ? 'train.error.gpuLost' : 'train.error.gpuFailed', about),
    ...hint(coded(lost ? 'hint.gpu.lost' : 'hint.gpu.failed')),
  };
}
