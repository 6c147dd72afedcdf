/**
 * Every engine method the app uses, through a real EngineHost with all handler modules plugged in
 * (createEngine), over an in-memory connection: training (preparing → done with the extended payload,
 * train.list and re-attaching), dataset.inspect (MNIST, synthetic, an image folder made here with sharp),
 * runs.list/open/images, predict and export — with the error cases the app must explain.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryPair, METHOD_NAMES, methods, RpcClient, trainEventSchema, type EventPayload } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';
import { createEngine, HANDLER_MODULES, registerLazyModules } from '../../src/server/handlerModules';
import { tempDir, tinyProject } from '../train/helpers';

type TrainEvent = EventPayload<'train.event'>;

let host: EngineHost;
let root: string;
let runDir: string;
let events: TrainEvent[];

function connect(): RpcClient {
  const [a, b] = createInMemoryPair();
  host.connect(b);
  return new RpcClient(a);
}

/** Trains until the session's last event; every event is collected. */
async function train(client: RpcClient, outDir: string | undefined, training = {}): Promise<TrainEvent[]> {
  const seen: TrainEvent[] = [];
  const mine: { id?: string } = {};
  const finished = new Promise<void>((resolve) => {
    client.on('train.event', (e) => {
      if (mine.id !== undefined && e.sessionId !== mine.id && seen.every((s) => s.sessionId !== e.sessionId)) return;
      seen.push(e);
      if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') resolve();
    });
  });
  mine.id = (await client.request('train.start', { project: tinyProject({ epochs: 1, backend: 'wasm', limit: 90, ...training }), outDir, featureMaps: { enabled: false, sampleIndex: 0, everyMs: 1000 } })).sessionId;
  await finished;
  return seen;
}

async function png(width: number, height: number, rgb: [number, number, number]): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
}

