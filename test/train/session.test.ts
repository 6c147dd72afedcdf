import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { trainEventSchema } from '../../src/protocol/trainSchemas';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession } from '../../src/train/session';
import { renderText } from '../../src/messages/index';
import { cpuBackend, tempDir, tinyData, tinyGraph, tinyProject } from './helpers';

async function session(training: Parameters<typeof tinyProject>[0] = {}, extra: Partial<ConstructorParameters<typeof TrainingSession>[0]> = {}) {
  const out = join(await tempDir(), 'run');
  const s = new TrainingSession({ project: tinyProject(training), data: await tinyData(), outDir: out, tf, backendChoice: await cpuBackend(), ...extra });
  const events: SessionEvent[] = [];
  s.on((e) => events.push(e));
  return { s, events, out };
}

describe('TrainingSession', () => {
  it('trains a tiny model: the loss falls, tensors do not leak, events match the protocol', async () => {
    const { s, events } = await session({ epochs: 8, optimizer: 'adam', learningRate: 0.02, batchSize: 8 }, { featureMaps: { enabled: true, everyMs: 0 } });
    const final = await s.run();
    expect(final.type).toBe('done');
    const epochs = events.filter((e) => e.type === 'epoch');
    expect(epochs).toHaveLength(8);
    expect(epochs[7].loss).toBeLessThan(epochs[0].loss * 0.7);
    expect(new Set(s.tensorCounts).size).toBe(1);
    for (const e of events) expect(() => trainEventSchema.parse(e), e.type).not.toThrow();
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['preparing', 'started', 'batch', 'featureMaps', 'epoch', 'done']));
    expect(events.some((e) => e.type === 'featureMaps')).toBe(true);

    // Every `preparing` comes before `started`, in the order backend → data → compile, then the first batch.
    const started = events.findIndex((e) => e.type === 'started');
    const stages = events.slice(0, started).map((e) => (e.type === 'preparing' ? e.stage : e.type));
    expect(stages.filter((st, i) => st !== stages[i - 1])).toEqual(['backend', 'data', 'compile', 'data']);
    expect(events.slice(started).some((e) => e.type === 'preparing')).toBe(false);
    const ready = events.filter((e) => e.type === 'preparing' && e.stage === 'data' && e.total !== undefined).at(-1);
    expect(ready).toMatchObject({ done: 120, total: 120 });
    const first = events[started - 1];
    expect(first).toMatchObject({ type: 'preparing', stage: 'data', firstBatchMs: expect.any(Number), message: expect.stringMatching(/^first batch ready after \d+\.\d s$/) });

    // The evaluation lists each test image's [actual, predicted], agreeing with the confusion matrix.
    if (final.type !== 'done') return;
    const ev = final.evaluation;
    const data = await tinyData();
    expect(ev.predictions).toHaveLength(data.splits.test.size);
    const confusion = ev.classes.map(() => ev.classes.map(() => 0));
    ev.predictions!.forEach(([actual, predicted], i) => {
      expect(actual).toBe(data.splits.test.labels[i]);
      confusion[actual][predicted] += 1;
    });
    expect(confusion).toEqual(ev.confusion);
  });
});

describe('TrainingSession on wasm (LayerLoom kernels, fused Adam)', () => {
  it('keeps the tensor count equal after every epoch (early stopping\'s best-weights copy included)', async () => {
    const { selectBackend } = await import('../../src/train/backends/selectBackend');
    const backendChoice = await selectBackend('wasm');
    const s = new TrainingSession({ project: tinyProject({ epochs: 3, earlyStoppingPatience: 3 }), data: await tinyData(), outDir: join(await tempDir(), 'run'), tf, backendChoice });
    expect((await s.run()).type).toBe('done');
    expect(s.tensorCounts).toHaveLength(3);
    expect(new Set(s.tensorCounts).size).toBe(1);
  });
});

describe('TrainingSession failures carry codes the UI renders in its language', () => {
  it('a missing data folder: the loader\'s message as a code, the event valid for the protocol', async () => {
    const missing = join(await tempDir(), 'no-such-folder');
    const s = new TrainingSession({ project: tinyProject({ data: missing }), outDir: join(await tempDir(), 'run'), tf, backendChoice: await cpuBackend() });
    const final = await s.run();
    expect(final).toMatchObject({ type: 'error', where: 'data', messageCode: { code: 'data.error.folderMissing', params: { path: missing } } });
    expect(() => trainEventSchema.parse(final)).not.toThrow();
    if (final.type !== 'error') return;
    expect(final.message).toContain(missing);
    expect(renderText(final.messageCode!, 'zh')).toBe(`数据文件夹"${missing}"不存在；请检查路径（或使用 MNIST 或合成图形）。`);
  });

  it('an invalid network: the hint is the CLI\'s words in `hint` and a code in `hintCode`', async () => {
    const graph = tinyGraph();
    const broken = { ...graph, edges: graph.edges.filter((e) => e.target !== 'flat') };
    const s = new TrainingSession({ project: tinyProject({}, broken), data: await tinyData(), outDir: join(await tempDir(), 'run'), tf, backendChoice: await cpuBackend() });
    const final = await s.run();
    expect(final).toMatchObject({ type: 'error', where: 'compile', hintCode: { code: 'hint.compile.fixBlocks' }, messageCode: { code: 'train.error.invalidModel' } });
    if (final.type !== 'error') return;
    expect(final.hint).toBe('Fix the blocks marked with errors (see `layerloom summary`).');
    expect(renderText(final.hintCode!, 'zh')).toBe('在设计视图中修复标有错误的块。');
    expect(() => trainEventSchema.parse(final)).not.toThrow();
  });
});
