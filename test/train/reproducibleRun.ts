/**
 * A small run that touches every source of randomness and every threaded wasm kernel, trained in this
 * engine or by `layerloom train` in another process, and what must repeat bit for bit between runs.
 * 16×16 RGB synthetic shapes, batches of 32: the 32→32 convolution (151 MFLOP a batch) and the batch
 * norm (262,144 elements) are large enough for the kernel threads (batchSplit.ts, batchNormTrainingKernel.ts).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { newProject, type Project } from '../../src/graph/projectFile';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { readResumePoint } from '../../src/train/runResume';
import { TrainingSession } from '../../src/train/session';
import { tempDir } from './helpers';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

/** Seeded init (plain, strided, projection, dense kernels), batch norm, dropout, augmentation, Adam, a cosine schedule. */
export function reproducibleProject(): Project {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: 16, width: 16, channels: 3 });
  b.add('stem', 'Conv2D', { filters: 32, kernel: 3, padding: 'same', activation: 'linear', bias: false });
  b.add('bn', 'BatchNorm', { momentum: 0.9, epsilon: 1e-5 });
  b.add('relu', 'Activation', { activation: 'relu' });
  b.add('conv', 'Conv2D', { filters: 32, kernel: 3, padding: 'same', activation: 'relu' });
  b.add('down', 'Conv2D', { filters: 48, kernel: 3, stride: 2, padding: 'same', activation: 'relu' });
  b.add('add', 'Add', { projection: 'auto', projectionBatchNorm: true }, ['down', 'relu']);
  b.add('gap', 'GlobalAveragePool');
  b.add('drop', 'Dropout', { rate: 0.3 });
  b.add('fc', 'Dense', { units: 16, activation: 'relu' });
  b.add('output', 'Output', { classes: 3 });
  const p = newProject(b.build(), { name: 'reproducible' });
  return {
    ...p,
    training: {
      ...p.training, data: 'synthetic', limit: 160, batchSize: 32, epochs: 2, backend: 'wasm',
      augment: { flip: true, crop: true, brightness: true },
    },
  };
}

/** What must be identical: every batch's loss, the history without durations, the test evaluation, the saved model. */
export interface RunRecord {
  readonly batchLosses: number[];
  readonly history: unknown[];
  readonly evaluation: unknown;
  readonly modelJson: string;
  readonly weights: Buffer;
  readonly meta: Record<string, unknown>;
}

async function record(runDir: string, batchLosses: number[]): Promise<RunRecord> {
  const json = async (name: string) => JSON.parse(await readFile(join(runDir, name), 'utf8'));
  const history = ((await json('history.json')) as Record<string, unknown>[]).map(({ durationMs: _d, ...rest }) => rest);
  return {
    batchLosses, history, evaluation: await json('evaluation.json'), modelJson: await readFile(join(runDir, 'model.json'), 'utf8'),
    weights: await readFile(join(runDir, 'weights.bin')), meta: await json('meta.json'),
  };
}

/** A run in this engine on wasm. */
export async function trainHere(seed: number): Promise<RunRecord> {
  const out = join(await tempDir('layerloom-repro-'), 'run');
  const s = new TrainingSession({ project: reproducibleProject(), outDir: out, tf, backendChoice: await selectBackend('wasm'), seed });
  const losses: number[] = [];
  s.on((e) => {
    if (e.type === 'batch') losses.push(e.loss);
  });
  const final = await s.run();
  if (final.type !== 'done') throw new Error(`the run ended ${final.type}: ${JSON.stringify(final).slice(0, 400)}`);
  return record(out, losses);
}

/** The same run stopped after its first epoch, then resumed from that checkpoint to the end. */
export async function trainStoppedAndResumed(seed: number): Promise<RunRecord> {
  const out = join(await tempDir('layerloom-repro-'), 'run');
  const backendChoice = await selectBackend('wasm');
  const losses: number[] = [];
  const first = new TrainingSession({ project: reproducibleProject(), outDir: out, tf, backendChoice, seed });
  first.on((e) => {
    if (e.type === 'batch') losses.push(e.loss);
    if (e.type === 'epoch' && e.epoch === 1) first.stop();
  });
  const stopped = await first.run();
  if (stopped.type !== 'cancelled') throw new Error(`the first part ended ${stopped.type}`);
  const point = await readResumePoint(out);
  const resumed = new TrainingSession({ project: point.project, resume: point, tf, backendChoice });
  resumed.on((e) => {
    if (e.type === 'batch') losses.push(e.loss);
  });
  const final = await resumed.run();
  if (final.type !== 'done') throw new Error(`the resumed run ended ${final.type}: ${JSON.stringify(final).slice(0, 400)}`);
  return record(out, losses);
}

/** The same run by `layerloom train` in a new process, with LAYERLOOM_THREADS=threads. */
export async function trainInProcess(seed: number, threads: number): Promise<RunRecord> {
  const dir = await tempDir('layerloom-repro-');
  const project = join(dir, 'reproducible.layerloom.json');
  await writeFile(project, JSON.stringify(reproducibleProject()));
  const out = join(dir, 'run');
  const args = [BIN, 'train', project, '--data', 'synthetic', '--seed', String(seed), '--out', out, '--json'];
  const child = spawn(process.execPath, args, { env: { ...process.env, LAYERLOOM_THREADS: String(threads) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`layerloom train exited ${code}: ${stderr.slice(-800)}`);
  const events = stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string; loss?: number });
  return record(out, events.filter((e) => e.type === 'batch').map((e) => e.loss!));
}