async function decodedSize(url: string): Promise<{ width: number; height: number; channels: number }> {
  const m = await sharp(Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64')).metadata();
  return { width: m.width, height: m.height, channels: m.channels };
}

beforeAll(async () => {
  root = await tempDir('layerloom-methods-');
  host = await createEngine({ host: 'in-process', configDir: join(root, 'config'), log: () => undefined });
  runDir = join(root, 'runs', '2026-01-02T03-04-05-tiny');
  events = await train(connect(), runDir);
});

afterAll(async () => {
  host.dispose();
  await rm(root, { recursive: true, force: true });
});

describe('the handler modules', () => {
  it('every engine method of the API has a handler; each module lists exactly the methods its table answers', async () => {
    const engineMethods = METHOD_NAMES.filter((m) => methods[m].handledBy === 'engine');
    expect(engineMethods.filter((m) => !host.hasHandler(m))).toEqual([]);
    for (const m of HANDLER_MODULES) expect(Object.keys((await m.load()).handlers).sort()).toEqual([...m.methods].sort());
  });

  it('a module that fails to load answers its methods with the reason; the others keep working', async () => {
    const lone = new EngineHost({ host: 'in-process', configDir: join(root, 'config2') });
    const logs: string[] = [];
    registerLazyModules(lone, [
      { methods: ['predict'], load: async () => { throw new Error('sharp is missing'); } },
      { methods: ['runs.list'], load: async () => ({ handlers: { 'runs.list': () => ({ runs: [] }) } }) },
    ], (m) => logs.push(m));
    const [a, b] = createInMemoryPair();
    lone.connect(b);
    const client = new RpcClient(a);
    await expect(client.request('predict', { runDir: root, images: [{ path: root }] })).rejects.toMatchObject({ code: 'unavailable', message: /predict: sharp is missing/ });
    await expect(client.request('runs.list', {})).resolves.toEqual({ runs: [] });
    expect(logs).toEqual([expect.stringMatching(/sharp is missing/)]);
  });
});

describe('train.*', () => {
  it('streams preparing while the data loads, then started … done; done carries backend, classes, images, skipped and the evaluation', () => {
    const types = events.map((e) => e.type);
    expect(types.at(-1), JSON.stringify(events.at(-1))).toBe('done');
    expect(types.indexOf('preparing')).toBe(0);
    expect(types.lastIndexOf('preparing')).toBeLessThan(types.indexOf('started'));
    expect(events.filter((e) => e.type === 'preparing').map((e) => e.stage)).toContain('data');
    const done = events.at(-1)!;
    if (done.type !== 'done') throw new Error('not done');
    expect(trainEventSchema.parse(done)).toEqual(done);
    expect(done.runDir).toBe(runDir);
    expect(done.backend).toBe('wasm');
    expect(done.classes).toEqual(['circle', 'square', 'triangle']);
    expect(done.images).toBe(90);
    expect(done.skipped).toEqual([]);
    expect(done.evaluation?.images).toBe(9);
    expect(done.evaluation?.predictions).toHaveLength(9);
  });

  it('train.list shows a running session and its state; a second page re-attaches and gets its story, then its end', async () => {
    const first = connect();
    const { sessionId } = await first.request('train.start', { project: tinyProject({ epochs: 50, backend: 'wasm', limit: 90 }), outDir: join(root, 'runs', 'long') });
    await first.request('train.pause', { sessionId });
    const second = connect();
    const heard: TrainEvent[] = [];
    second.on('train.event', (e) => heard.push(e));
    const { sessions } = await second.request('train.list');
    expect(sessions).toContainEqual({ sessionId, state: expect.stringMatching(/^(preparing|pausing|paused)$/) });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((e) => e.sessionId === sessionId)).toBe(true);
    // Listing again does not subscribe twice.
    await second.request('train.list');
    await first.request('train.stop', { sessionId });
    await expect.poll(() => heard.filter((e) => e.type === 'cancelled').length, { timeout: 30_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.filter((e) => e.type === 'cancelled')).toHaveLength(1);
    expect((await second.request('train.list')).sessions.find((s) => s.sessionId === sessionId)).toBeUndefined();
    await expect(first.request('train.resume', { sessionId })).rejects.toThrow(/no training session/);
  });
});

describe('dataset.inspect', () => {
  it('MNIST: 10 classes, counts, splits, native 28×28×1, thumbnails as the model sees them, in under 2 s', async () => {
    const client = connect();
    // CPU time of this process (all threads), not wall time: other processes on a busy machine do not count.
    const cpu0 = process.cpuUsage();
    const info = await client.request('dataset.inspect', { spec: { source: 'mnist', samplesPerClass: 3 } });
    const cpu = process.cpuUsage(cpu0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000);
    expect(info).toMatchObject({ kind: 'mnist', layout: 'builtin', total: 10000, input: [28, 28, 1], nativeInput: [28, 28, 1], resize: 'stretch', skipped: [] });
    expect(info.classes.map((c) => c.name)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(info.classes.reduce((s, c) => s + c.count, 0)).toBe(10000);
    expect(info.splits.train + info.splits.validation + info.splits.test).toBe(10000);
    expect(info.samples.map((s) => s.images.length)).toEqual(new Array(10).fill(3));
    expect(await decodedSize(info.samples[0].images[0])).toEqual({ width: 28, height: 28, channels: 1 });
  });

  it('synthetic with the model input and a limit: images come at that size', async () => {
    const info = await connect().request('dataset.inspect', { spec: { source: 'synthetic', input: [16, 20, 3], limit: 60, samplesPerClass: 2 } });
    expect(info.classes).toEqual([{ name: 'circle', count: 20 }, { name: 'square', count: 20 }, { name: 'triangle', count: 20 }]);
    expect(info.nativeInput).toBeNull();
    expect(info.imbalance).toBe(1);
    expect(await decodedSize(info.samples[2].images[1])).toEqual({ width: 20, height: 16, channels: 3 });
  });

  it('an image folder: classes, the files\' own size, skipped files with reasons, resize mode', async () => {
    const folder = join(root, 'pets');
    await mkdir(join(folder, 'cat'), { recursive: true });
    await mkdir(join(folder, 'dog'), { recursive: true });
    for (let i = 0; i < 6; i++) await writeFile(join(folder, 'cat', `c${i}.png`), await png(24, 12, [200, 20, 20]));
    for (let i = 0; i < 3; i++) await writeFile(join(folder, 'dog', `d${i}.png`), await png(24, 12, [20, 20, 200]));
    await writeFile(join(folder, 'dog', 'broken.png'), Buffer.from('not a png at all'));
    await writeFile(join(folder, 'dog', 'notes.txt'), 'hello');
    const info = await connect().request('dataset.inspect', { spec: { source: folder, resize: 'letterbox', samplesPerClass: 2 } });
    expect(info).toMatchObject({ kind: 'folder', layout: 'classes', name: 'pets', total: 9, nativeInput: [12, 24, 3], input: [12, 24, 3], resize: 'letterbox' });
    expect(info.classes).toEqual([{ name: 'cat', count: 6 }, { name: 'dog', count: 3 }]);
    expect(info.imbalance).toBe(2);
    expect(info.skipped.map((s) => [s.path.split('/').pop(), s.reason, s.code])).toEqual([
      ['broken.png', expect.stringMatching(/not a readable image/), 'data.skip.format'],
      ['notes.txt', expect.stringMatching(/not an image file/), 'data.skip.notImage'],
    ]);
    expect(info.images).toMatchObject({ measured: 9, distinctSizes: 1, colour: true });
    expect(info.suggestedInput).toEqual([12, 24, 3]);
    expect(info.notices.map((n) => n.code)).toEqual(['data.notice.imbalance', 'data.notice.fewImages', 'data.notice.skipped']);
    expect(info.warnings.join(' ')).toMatch(/2 files skipped/);
    const thumb = Buffer.from(info.samples[1].images[0].split(',')[1], 'base64');
    const { data } = await sharp(thumb).raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[1], data[2]]).toEqual([20, 20, 200]);
  });

  it('a folder with train/ and test/ folders: the splits layout, the test split as given', async () => {
    const folder = join(root, 'split-pets');
    for (const [split, n] of [['train', 5], ['test', 2]] as const) {
      for (const cls of ['cat', 'dog']) {
        await mkdir(join(folder, split, cls), { recursive: true });
        for (let i = 0; i < n; i++) await writeFile(join(folder, split, cls, `${i}.png`), await png(8, 8, cls === 'cat' ? [255, 0, 0] : [0, 0, 255]));
      }
    }
    const info = await connect().request('dataset.inspect', { spec: { source: folder, input: [8, 8, 1], samplesPerClass: 0 } });
    expect(info).toMatchObject({ layout: 'splits', total: 14, samples: [], nativeInput: [8, 8, 3], input: [8, 8, 1] });
    expect(info.splits.test).toBe(4);
  });

  it('a missing folder is an error naming the folder and the fix', async () => {
    const missing = join(root, 'no-such-photos');
    await expect(connect().request('dataset.inspect', { spec: { source: missing } })).rejects.toThrow(new RegExp(`${missing}.*check the path`));
  });
});

