import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { BackendUnavailableError, selectBackend } from '../../../src/train/backends/selectBackend';

const notFound = (spec: string) => Object.assign(new Error(`Cannot find package '${spec}'`), { code: 'ERR_MODULE_NOT_FOUND' });

/** Native packages missing (as on this machine), everything else imported normally. */
const withoutNative = (spec: string) => (spec.startsWith('@tensorflow/tfjs-node') ? Promise.reject(notFound(spec)) : import(spec));

describe('selectBackend', () => {
  it('auto takes wasm when the native packages are missing, and says why each was passed over', async () => {
    const choice = await selectBackend('auto', { importModule: withoutNative });
    expect(choice.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'tensorflow']);
    expect(choice.passedOver[1].why).toMatch(/@tensorflow\/tfjs-node is not installed.*libtensorflow/);
    expect(choice.reason).toMatch(/WebAssembly/);
  });

  it('auto passes over wasm for cpu when wasm cannot load', async () => {
    const importModule = (spec: string) =>
      spec.startsWith('@tensorflow/tfjs-node') || spec === '@tensorflow/tfjs-backend-wasm' ? Promise.reject(notFound(spec)) : import(spec);
    const choice = await selectBackend('auto', { importModule });
    expect(choice.name).toBe('cpu');
    expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'tensorflow', 'wasm']);
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

  it('on this machine (no tfjs-node) auto takes wasm with its real imports', async () => {
    const choice = await selectBackend('auto');
    expect(['tensorflow-gpu', 'tensorflow', 'wasm']).toContain(choice.name);
    if (choice.name === 'wasm') expect(choice.passedOver.map((p) => p.name)).toEqual(['tensorflow-gpu', 'tensorflow']);
  });

  it('an unknown name is rejected', async () => {
    await expect(selectBackend('webgpu' as 'cpu')).rejects.toThrow(/no backend of that name/);
  });
});
