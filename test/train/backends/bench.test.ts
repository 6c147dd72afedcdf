import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { command } from '../../../src/cli/commands/bench';
import { CliError } from '../../../src/cli/cliError';
import { selectBackend } from '../../../src/train/backends/selectBackend';
import { BENCH_MODELS, lenet5Graph, resnet20BlocksGraph } from '../../../src/train/bench/benchModels';
import { benchModel, profileModel } from '../../../src/train/bench/runBench';
import { compileGraph } from '../../../src/compile/compileGraph';
import { kernelThreadStats } from '../../../src/train/backends/wasm/kernelThreads';

// Two kernel threads whatever the machine, so the bench's thread report is exercised.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(async () => {
  await selectBackend('wasm');
});

describe('bench models and runner', () => {
  it("LeNet-5 from LayerLoom's blocks has torch_reference's 61,706 parameters", () => {
    const { model } = compileGraph(lenet5Graph(), tf);
    expect(model.countParams()).toBe(61_706);
    model.dispose();
  });

  it("ResNet-20 from LayerLoom's blocks (and the bench's resnet20) has torch_reference's 272,474 trainable parameters", async () => {
    for (const graph of [resnet20BlocksGraph(), await BENCH_MODELS.resnet20.graph(), await BENCH_MODELS.resnet20_64.graph()]) {
      const { model } = compileGraph(graph, tf);
      expect(model.trainableWeights.reduce((n, w) => n + (w.shape as number[]).reduce((a, b) => a * b, 1), 0)).toBe(272_474);
      model.dispose();
    }
  });

  it('resnet20_64 takes 64×64×3 images', async () => {
    const { model } = compileGraph(await BENCH_MODELS.resnet20_64.graph(), tf);
    expect(model.inputs[0].shape).toEqual([null, 64, 64, 3]);
    expect(BENCH_MODELS.resnet20_64.inputShape).toEqual([64, 64, 3]);
    model.dispose();
  });

  it('measures a positive throughput, the best of three timed epochs, without leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const result = await benchModel(tf, BENCH_MODELS.lenet5, { images: 128 });
    expect(result.params).toBe(61_706);
    expect(result.epochImagesPerSec).toHaveLength(3);
    expect(result.imagesPerSec).toBe(Math.max(...result.epochImagesPerSec));
    expect(result.imagesPerSec).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("reports how the best epoch used the kernel threads, from the pool's own counts", async () => {
    const before = kernelThreadStats();
    const result = await benchModel(tf, BENCH_MODELS.resnet20, { images: 64, epochs: 1 });
    const after = kernelThreadStats()!;
    // ResNet-20's convolutions go to the threads: every step posts jobs, each counted once.
    expect(after.jobs - (before?.jobs ?? 0)).toBeGreaterThan(10);
    expect(after.mainChunks).toBeLessThanOrEqual(after.chunks);
    const use = result.kernelThreads!;
    expect(use.threads).toBe(2);
    for (const share of [use.soloJobShare, use.mainChunkShare]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(use.waitedMsPerStep).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('profiles kernels, the convolution gradients among them', async () => {
    const profile = await profileModel(tf, BENCH_MODELS.lenet5, 1);
    const names = profile.map((k) => k.kernel);
    expect(names).toContain('Conv2DBackpropFilter');
    expect(profile[0].ms).toBeGreaterThanOrEqual(profile[profile.length - 1].ms);
  });
});

describe('layerloom bench', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  afterAll(() => log.mockRestore());

  it('prints the JSON the issue asks for', async () => {
    log.mockClear();
    expect(await command.run(['--backend', 'wasm', '--models', 'lenet5', '--images', '64', '--json'])).toBe(0);
    const out = JSON.parse(String(log.mock.calls.at(-1)![0]));
    expect(out.backend).toBe('wasm');
    expect(out.models.lenet5).toMatchObject({ params: 61_706 });
    expect(out.models.lenet5.imagesPerSec).toBeGreaterThan(0);
  });

  it('rejects bad arguments with a CliError', async () => {
    await expect(command.run(['--models', 'vgg'])).rejects.toThrow(CliError);
    await expect(command.run(['--backend', 'tpu'])).rejects.toThrow(/--backend must be one of/);
    await expect(command.run(['--images', '3'])).rejects.toThrow(/--images/);
  });
});

describe('bench thread report', () => {
  it('says how much ran on the main thread alone, and the share and wait of the rest', async () => {
    const { formatThreadUse } = await import('../../../src/train/bench/benchCommand');
    expect(formatThreadUse({ threads: 2, soloJobShare: 0, mainChunkShare: 0.52, waitedMsPerStep: 3.14 }))
      .toBe('2 kernel threads: 0% of the threaded jobs on the main thread alone; in the others it ran 52% of the work and waited 3.1 ms per step for the rest');
    expect(formatThreadUse({ threads: 2, soloJobShare: 0.25, mainChunkShare: 0.6, waitedMsPerStep: 0.4 }))
      .toMatch(/^2 kernel threads: 25% of the threaded jobs on the main thread alone \(the stall rule: the other threads fell behind\); in the others it ran 60%/);
    // Every job alone: nothing shared to report on.
    expect(formatThreadUse({ threads: 4, soloJobShare: 1, mainChunkShare: 0, waitedMsPerStep: 0 }))
      .toBe('4 kernel threads: 100% of the threaded jobs on the main thread alone (the stall rule: the other threads fell behind)');
  });
});

describe('bench --profile table', () => {
  it('aligns long kernel names, gives shares of the kernels total, and leaves custom-gradient scopes out', async () => {
    const { formatProfile } = await import('../../../src/train/bench/benchCommand');
    const lines = formatProfile([
      { kernel: 'LayerLoomBatchNormTrainingGrad', ms: 30, calls: 21 },
      { kernel: 'Add', ms: 10, calls: 19 },
      { kernel: 'fused_conv2d__op', ms: 99, calls: 21 },
    ]);
    expect(lines).toHaveLength(4);
    const msColumn = lines.map((l) => l.indexOf('ms/step') >= 0 ? l.indexOf('ms/step') + 'ms/step'.length : -1)[0];
    // Every row's ms figure ends under the header's "ms/step".
    for (const row of lines.slice(1)) expect(row.slice(0, msColumn).trimEnd().length).toBe(msColumn);
    expect(lines[1]).toMatch(/LayerLoomBatchNormTrainingGrad\s+30\.0\s+75\.0%\s+21$/);
    expect(lines[3]).toMatch(/all kernels\s+40\.0$/);
  });
});