describe('runs.*', () => {
  it('runs.list: runs newest first with their summary; a damaged run is listed as such; other folders are passed over', async () => {
    const runs = join(root, 'runs');
    await cp(runDir, join(runs, '2026-01-03T00-00-00-copy'), { recursive: true });
    await mkdir(join(runs, '2025-12-31T00-00-00-broken'), { recursive: true });
    await writeFile(join(runs, '2025-12-31T00-00-00-broken', 'meta.json'), '{ not json');
    await mkdir(join(runs, 'holiday-photos'), { recursive: true });
    const { runs: list } = await connect().request('runs.list', { dir: runs });
    expect(list.map((r) => r.name)).toEqual(['2026-01-03T00-00-00-copy', '2026-01-02T03-04-05-tiny', '2025-12-31T00-00-00-broken']);
    const [, tiny, broken] = list;
    const done = events.at(-1)! as Extract<TrainEvent, { type: 'done' }>;
    expect(tiny).toMatchObject({ dir: runDir, createdAt: '2026-01-02T03:04:05.000Z', projectName: 'tiny', status: 'complete', epochs: 1, backend: 'wasm', testAccuracy: done.testAccuracy });
    expect(tiny.settings).toMatchObject({ data: 'synthetic', limit: 90, epochs: 1 });
    expect(tiny.valAccuracy).toEqual(expect.any(Number));
    expect(broken.status).toMatch(/^damaged: .*meta\.json is not valid JSON/);
    // A run folder chosen instead of its parent: that run alone.
    expect((await connect().request('runs.list', { dir: runDir })).runs.map((r) => r.dir)).toEqual([runDir]);
    await rm(join(runs, '2026-01-03T00-00-00-copy'), { recursive: true });
    await rm(join(runs, '2025-12-31T00-00-00-broken'), { recursive: true });
  });

  it('runs.list without a folder reads ./runs, where layerloom train saves by default', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { runs } = await connect().request('runs.list', {});
      expect(runs.map((r) => r.dir)).toContain(runDir);
    } finally {
      process.chdir(cwd);
    }
    await expect(connect().request('runs.list', { dir: join(root, 'nowhere') })).rejects.toThrow(/runs folder not found: .*nowhere/);
  });

  it('train.start without a folder saves where runs.list looks by default (LAYERLOOM_RUNS_DIR when set)', async () => {
    const runs = join(root, 'elsewhere');
    process.env.LAYERLOOM_RUNS_DIR = runs;
    try {
      const client = connect();
      const seen = await train(client, undefined);
      const done = seen.at(-1)!;
      if (done.type !== 'done') throw new Error(JSON.stringify(done));
      expect(done.runDir.startsWith(`${runs}/`)).toBe(true);
      expect(done.runDir).toMatch(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-tiny$/);
      expect((await client.request('runs.list', {})).runs.map((r) => r.dir)).toEqual([done.runDir]);
    } finally {
      delete process.env.LAYERLOOM_RUNS_DIR;
    }
  });

  it('runs.open gives the project, history, labels, evaluation and meta; an unknown folder is an error naming it', async () => {
    const run = await connect().request('runs.open', { dir: runDir });
    expect(run.project.meta.name).toBe('tiny');
    expect(run.history).toHaveLength(1);
    expect(run.labels).toEqual(['circle', 'square', 'triangle']);
    expect(run.evaluation?.confusion.flat().reduce((a, b) => a + b, 0)).toBe(9);
    expect(run.meta).toMatchObject({ status: 'complete', seed: 1 });
    expect(run.summary.dir).toBe(runDir);
    const ghost = join(root, 'runs', 'ghost');
    await expect(connect().request('runs.open', { dir: ghost })).rejects.toThrow(new RegExp(`run folder not found: ${ghost}`));
  });

  it('runs.images: the images of a confusion cell, from the saved predictions or predicted again', async () => {
    const client = connect();
    const { evaluation } = await client.request('runs.open', { dir: runDir });
    const confusion = evaluation!.confusion;
    const cells = confusion.flatMap((row, a) => row.map((n, p) => ({ a, p, n }))).filter((c) => c.n > 0);
    const again = join(root, 'again');
    await cp(runDir, again, { recursive: true });
    const stripped = JSON.parse(await readFile(join(again, 'evaluation.json'), 'utf8'));
    delete stripped.predictions;
    await writeFile(join(again, 'evaluation.json'), JSON.stringify(stripped));
    for (const { a, p, n } of cells) {
      for (const dir of [runDir, again]) {
        const r = await client.request('runs.images', { dir, actual: a, predicted: p, limit: 2 });
        expect(r.total, `${dir} ${a}×${p}`).toBe(n);
        expect(r.images).toHaveLength(Math.min(2, n));
        for (const img of r.images) {
          expect(img.label).toBe(evaluation!.classes[a]);
          expect(await decodedSize(img.url)).toEqual({ width: 16, height: 16, channels: 1 });
        }
      }
    }
    const all = await client.request('runs.images', { dir: runDir });
    expect(all.total).toBe(9);
    const picked = await client.request('runs.images', { dir: runDir, indices: [4, 1] });
    expect(picked.images.map((i) => i.index)).toEqual([4, 1]);
    await expect(client.request('runs.images', { dir: runDir, indices: [9] })).rejects.toThrow(/outside the run's test split/);
  });
});

