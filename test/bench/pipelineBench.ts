/**
 * Does the data pipeline keep up with training (issue 17, item 4)? One epoch of ResNet-20 (batch 64, Adam,
 * the session's training step) on a folder of 64×64 JPEG and PNG images, with augmentation (flip, crop,
 * brightness/contrast), three ways, alternated so the machine's load falls on each alike:
 *
 * - `memory`: every image already in the dataset's in-memory pool (filled by an untimed first pass);
 * - `stream`: decoded from the files during the epoch (a folder larger than the memory budget);
 * - `open+1st`: opening the folder and the first epoch together, as a run does (the folder fits the
 *   budget: headers at open, each image decoded into the pool as the epoch first needs it), with the
 *   time to the first batch.
 *
 * Prints each epoch's wall seconds and the process's CPU seconds (all threads: on a shared machine the
 * CPU time shows the work an epoch costs, the wall time whether training waited), the medians and
 * stream/memory. Target: stream ≤ 1.2× memory.
 *
 *   npx tsx test/bench/pipelineBench.ts [--images 1024] [--rounds 3] [--backend wasm] [--decode-only]
 *
 * Measured 2026-12-04 on the shared 2-core machine (load average 5-10 from other work; wall time per epoch
 * swung 18-111 s): decoded at open (before), median cpu memory 28.1 s, stream 1.03x, open+1st 1.07x, first
 * batch 2.3-3.0 s after opening began; filled as read (after), memory 26.4 s, stream 1.11x, open+1st 1.15x
 * (wall medians 1.25x and 1.28x, rounds 0.81-1.65x), first batch 0.99-1.06 s after opening began (open =
 * 1,024 headers, 0.8 s). Decoding a 64x64 file costs ~1.3 ms of libvips CPU and ~0.25 ms of JS (the resize).
 * 2026-12-05 16:10, after session 10's faster training step (load 1.7-2.1): memory 7.2 s, stream 1.19x,
 * open+1st 1.27x (wall medians), and again at 16:12: memory 6.0 s, stream 1.21x, open+1st 1.24x; cpu 1.17-1.18x
 * and 1.21-1.23x. The epoch on memory got faster and decoding did not: 1,024 decodes cost ~2 s of CPU, and on two
 * cores that both train, wall time cannot fall below memory + half of it (~1.17x). sharp itself costs 1.2 ms of
 * CPU a 64x64 file with no options at all (1.4 with LayerLoom's, the resize included), so what is left is a
 * decode with less per-file overhead than a libvips pipeline. With small PNGs decoded without libvips
 * (pngDecode.ts; half of this folder) at 16:20: memory 5.9 s, stream 1.20x, open+1st 1.28x; cpu 1.15x and 1.20x.
 * Decoding in a worker thread (decodeWorkers.ts), 17:43-18:01 (load 0.2-4.7, runs alternated; medians of each run's
 * wall ratios): LAYERLOOM_DECODE_WORKERS=0 (main thread) stream 1.20, 1.39, 1.18x, open+1st 1.31, 1.48, 1.28x; one
 * worker stream 1.12, 1.21, 1.20, 1.03, 1.13x, open+1st 1.16, 1.27, 1.11, 1.26, 1.18x; cpu alike (stream 1.12-1.15x
 * vs 1.00-1.22x). The main thread's CPU over the memory epoch's: decoding there +0.35-1.66 s (stream) and
 * +0.80-2.17 s (open+1st), with the worker -0.75-+0.59 s and -0.16-+0.58 s. `--decode-only` (no training): main thread
 * 0.47-0.74 s an epoch in the main thread, 0.23-0.46 s with the worker (the rest: batching and augmentation).
 * With the JavaScript JPEG decoder, headers read without sharp and the worker's blocking reads (session 11's
 * integration), alternated with main 5fda320 at 18:07-18:12 (load 2.0-2.7): main stream 1.18x, open+1st 1.28x
 * (first batch 471-485 ms after opening began); integration stream 1.07x and 1.02x, open+1st 1.11x and 1.10x
 * (179-226 ms); cpu 1.00-1.04x and 1.08x. The main thread's CPU in a streamed epoch equals the in-memory epoch's.
 * Augmentation in the worker too (one batch ahead), alternated with main a4e09f0 at 18:45-18:50 (load 2.1-2.4): main
 * stream 1.17x, 1.12x, open+1st 1.07x, 1.15x; augmenting in the worker stream 1.08x, 1.07x, open+1st 1.10x, 1.10x.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { compileGraph } from '../../src/compile/compileGraph';
import { createRng, deriveSeed, drawShape, openDataset, type Dataset } from '../../src/data/index';
import { decodeWorkerCount } from '../../src/data/decodeWorkers';
import { getTemplate } from '../../src/graph/templates/index';
import { selectBackend, type BackendRequest } from '../../src/train/backends/selectBackend';
import { makeOptimizer } from '../../src/train/optimizer';
import { newProject } from '../../src/graph/projectFile';
import { makeTrainStep, type TrainStep } from '../../src/train/trainStep';
import { benchArg, benchCount } from './benchArgs';

const IMAGES = benchCount('images', 1024);
const ROUNDS = benchCount('rounds', 3);
const BATCH = 64;
const CLASSES = 6;
const AUGMENT = { flip: true, cropPadding: 6, brightness: 0.1, contrast: 0.2 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function writeFolder(root: string): Promise<void> {
  for (let i = 0; i < IMAGES; i++) {
    const cls = i % CLASSES;
    const rgb = drawShape(cls, [64, 64, 3], createRng(deriveSeed(5, i)), 0.08);
    const bytes = Buffer.from(Uint8Array.from(rgb, (v) => Math.round(v * 255)));
    const img = sharp(bytes, { raw: { width: 64, height: 64, channels: 3 } });
    const png = i % 2 === 1;
    await mkdir(join(root, `class${cls}`), { recursive: true });
    await writeFile(join(root, `class${cls}`, `${i}.${png ? 'png' : 'jpg'}`), await (png ? img.png() : img.jpeg({ quality: 90 })).toBuffer());
  }
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};

/**
 * CPU seconds of the main thread alone (Linux: utime + stime of /proc/self/task/<pid>/stat, 10 ms ticks), NaN
 * elsewhere: the training thread's share, which decoding there takes from training (decode workers do not).
 */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

