import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { BackendUnavailableError, selectBackend } from '../../../src/train/backends/selectBackend';

const notFound = (spec: string) => Object.assign(new Error(`Cannot find package '${spec}'`), { code: 'ERR_MODULE_NOT_FOUND' });

const optional = (spec: string) => spec.startsWith('@tensorflow/tfjs-node') || spec === 'webgpu';
/** Native packages and Dawn missing, everything else imported normally. */
const withoutNative = (spec: string) => (optional(spec) ? Promise.reject(notFound(spec)) : import(spec));

/** Dawn present, its one adapter as given (null: none). */
function withAdapter(info: Record<string, unknown> | null, fallback = false) {
  const adapter = info && { info, isFallbackAdapter: fallback, features: new Set(), limits: {}, requestDevice: () => Promise.reject(new Error('not in this test')) };
  const dawn = { create: () => ({ requestAdapter: async () => adapter }), globals: {} };
  return (spec: string) => (spec === 'webgpu' ? Promise.resolve(dawn) : withoutNative(spec));
}

describe('selectBackend', () => {
  it('auto takes wasm when the native packages are missing, and says why each was passed over', async () => {
    const choice = await selectBackend('auto', { importModule: withoutNative });
    expect(choice.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'webgpu', 'tensorflow']);
    expect(choice.passedOver[1].why).toMatch(/optional package webgpu \(Dawn, WebGPU for Node\) is not installed/);
    expect(choice.passedOver[2].why).toMatch(/@tensorflow\/tfjs-node is not installed.*libtensorflow/);
    expect(choice.reason).toMatch(/WebAssembly/);
  });

  it('auto passes over webgpu when Dawn finds no adapter, or only a software one, and says which', async () => {
    const none = await selectBackend('auto', { importModule: withAdapter(null) });
    expect(none.name).toBe('wasm');
    expect(none.passedOver[1]).toEqual({ name: 'webgpu', why: 'Dawn found no WebGPU adapter on this machine (no GPU driver it can use)' });
    for (const [info, fallback] of [
      [{ vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader driver 5.0.0' }, false],
      [{ vendor: 'mesa', architecture: '', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' }, false],
      [{ vendor: 'microsoft', architecture: '', description: 'Microsoft Basic Render Driver' }, false],
      [{ vendor: 'acme', architecture: 'x', description: 'Acme GPU' }, true],
    ] as const) {
      const choice = await selectBackend('auto', { importModule: withAdapter(info, fallback) });
      expect(choice.name).toBe('wasm');
      expect(choice.passedOver[1].why).toMatch(/^the only WebGPU adapter is a software one \(.*\), slower than wasm; ask for --backend webgpu to use it anyway$/);
      expect(choice.passedOver[1].why).toContain(info.description);
    }
  });

  it('webgpu asked for by name where there is no adapter says why and how to fix it', async () => {
    const err = await selectBackend('webgpu', { importModule: withAdapter(null) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendUnavailableError);
    expect((err as Error).message).toMatch(/"webgpu" backend is not available: Dawn found no WebGPU adapter/);
    expect((err as Error).message).toMatch(process.platform === 'linux' ? /Vulkan driver/ : /driver|Metal/);
    expect((err as Error).message).toMatch(/--backend wasm/);
  });

  it('auto passes over wasm for cpu when wasm cannot load', async () => {
    const importModule = (spec: string) =>
      optional(spec) || spec === '@tensorflow/tfjs-backend-wasm' ? Promise.reject(notFound(spec)) : import(spec);
    const choice = await selectBackend('auto', { importModule });
    expect(choice.name).toBe('cpu');
    expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm']);
  });

  it('a native package that is installed but broken is reported as such', async () => {
    const importModule = (spec: string) =>
      spec.startsWith('@tensorflow/tfjs-node') ? Promise.reject(new Error('libtensorflow.so.2: cannot open shared object file')) : import(spec);
    const choice = await selectBackend('auto', { importModule });
    expect(choice.passedOver[0].why).toMatch(/installed but its native library did not load \(libtensorflow\.so\.2/);
  });

  it('a forced backend that is unavailable is a clear error naming it and the fix', async () => {
    const err = await selectBackend('tensorflow', { importModule: withoutNative }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendUnavailableError);
    expect((err as Error).message).toMatch(/"tensorflow" backend is not available: the optional package @tensorflow\/tfjs-node is not installed.*npm install @tensorflow\/tfjs-node/);
  });

  it('forced cpu and wasm are used as requested', async () => {
    expect((await selectBackend('cpu')).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    const wasm = await selectBackend('wasm');
    expect(wasm).toMatchObject({ name: 'wasm', passedOver: [] });
    expect(tf.getBackend()).toBe('wasm');
  });

  it('on this machine (no tfjs-node, no GPU) auto takes wasm with its real imports', async () => {
    const choice = await selectBackend('auto');
    expect(['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm']).toContain(choice.name);
    if (choice.name === 'wasm') expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'webgpu', 'tensorflow']);
    if (choice.name === 'webgpu') expect(choice.device?.adapter?.software).toBe(false);
  });

  it('an unknown name is rejected', async () => {
    await expect(selectBackend('metal' as 'cpu')).rejects.toThrow(/no backend of that name/);
  });
});