describe('runs.images of a folder run', () => {
  it('reopens the folder as the session did: each image index names the file evaluation.json names', async () => {
    const folder = join(root, 'colours');
    for (const [cls, rgb] of [['blue', [10, 10, 240]], ['red', [240, 10, 10]]] as const) {
      await mkdir(join(folder, cls), { recursive: true });
      for (let i = 0; i < 15; i++) await writeFile(join(folder, cls, `${i}.png`), await png(16 + i, 16, [rgb[0], rgb[1] + 8 * i, rgb[2]]));
    }
    // A learning rate too small to learn: the model answers about the same class for all, so there are mistakes to check.
    const seen = await train(connect(), join(root, 'folder-run'), { data: folder, limit: undefined, learningRate: 1e-7 });
    const done = seen.at(-1)!;
    if (done.type !== 'done' || !done.evaluation) throw new Error(JSON.stringify(done));
    const { mistakes, classes } = done.evaluation;
    expect(mistakes.length).toBeGreaterThan(0);
    const client = connect();
    for (const m of mistakes) {
      const { images } = await client.request('runs.images', { dir: done.runDir, indices: [m.index] });
      expect(images[0]).toMatchObject({ index: m.index, path: m.path, label: m.trueClass });
      const cell = await client.request('runs.images', { dir: done.runDir, actual: classes.indexOf(m.trueClass), predicted: classes.indexOf(m.predictedClass) });
      expect(cell.images.map((i) => i.path)).toContain(m.path);
    }
  });
});

