/** The webgpu backend's plain parts, without a GPU: adapter facts, device-failure reports, finding SwiftShader. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/messages/index';
import { deviceFailureReport } from '../../../src/train/backends/deviceHealth';
import { adapterFacts, describeAdapter } from '../../../src/train/backends/webgpu/adapterFacts';
import { classifyGpuError, DeviceWatch, GpuDeviceError, type WatchedDevice } from '../../../src/train/backends/webgpu/deviceErrors';
import { findSwiftShaderIcd } from '../../../src/train/backends/webgpu/swiftShaderIcd';
import { gpuDeviceNodePresent } from '../../../src/train/backends/webgpu/webgpuBackend';

describe('adapter facts', () => {
  it('tells hardware from software adapters and names them in one line', () => {
    const rtx = adapterFacts({ vendor: 'nvidia', architecture: 'ampere', device: '0x2504', description: 'NVIDIA GeForce RTX 3060' });
    expect(rtx.software).toBe(false);
    expect(describeAdapter(rtx)).toBe('nvidia ampere — NVIDIA GeForce RTX 3060');
    expect(describeAdapter(adapterFacts({ vendor: 'apple', architecture: 'metal-3' }))).toBe('apple metal-3');
    expect(describeAdapter(adapterFacts({}))).toBe('unnamed adapter');
    for (const info of [
      { vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader driver 5.0.0' },
      { vendor: 'mesa', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' },
      { description: 'Microsoft Basic Render Driver' },
      { vendor: 'x', description: 'y', isFallbackAdapter: true },
    ]) expect(adapterFacts(info).software, JSON.stringify(info)).toBe(true);
    expect(adapterFacts({ vendor: 'intel', description: 'Intel(R) UHD Graphics 620' }, true).software).toBe(true);
    expect(describeAdapter(adapterFacts({ vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader driver 5.0.0' })))
      .toBe('google swiftshader — SwiftShader driver 5.0.0 (software, emulated on the CPU)');
  });
});

describe('GPU device failures', () => {
  class OutOfMemory { constructor(readonly message: string) {} }
  class Validation { constructor(readonly message: string) {} }
  Object.defineProperty(OutOfMemory, 'name', { value: 'GPUOutOfMemoryError' });
  Object.defineProperty(Validation, 'name', { value: 'GPUValidationError' });

  it('classifies out-of-memory and buffers over the device limits as out of memory, the rest as errors', () => {
    expect(classifyGpuError(new OutOfMemory('Allocation failed'))).toEqual({ kind: 'out-of-memory', detail: 'Allocation failed' });
    expect(classifyGpuError(new Validation('Buffer size (1140850688) exceeds the max buffer size limit (1073741824).\n - While calling CreateBuffer')))
      .toEqual({ kind: 'out-of-memory', detail: 'Buffer size (1140850688) exceeds the max buffer size limit (1073741824).' });
    expect(classifyGpuError(new Validation('Binding size exceeds the maximum storage buffer binding size (134217728)')).kind).toBe('out-of-memory');
    expect(classifyGpuError(new Validation('[Invalid Buffer] is invalid due to a previous error.')).kind).toBe('error');
  });

  function device() {
    let listener!: (e: { error?: object; preventDefault?(): void }) => void;
    let lose!: (info: { reason?: string; message?: string }) => void;
    const d: WatchedDevice = {
      addEventListener: (_t, l) => { listener = l; },
      lost: new Promise((r) => (lose = r)),
    };
    return { d, fire: (error: object) => { let prevented = false; listener({ error, preventDefault: () => { prevented = true; } }); return prevented; }, lose };
  }

  it('records the failure that explains the others, throws it once, and keeps Dawn from printing it', async () => {
    const { d, fire, lose } = device();
    const watch = new DeviceWatch(d, 'acme gpu');
    expect(() => watch.throwIfFailed()).not.toThrow();
    expect(fire(new Validation('[Invalid Buffer] is invalid due to a previous error.'))).toBe(true);
    fire(new OutOfMemory('Allocation failed')); // arrives later but is the cause
    fire(new Validation('another consequence'));
    const err = (() => { try { watch.throwIfFailed(); } catch (e) { return e; } })() as GpuDeviceError;
    expect(err).toBeInstanceOf(GpuDeviceError);
    expect(err).toMatchObject({ kind: 'out-of-memory', message: 'the GPU ran out of memory (Allocation failed)', adapter: 'acme gpu' });
    expect(() => watch.throwIfFailed()).not.toThrow(); // the next run may fit
    lose({ reason: 'unknown', message: 'Device lost: driver reset' });
    await Promise.resolve();
    expect(() => watch.throwIfFailed()).toThrow(/device was lost \(Device lost: driver reset\)/);
    watch.clear();
    expect(watch.lost).toBe(true); // a lost device stays lost
  });

  it('a loss LayerLoom caused (closing the device) is not a failure', async () => {
    const { d, lose } = device();
    const watch = new DeviceWatch(d, 'acme gpu');
    watch.markClosing();
    lose({ reason: 'destroyed' });
    await Promise.resolve();
    expect(watch.failed).toBeNull();
  });

  it('reports say what happened, on which adapter, and offer half the batch', () => {
    const oom = new GpuDeviceError('out-of-memory', 'the GPU ran out of memory (Allocation failed)', 'acme gpu');
    expect(deviceFailureReport(oom, 64)).toEqual({
      message: 'the GPU ran out of memory (Allocation failed) on acme gpu, training with batches of 64; the run was stopped',
      messageCode: { code: 'train.error.gpuOutOfMemory', params: { adapter: 'acme gpu', detail: 'the GPU ran out of memory (Allocation failed)', batch: 64 } },
      hint: 'Train again with a smaller batch: --batch 32 needs about half the memory. Or use a smaller input size, fewer filters, or --backend wasm.',
      hintCode: { code: 'hint.gpu.smallerBatch', params: { suggested: 32 } },
      suggestedBatchSize: 32,
    });
    const real = new GpuDeviceError('out-of-memory', 'the GPU ran out of memory (Allocation failed)', 'acme gpu', 'Allocation failed');
    expect(renderText(deviceFailureReport(real, 64).messageCode, 'zh')).toBe('GPU（acme gpu）在批大小为 64 的训练中内存不足（Allocation failed）；训练已停止。');
    expect(renderText(deviceFailureReport(real, 64).hintCode, 'en')).toMatch(/^Train again with a smaller batch: 32 needs about half the memory/);
    expect(deviceFailureReport(oom, 3).suggestedBatchSize).toBe(1);
    expect(deviceFailureReport(oom, 1)).not.toHaveProperty('suggestedBatchSize');
    expect(deviceFailureReport(oom, 1).hint).toMatch(/Even one image does not fit/);
    const lost = deviceFailureReport(new GpuDeviceError('lost', 'the GPU device was lost (x)', 'acme gpu'), 64);
    expect(lost).not.toHaveProperty('suggestedBatchSize');
    expect(lost.hint).toMatch(/update the GPU driver/);
  });
});

describe('finding SwiftShader', () => {
  it('takes the first folder with both the ICD file and the driver, only on Linux', () => {
    const root = mkdtempSync(join(tmpdir(), 'layerloom-icd-'));
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(root, n));
    mkdirSync(a);
    writeFileSync(join(a, 'vk_swiftshader_icd.json'), '{}'); // no driver next to it
    mkdirSync(b);
    writeFileSync(join(b, 'vk_swiftshader_icd.json'), '{}');
    writeFileSync(join(b, 'libvk_swiftshader.so'), '');
    expect(findSwiftShaderIcd([c, a, b], 'linux')).toBe(join(b, 'vk_swiftshader_icd.json'));
    expect(findSwiftShaderIcd([c, a], 'linux')).toBeNull();
    expect(findSwiftShaderIcd([b], 'win32')).toBeNull();
  });
});

describe('a GPU device node (auto does not load Dawn without one on Linux)', () => {
  const none = () => false;
  it('finds DRM render or card nodes, NVIDIA and WSL devices; none means no GPU', () => {
    expect(gpuDeviceNodePresent('linux', none, () => ['renderD128'])).toBe(true);
    expect(gpuDeviceNodePresent('linux', none, () => ['card0', 'by-path'])).toBe(true);
    expect(gpuDeviceNodePresent('linux', (p) => p === '/dev/nvidia0', () => [])).toBe(true);
    expect(gpuDeviceNodePresent('linux', (p) => p === '/dev/dxg', () => { throw new Error('ENOENT'); })).toBe(true);
    expect(gpuDeviceNodePresent('linux', none, () => { throw new Error('ENOENT'); })).toBe(false);
    expect(gpuDeviceNodePresent('linux', none, () => ['by-path'])).toBe(false);
    expect(gpuDeviceNodePresent('darwin', none, () => [])).toBe(true);
    expect(gpuDeviceNodePresent('win32', none, () => [])).toBe(true);
  });
});
