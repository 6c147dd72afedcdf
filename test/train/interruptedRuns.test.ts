/**
 * Interrupted runs (issue 13, item 4): a run whose process was killed (`kill -9`) is listed in Runs as
 * "interrupted" with its last checkpoint — its hidden staging folder no longer lies about unseen — and can
 * be opened, resumed and deleted; a staging folder with no checkpoint is cleaned away; a live run's is
 * left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { handlers as runs } from '../../src/train/runsHandlers';
import { RunFolder } from '../../src/train/runFolder';
import { deleteRun, recoverAbandonedRuns } from '../../src/train/runMaintenance';
import { OWNER_FILE } from '../../src/train/runOwner';
import { readResumePoint } from '../../src/train/runResume';
import { TrainingSession } from '../../src/train/session';
import type { SessionEvent } from '../../src/train/events';
import { PYTHON_RUN } from '../../src/export/pythonRun';
import { missingTools, PYTHON } from '../helpers/tools';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

async function staging(root: string, name: string, owner: object | null, files: Record<string, string> = {}): Promise<string> {
  const dir = join(root, `.${name}.partial-0123abcd`);
  await mkdir(dir, { recursive: true });
  if (owner) await writeFile(join(dir, OWNER_FILE), JSON.stringify(owner));
  for (const [f, text] of Object.entries(files)) await writeFile(join(dir, f), text);
  return dir;
}

describe('a run killed with kill -9', () => {
  it('is listed as interrupted with its last checkpoint, and resumes to the end in its own folder', async () => {
    const root = await tempDir();
    const child = spawn(process.execPath, [BIN, 'train', '--template', 'lenet5', '--data', 'synthetic', '--limit', '1500', '--epochs', '3', '--backend', 'wasm', '--out', join(root, 'lenet')], { stdio: 'ignore' });
    // Wait for the first checkpoint in the staging folder, then kill the process without a chance to tidy up.
    let stagingDir: string | undefined;
    for (let i = 0; i < 1200 && !stagingDir; i++) {
      await new Promise((r) => setTimeout(r, 50));
      for (const n of await readdir(root)) if (n.startsWith('.lenet.partial-') && existsSync(join(root, n, 'model.json')) && existsSync(join(root, n, 'history.json'))) stagingDir = join(root, n);
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(stagingDir, 'no checkpoint appeared in 60 s').toBeDefined();
    expect(existsSync(join(root, 'lenet'))).toBe(false);

    const { runs: listed } = await runs['runs.list']({ dir: root });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ dir: join(root, 'lenet'), status: 'interrupted' });
    expect(listed[0].epochs).toBeGreaterThanOrEqual(1);
    expect(await readdir(root)).toEqual(['lenet']);
    // It opens like any run.
    const opened = await runs['runs.open']({ dir: join(root, 'lenet') });
    expect(opened.history.length).toBe(listed[0].epochs);

    const point = await readResumePoint(join(root, 'lenet'));
    const events: SessionEvent[] = [];
    const s = new TrainingSession({ project: point.project, resume: point });
    s.on((e) => events.push(e));
    const final = await s.run();
    expect(final.type, JSON.stringify(final).slice(0, 400)).toBe('done');
    if (final.type !== 'done') return;
    expect(final.runDir).toBe(join(root, 'lenet'));
    expect(final.epochs).toBe(3);
    expect(events.find((e) => e.type === 'started')).toMatchObject({ resumedFrom: point.epochsCompleted });
    // The epochs before the resume come first, as they were; only the rest are trained.
    const epochs = events.filter((e) => e.type === 'epoch').map((e) => (e.type === 'epoch' ? e.epoch : 0));
    expect(epochs).toEqual([1, 2, 3]);
    expect(events.filter((e) => e.type === 'batch').every((e) => e.type === 'batch' && e.epoch > point.epochsCompleted)).toBe(true);
    const meta = JSON.parse(await readFile(join(root, 'lenet', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ status: 'complete', epochsCompleted: 3 });
    expect(JSON.parse(await readFile(join(root, 'lenet', 'history.json'), 'utf8')).map((h: { epoch: number }) => h.epoch)).toEqual([1, 2, 3]);
    expect(await readdir(root)).toEqual(['lenet']);
    // Finished: it cannot be resumed again.
    await expect(readResumePoint(join(root, 'lenet'))).rejects.toMatchObject({ coded: { code: 'runs.error.notResumable' } });
  }, 240_000);
});

describe('staging folders', () => {
  it('from a dead process: with a checkpoint becomes an interrupted run, without one is removed; a live one is left alone', async () => {
    const root = await tempDir();
    const dead = { pid: deadPid(), host: hostname(), started: null };
    const checkpoint = { 'model.json': '{}', 'weights.bin': '', 'meta.json': JSON.stringify({ status: 'training', epochsCompleted: 2, name: 'a' }), 'history.json': '[]' };
    await staging(root, 'a', dead, checkpoint);
    await staging(root, 'b', dead, { 'project.layerloom.json': '{}' });
    const live = await RunFolder.create(join(root, 'c'));
    // Written by an older version (no owner file): left alone for a day after its last change.
    const fresh = await staging(root, 'd', null, { 'labels.json': '[]' });
    const old = await staging(root, 'e', null, { 'labels.json': '[]' });
    const hoursAgo = new Date(Date.now() - 25 * 3600_000);
    await utimes(join(old, 'labels.json'), hoursAgo, hoursAgo);
    await utimes(old, hoursAgo, hoursAgo);

    const r = await recoverAbandonedRuns(root);
    expect(r.recovered).toEqual([join(root, 'a')]);
    expect(r.removed.sort()).toEqual([join(root, '.b.partial-0123abcd'), old].sort());
    expect((await readdir(root)).sort()).toEqual(['.d.partial-0123abcd', 'a', live.stagingDir.slice(root.length + 1)].sort());
    expect(existsSync(fresh)).toBe(true);
    const meta = JSON.parse(await readFile(join(root, 'a', 'meta.json'), 'utf8'));
    expect(meta.status).toBe('interrupted');
    expect(existsSync(join(root, 'a', OWNER_FILE))).toBe(false);
    await live.discard();
  });

  it('a recovered run takes a free name when its own was taken meanwhile', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'a'));
    await staging(root, 'a', { pid: deadPid(), host: hostname(), started: null }, { 'model.json': '{}', 'meta.json': '{"status":"training"}' });
    expect((await recoverAbandonedRuns(root)).recovered).toEqual([join(root, 'a-2')]);
  });
});

describe.skipIf(!!missingTools('python'))('a staging folder an exported Python script writes', () => {
  it('is left alone while the script runs, and recovered once it was killed', async () => {
    const root = await tempDir();
    const script = join(root, 'writer.py');
    // The exported scripts' RunFolder: a checkpoint, then the script keeps training (sleeps).
    await writeFile(script, `${PYTHON_RUN}\nimport sys, time\nf = RunFolder(sys.argv[1])\nf.write_checkpoint([("model.json", "{}"), ("meta.json", '{"status": "training", "epochsCompleted": 1}')])\nprint("ready", flush=True)\ntime.sleep(60)\n`);
    const child = spawn(PYTHON, [script, join(root, 'py')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => { if (String(d).includes('ready')) resolve(); });
      child.once('exit', (code) => reject(new Error(`the writer exited (${code})`)));
    });
    expect(await recoverAbandonedRuns(root)).toEqual({ recovered: [], removed: [] });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect((await recoverAbandonedRuns(root)).recovered).toEqual([join(root, 'py')]);
    expect(JSON.parse(await readFile(join(root, 'py', 'meta.json'), 'utf8')).status).toBe('interrupted');
  }, 60_000);
});

describe('deleting a run', () => {
  it('deletes a run folder, and refuses folders that hold anything else or no run', async () => {
    const root = await tempDir();
    const s = new TrainingSession({ project: tinyProject({ epochs: 1 }), data: await tinyData(), outDir: join(root, 'run'), tf, backendChoice: await cpuBackend() });
    expect((await s.run()).type).toBe('done');
    await mkdir(join(root, 'photos'));
    await writeFile(join(root, 'photos', 'meta.json'), '{}');
    await writeFile(join(root, 'photos', 'cat.jpg'), 'x');
    await expect(deleteRun(join(root, 'photos'))).rejects.toThrow(/not part of a run \(cat\.jpg\); nothing was deleted/);
    await expect(deleteRun(root)).rejects.toThrow(/holds no run/);
    await expect(runs['runs.delete']({ dir: join(root, 'run') })).resolves.toEqual({ dir: join(root, 'run') });
    expect((await readdir(root)).sort()).toEqual(['photos']);
    await expect(deleteRun(join(root, 'run'))).rejects.toThrow(/not found/);
  });
});

describe('resuming', () => {
  it('continues a stopped run from its checkpoint\'s weights and optimizer state (its loss goes on from where it was)', async () => {
    const root = await tempDir();
    const data = await tinyData();
    const project = tinyProject({ epochs: 3, learningRate: 0.01 });
    await cpuBackend();
    const tensors = tf.memory().numTensors;
    const first = new TrainingSession({ project, data, outDir: join(root, 'run'), tf, backendChoice: await cpuBackend() });
    first.on((e) => { if (e.type === 'epoch' && e.epoch === 2) first.stop(); });
    const stopped = await first.run();
    expect(stopped).toMatchObject({ type: 'cancelled', epoch: 2, runDir: join(root, 'run') });
    const point = await readResumePoint(join(root, 'run'));
    expect(point.epochsCompleted).toBe(2);
    // The checkpoint holds Adam's state: its step count is the batches of two epochs.
    const batches = Math.ceil(data.splits.train.size / 16);
    const state = JSON.parse(await readFile(join(root, 'run', 'optimizer.json'), 'utf8'));
    expect(state).toMatchObject({ format: 'layerloom/optimizer', className: 'Adam' });
    const weights = JSON.parse(await readFile(join(root, 'run', 'model.json'), 'utf8')).weightsManifest[0].weights.length;
    expect(state.slots.length).toBe(1 + 2 * weights);
    const steps = async () => {
      const bin = await readFile(join(root, 'run', 'optimizer.bin'));
      const iter = JSON.parse(await readFile(join(root, 'run', 'optimizer.json'), 'utf8')).slots[0];
      expect(iter.name).toBe('iter');
      return bin.readInt32LE(iter.offset);
    };
    expect(await steps()).toBe(2 * batches);
    const resumed = new TrainingSession({ project: point.project, resume: point, data, tf, backendChoice: await cpuBackend() });
    const done = await resumed.run();
    expect(done).toMatchObject({ type: 'done', runDir: join(root, 'run'), epochs: 3 });
    expect(resumed.history.slice(0, 2)).toEqual(first.history);
    // Adam went on counting its steps from the checkpoint's (its moments came back with them).
    expect(await steps()).toBe(3 * batches);
    // Nothing of either run (checkpoint loaded, optimizer state restored) stays allocated.
    expect(tf.memory().numTensors).toBe(tensors);
    // From scratch, epoch 1's loss is far above epoch 2's; the resumed epoch 3 starts from the trained weights.
    expect(resumed.history[2].loss).toBeLessThan(first.history[0].loss * 0.8);
  }, 120_000);
});