describe('predict', () => {
  it('answers each image (paths and dropped data URLs); an unreadable one gets its own error', async () => {
    const good = join(root, 'shape.png');
    await writeFile(good, await png(16, 16, [255, 255, 255]));
    const dataUrl = `data:image/png;base64,${(await png(30, 30, [0, 0, 0])).toString('base64')}`;
    const { predictions } = await connect().request('predict', {
      runDir,
      topK: 3,
      images: [
        { path: good },
        { name: 'broken.png', dataUrl: `data:image/png;base64,${Buffer.from('garbage bytes').toString('base64')}` },
        { name: 'dropped.png', dataUrl },
        { path: join(root, 'missing.png') },
      ],
    });
    expect(predictions.map((p) => p.image)).toEqual([good, 'broken.png', 'dropped.png', join(root, 'missing.png')]);
    for (const i of [0, 2]) {
      expect(predictions[i].error).toBeUndefined();
      expect(predictions[i].top.map((t) => t.label).sort()).toEqual(['circle', 'square', 'triangle']);
      expect(predictions[i].top.reduce((s, t) => s + t.probability, 0)).toBeCloseTo(1, 4);
    }
    expect(predictions[1]).toMatchObject({ top: [], error: expect.stringMatching(/broken\.png.*cannot be used as an image/) });
    expect(predictions[3]).toMatchObject({ top: [], error: expect.stringMatching(/missing\.png.*does not exist/) });
  });

  it('leaves no tensors behind: the run\'s model is loaded once and kept, predictions free theirs', async () => {
    const tf = await import('@tensorflow/tfjs');
    const client = connect();
    const ask = () => client.request('predict', { runDir, images: [{ path: join(root, 'shape.png') }, { path: join(root, 'shape.png') }] });
    await ask();
    const before = tf.memory().numTensors;
    await ask();
    await client.request('runs.images', { dir: runDir, actual: 0, predicted: 1 });
    await ask();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('an unknown run folder is an error naming it', async () => {
    const ghost = join(root, 'ghost-run');
    await expect(connect().request('predict', { runDir: ghost, images: [{ path: ghost }] })).rejects.toThrow(new RegExp(`run folder not found: ${ghost}`));
  });
});

describe('export.*', () => {
  it('export.code gives the Python source and a file name', async () => {
    const r = await connect().request('export.code', { project: tinyProject(), to: 'pytorch' });
    expect(r.fileName).toBe('tiny.py');
    expect(r.code).toMatch(/class Tiny\(nn\.Module\)/);
  });

  it('export.write saves the code atomically, and with weightsFrom the run\'s trained weights next to it', async () => {
    const out = join(root, 'export');
    const client = connect();
    const plain = await client.request('export.write', { project: tinyProject(), to: 'keras', path: join(out, 'net.py') });
    expect(plain).toEqual({ path: join(out, 'net.py'), weightsPath: null });
    expect(await readFile(plain.path, 'utf8')).toMatch(/keras/);
    const withWeights = await client.request('export.write', { project: tinyProject(), to: 'pytorch', path: join(out, 'trained.py'), weightsFrom: runDir });
    expect(withWeights.weightsPath).toBe(join(out, 'trained.safetensors'));
    const bytes = await readFile(withWeights.weightsPath!);
    const headerLength = Number(bytes.readBigUInt64LE(0));
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8'));
    expect(Object.keys(header).some((k) => k.includes('conv'))).toBe(true);
    expect(await readFile(withWeights.path, 'utf8')).toMatch(/CLASS_NAMES = \["circle", "square", "triangle"\]/);
    expect((await readdir(out)).sort()).toEqual(['net.py', 'trained.py', 'trained.safetensors']);
    await expect(client.request('export.write', { project: tinyProject(), to: 'pytorch', path: join(out, 'x.py'), weightsFrom: join(root, 'ghost') }))
      .rejects.toThrow(/ghost.*does not exist/);
  });
});