async function epoch(ds: Dataset, step: TrainStep, seed: number): Promise<{ seconds: number; cpu: number; mainCpu: number; firstBatchMs: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpu();
  let first = NaN;
  for await (const batch of ds.splits.train.batches(BATCH, { shuffle: true, seed, augment: AUGMENT })) {
    if (Number.isNaN(first)) first = performance.now() - t0;
    await step(batch);
  }
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds(c0), mainCpu: mainThreadCpu() - m0, firstBatchMs: first };
}

/**
 * `--decode-only`: streamed epochs read and dropped, no training: what decoding (and augmenting) alone costs the
 * main thread, against the whole process. Compare LAYERLOOM_DECODE_WORKERS=0 and the default in alternate runs.
 */
async function decodeOnly(spec: Parameters<typeof openDataset>[0]): Promise<void> {
  const streamed = await openDataset({ ...spec, memoryBudgetBytes: 0 });
  for await (const b of streamed.splits.train.batches(BATCH)) { void b; break; } // the workers up
  console.log(`decode workers: ${decodeWorkerCount()}; ${IMAGES} files streamed per epoch, augmented, no training`);
  for (let r = 1; r <= ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const m0 = mainThreadCpu();
    for await (const b of streamed.splits.train.batches(BATCH, { shuffle: true, seed: r, augment: AUGMENT })) void b;
    console.log(`round ${r}: ${((performance.now() - t0) / 1000).toFixed(2)} s, cpu ${cpuSeconds(c0).toFixed(2)} s, main thread cpu ${(mainThreadCpu() - m0).toFixed(2)} s`);
  }
}

