/**
 * The command line on webgpu (on CI: SwiftShader): `layerloom backends` lists every backend with its
 * adapter, reason and fix; `train --backend webgpu` names the adapter in its events and the run's
 * meta.json; `bench --backend webgpu` prints the adapter and times a step.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { runBench } from '../../src/train/bench/benchCommand';
import { benchModel } from '../../src/train/bench/runBench';
import { SLOW, webgpuOrSkip } from '../train/backends/webgpuHarness';
import { tinyProject } from '../train/helpers';

const gpu = await webgpuOrSkip('webgpuCommands');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

/** The real binary, with the Vulkan driver the harness found (process.env carries it). */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20, env: process.env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(!gpu)('the command line on webgpu', SLOW, () => {
  it('backends: every backend, whether it loads, its adapter, why not and the fix; what auto takes', async () => {
    const r = await cli(['backends', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.backends.map((b: { name: string }) => b.name)).toEqual(['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm', 'cpu']);
    const by = Object.fromEntries(report.backends.map((b: { name: string }) => [b.name, b]));
    expect(by.webgpu).toMatchObject({ available: true, device: { summary: gpu!.device!.summary, adapter: gpu!.device!.adapter } });
    expect(by.wasm.available).toBe(true);
    expect(by.cpu.available).toBe(true);
    for (const b of report.backends.filter((x: { available: boolean }) => !x.available)) {
      expect(b.why, b.name).toMatch(/\S/);
      expect(b.fix, b.name).toMatch(/\S/);
    }
    if (gpu!.device!.adapter!.software) {
      expect(by.webgpu.autoSkips).toMatch(/software|no WebGPU adapter/);
      expect(report.auto).not.toBe('webgpu');
    }
    const human = await cli(['backends']);
    expect(human.stdout).toMatch(/^ {2}webgpu +yes +WebGPU on /m);
    expect(human.stdout).toMatch(/^auto takes: \S+$/m);
  });

  it('train --backend webgpu: the started event and meta.json name the adapter', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerloom-webgpu-cli-'));
    const out = join(dir, 'run');
    const project = join(dir, 'tiny.layerloom.json');
    await writeFile(project, JSON.stringify(tinyProject()));
    const r = await cli(['train', project, '--data', 'synthetic', '--limit', '30', '--epochs', '1', '--batch', '10', '--backend', 'webgpu', '--json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.find((e) => e.type === 'started')).toMatchObject({ backend: 'webgpu', device: gpu!.device!.summary });
    expect(events.at(-1)).toMatchObject({ type: 'done', backend: 'webgpu' });
    const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8'));
    expect(meta.backend.reason).toBe(`WebGPU on ${gpu!.device!.summary}, as requested`);
  });

  describe('bench', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    afterAll(() => log.mockRestore());

    it('prints the adapter, so people can report real-GPU figures with it', async () => {
      log.mockClear();
      expect(await runBench({ backend: 'webgpu', models: [], json: false, profile: false })).toBe(0);
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([`backend: webgpu — WebGPU on ${gpu!.device!.summary}, as requested`, `device: ${gpu!.device!.summary}`]);
      log.mockClear();
      expect(await runBench({ backend: 'webgpu', models: [], json: true, profile: false })).toBe(0);
      expect(JSON.parse(String(log.mock.calls.at(-1)![0]))).toMatchObject({ backend: 'webgpu', device: gpu!.device, models: {} });
    });

    it('times LeNet-5 training steps on webgpu without leaking tensors', async () => {
      await tf.setBackend('webgpu');
      const before = tf.memory().numTensors;
      const result = await benchModel(tf, BENCH_MODELS.lenet5, { batch: 2, images: 4 });
      expect(result.params).toBe(61_706);
      expect(result.imagesPerSec).toBeGreaterThan(0);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
