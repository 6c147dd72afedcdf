import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { trainEventSchema } from '../../src/protocol/trainSchemas';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession } from '../../src/train/session';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

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
    expect(events[0].type).toBe('started');
    expect(events.some((e) => e.type === 'featureMaps')).toBe(true);
  });
});

describe('TrainingSession on wasm (LayerLoom kernels, fused Adam)', () => {
  it('keeps the tensor count equal after every epoch', async () => {
    const { selectBackend } = await import('../../src/train/backends/selectBackend');
    const backendChoice = await selectBackend('wasm');
    const s = new TrainingSession({ project: tinyProject({ epochs: 3 }), data: await tinyData(), outDir: join(await tempDir(), 'run'), tf, backendChoice });
    expect((await s.run()).type).toBe('done');
    expect(s.tensorCounts).toHaveLength(3);
    expect(new Set(s.tensorCounts).size).toBe(1);
  });
});