async function main(): Promise<void> {
  const backend = await selectBackend(benchArg('backend', 'wasm') as BackendRequest);
  const dir = await mkdtemp(join(tmpdir(), 'layerloom-pipeline-'));
  try {
    await writeFolder(dir);
    const spec = { source: { folder: dir }, input: [64, 64, 3] as [number, number, number], split: { val: 0, test: 0 }, seed: 1 };
    if (process.argv.includes('--decode-only')) return await decodeOnly(spec);
    const inMemory = await openDataset(spec);
    for await (const b of inMemory.splits.train.batches(BATCH)) void b; // fills the pool: from here on it is all in memory
    if (inMemory.report.storage !== 'memory') throw new Error('the folder should fit the memory budget');
    const streamed = await openDataset({ ...spec, memoryBudgetBytes: 0 });
    const graph = getTemplate('resnet20')!.build({ input: [64, 64, 3], classes: CLASSES });
    const { model } = compileGraph(graph, tf, 'bench');
    const optimizer = makeOptimizer(tf, { ...newProject(graph).training, optimizer: 'adam', learningRate: 1e-3 });
    const step = makeTrainStep(tf, model, optimizer, CLASSES, false, { mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] });
    for await (const b of inMemory.splits.train.batches(BATCH)) { await step(b); break; } // warm-up: kernels compiled, threads up
    console.log(`decode workers: ${decodeWorkerCount()} (LAYERLOOM_DECODE_WORKERS=0: decoding in the main thread)`);
    console.log(`backend ${backend.name}; ResNet-20 64×64×3, ${inMemory.splits.train.size} images (${IMAGES / 2} JPEG, ${IMAGES / 2} PNG), batch ${BATCH}, augmented`);
    type Kind = 'memory' | 'stream' | 'open+1st';
    const times: Record<Kind, number[]> = { memory: [], stream: [], 'open+1st': [] };
    const cpu: Record<Kind, number[]> = { memory: [], stream: [], 'open+1st': [] };
    const mainCpu: Record<Kind, number[]> = { memory: [], stream: [], 'open+1st': [] };
    for (let r = 1; r <= ROUNDS; r++) {
      const m = await epoch(inMemory, step, r);
      const s = await epoch(streamed, step, r);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const m0 = mainThreadCpu();
      const fresh = await openDataset(spec);
      const openMs = performance.now() - t0;
      const openCpu = cpuSeconds(c0);
      const openMain = mainThreadCpu() - m0;
      const o = await epoch(fresh, step, r);
      times.memory.push(m.seconds);
      times.stream.push(s.seconds);
      times['open+1st'].push(o.seconds + openMs / 1000);
      cpu.memory.push(m.cpu);
      cpu.stream.push(s.cpu);
      cpu['open+1st'].push(o.cpu + openCpu);
      mainCpu.memory.push(m.mainCpu);
      mainCpu.stream.push(s.mainCpu);
      mainCpu['open+1st'].push(o.mainCpu + openMain);
      console.log(`round ${r}: memory ${m.seconds.toFixed(1)} s (cpu ${m.cpu.toFixed(1)} s) · stream ${s.seconds.toFixed(1)} s (cpu ${s.cpu.toFixed(1)} s; ${(s.seconds / m.seconds).toFixed(2)}×, first batch ${s.firstBatchMs.toFixed(0)} ms)`
        + ` · open+1st ${(o.seconds + openMs / 1000).toFixed(1)} s (cpu ${(o.cpu + openCpu).toFixed(1)} s; open ${(openMs / 1000).toFixed(1)} s, first batch ${(openMs + o.firstBatchMs).toFixed(0)} ms after opening began)`);
    }
    const mm = median(times.memory);
    const mc = median(cpu.memory);
    console.log(`median epoch: memory ${mm.toFixed(1)} s, stream ${median(times.stream).toFixed(1)} s (${(median(times.stream) / mm).toFixed(2)}×), open+1st ${median(times['open+1st']).toFixed(1)} s (${(median(times['open+1st']) / mm).toFixed(2)}×)`);
    const mt = median(mainCpu.memory);
    console.log(`median main-thread cpu: memory ${mt.toFixed(2)} s, stream ${median(mainCpu.stream).toFixed(2)} s (+${(median(mainCpu.stream) - mt).toFixed(2)}), open+1st ${median(mainCpu['open+1st']).toFixed(2)} s (+${(median(mainCpu['open+1st']) - mt).toFixed(2)})`);
    console.log(`median cpu: memory ${mc.toFixed(1)} s, stream ${median(cpu.stream).toFixed(1)} s (${(median(cpu.stream) / mc).toFixed(2)}×), open+1st ${median(cpu['open+1st']).toFixed(1)} s (${(median(cpu['open+1st']) / mc).toFixed(2)}×)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
