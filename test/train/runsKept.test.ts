/**
 * Runs are never lost (issue 13, item 4): a failed save keeps the last good checkpoint, a checkpoint is
 * written all or nothing, two runs aimed at one folder both survive, and an engine's tensor count is back
 * where it was after five runs (done, stopped, failed, with feature maps, with momentum).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInMemoryPair, RpcClient, type EventPayload } from '../../src/protocol';
import { createEngine } from '../../src/server/handlerModules';
import { RunFolder } from '../../src/train/runFolder';
import { TrainingSession } from '../../src/train/session';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

type TrainEvent = EventPayload<'train.event'>;

describe('a checkpoint is all or nothing', () => {
  it('a failed write leaves every file of the previous checkpoint as it was, and no temporary file', async () => {
    const folder = await RunFolder.create(join(await tempDir(), 'run'));
    await folder.writeCheckpoint([['weights.bin', new Uint8Array([1, 2, 3])], ['meta.json', '{"epoch":1}']]);
    // "sub" is a file, so the second write of the next checkpoint fails after the first has been written.
    await writeFile(join(folder.stagingDir, 'sub'), 'x');
    await expect(folder.writeCheckpoint([['weights.bin', new Uint8Array([9, 9, 9])], ['sub/meta.json', '{"epoch":2}']])).rejects.toThrow();
    expect([...await readFile(join(folder.stagingDir, 'weights.bin'))]).toEqual([1, 2, 3]);
    expect((await readdir(folder.stagingDir)).sort()).toEqual(['.owner.json', 'meta.json', 'sub', 'weights.bin']);
    await folder.discard();
  });
});

describe('a failed save', () => {
  it('keeps epoch 1\'s checkpoint when epoch 2\'s cannot be written (disk full): the error says where it is; the folder is marked interrupted', async () => {
    const parent = await tempDir();
    const out = join(parent, 'run');
    const write = RunFolder.prototype.writeCheckpoint;
    let calls = 0;
    const spy = vi.spyOn(RunFolder.prototype, 'writeCheckpoint').mockImplementation(async function (this: RunFolder, files) {
      if (++calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return write.call(this, files);
    });
    try {
      const s = new TrainingSession({ project: tinyProject({ epochs: 3 }), data: await tinyData(), outDir: out, tf, backendChoice: await cpuBackend() });
      const final = await s.run();
      expect(final).toMatchObject({ type: 'error', where: 'save', messageCode: { code: 'train.error.checkpointFailed', params: { epoch: 2 } }, runDir: out, epoch: 1 });
      if (final.type !== 'error') return;
      expect(final.message).toMatch(/ENOSPC/);
      expect(final.messageCode?.params?.error).toMatch(/ENOSPC/);
    } finally {
      spy.mockRestore();
    }
    expect(await readdir(parent)).toEqual(['run']);
    const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ status: 'interrupted', epochsCompleted: 1, weightsFromEpoch: 1, error: expect.stringMatching(/ENOSPC/) });
    expect(await readdir(out)).toEqual(expect.arrayContaining(['model.json', 'weights.bin', 'history.json']));
  });
});

describe('run folders never collide', () => {
  it('two runs started for the same folder both finish: the second lands next to the first', async () => {
    const parent = await tempDir();
    const out = join(parent, 'same');
    const data = await tinyData();
    const backendChoice = await cpuBackend();
    const [a, b] = await Promise.all([0, 1].map(() => new TrainingSession({ project: tinyProject({ epochs: 1 }), data, outDir: out, tf, backendChoice }).run()));
    expect([a.type, b.type]).toEqual(['done', 'done']);
    const dirs = [a, b].map((f) => (f.type === 'done' ? f.runDir : ''));
    expect(dirs.sort()).toEqual([out, `${out}-2`]);
    expect((await readdir(parent)).sort()).toEqual(['same', 'same-2']);
    for (const d of dirs) expect(JSON.parse(await readFile(join(d, 'meta.json'), 'utf8')).status).toBe('complete');
  });

  it('default folders skip names taken by finished runs and by runs still being written', async () => {
    const root = await tempDir();
    const data = await tinyData();
    const backendChoice = await cpuBackend();
    const first = await new TrainingSession({ project: tinyProject({ epochs: 1 }), data, runsRoot: root, tf, backendChoice }).run();
    if (first.type !== 'done') throw new Error(first.type);
    const name = first.runDir.slice(root.length + 1);
    // Another run of the same name in the same second, still training.
    await mkdir(join(root, `.${name}-2.partial-0123abcd`));
    const f1 = await RunFolder.create(join(root, name), { pickFreeName: true });
    expect(f1.finalDir).toBe(join(root, `${name}-3`));
    await f1.discard();
  });
});

describe('an engine after five runs', () => {
  let dir: string;
  const saved = process.env.LAYERLOOM_RUNS_DIR;
  beforeAll(async () => {
    dir = await tempDir('layerloom-five-');
    process.env.LAYERLOOM_RUNS_DIR = join(dir, 'runs');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LAYERLOOM_RUNS_DIR;
    else process.env.LAYERLOOM_RUNS_DIR = saved;
  });

  it('has as many tensors as before them (models, optimizers, feature-map probes disposed; stopped and failed runs too)', async () => {
    const host = await createEngine({ host: 'in-process', configDir: join(dir, 'config'), log: () => undefined });
    const [a, b] = createInMemoryPair();
    host.connect(b);
    const client = new RpcClient(a);
    const train = async (training: Parameters<typeof tinyProject>[0], featureMaps: boolean, stopAt?: number): Promise<TrainEvent> => {
      const mine: { id?: string } = {};
      const ended = new Promise<TrainEvent>((resolve) => {
        const off = client.on('train.event', (e) => {
          if (e.sessionId !== mine.id) return;
          if (stopAt !== undefined && e.type === 'batch' && e.batch === stopAt) void client.request('train.stop', { sessionId: e.sessionId });
          if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') { off(); resolve(e); }
        });
      });
      mine.id = (await client.request('train.start', { project: tinyProject({ limit: 90, backend: 'wasm', ...training }), featureMaps: { enabled: featureMaps, sampleIndex: 0, everyMs: 100 } })).sessionId;
      return ended;
    };
    // The backend is chosen (and its own tensors made) by the first run; the baseline is before any run.
    const tfjs = await import('@tensorflow/tfjs');
    const before = tfjs.memory().numTensors;
    const finals = [
      await train({ epochs: 2, optimizer: 'adam' }, true),
      await train({ epochs: 2, optimizer: 'sgd', momentum: 0.9 }, false),
      await train({ epochs: 3, optimizer: 'rmsprop' }, true, 2),
      await train({ epochs: 1, optimizer: 'adam', data: join(dir, 'no-such-folder') }, false),
      await train({ epochs: 1, optimizer: 'sgd', momentum: 0, earlyStoppingPatience: 1 }, true),
    ];
    expect(finals.map((f) => f.type)).toEqual(['done', 'done', 'cancelled', 'error', 'done']);
    console.log(`tensors in the engine: ${before} before five runs, ${tfjs.memory().numTensors} after`);
    expect(tfjs.memory().numTensors).toBe(before);
    expect(Object.keys(tfjs.engine().registeredVariables)).toEqual([]);
    host.dispose();
  });
});
