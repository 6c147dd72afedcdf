/**
 * The exported PyTorch training script under real PyTorch, on a messy folder, against the app (issue 18):
 * - one process: no crash on empty, corrupt, truncated, text and BMP files; the app's skip reasons, printed once; the
 *   app's split, dataset report and input statistics; the project's training settings as defaults (--help says them);
 *   a LayerLoom run folder that the Runs list, the results view, `layerloom test`, `predict` and `export` use, and
 *   whose weights predict what the PyTorch model predicts, within 1e-5;
 * - two processes with gloo on the CPU through torchrun (launched by hand where torchrun cannot start), and two
 *   "machines" by hand (each process LOCAL_RANK 0, RANK 0 and 1): only global rank 0 prints and writes, the learning
 *   rate follows the stated rule, validation and test metrics cover every image once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/index';
import { getTemplate } from '../../src/graph/templates/index';
import { listRuns, openRun } from '../../src/train/runCatalog';
import { runImages } from '../../src/train/runImages';
import { makeMessyImageFolder } from '../data/fixtures';
import { missingTools, PYTHON } from '../helpers/tools';

const missing = missingTools('torch', 'PIL', 'numpy');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-training-script-'));
const root = join(dir, 'photos');
const runs = join(dir, 'runs');
const TRAINING = {
  optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, schedule: 'step', batchSize: 8, epochs: 2, earlyStoppingPatience: 1,
  augment: { flip: true, crop: false, brightness: false }, backend: 'auto', data: root, resize: 'crop',
} as const;
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/layerloom.js', ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
const py = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 16 << 20, env: { ...process.env, OMP_NUM_THREADS: '1', ...env } });
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

type Result = ReturnType<typeof py>;
let one: Result;
let help: Result;
let appTrain: Result;
let torchrun: { result: Result; how: string };
let machines: Result[];
let images: string[];
let torchProbabilities: number[][];

/** Two processes started by hand, as torchrun would: MASTER_ADDR/PORT, WORLD_SIZE, RANK, LOCAL_RANK. */
function byHand(script: string[], ranks: { rank: number; local: number }[], port: number): Result[] {
  const env = (r: { rank: number; local: number }) => ({ MASTER_ADDR: '127.0.0.1', MASTER_PORT: String(port), WORLD_SIZE: '2', RANK: String(r.rank), LOCAL_RANK: String(r.local) });
  const launcher = `
import json, os, subprocess, sys
jobs = json.loads(sys.argv[1])
procs = [subprocess.Popen([sys.executable, *jobs["script"]], env={**os.environ, **e}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for e in jobs["envs"]]
print(json.dumps([dict(zip(("stdout", "stderr"), p.communicate()), status=p.returncode) for p in procs]))`;
  const r = py(['-c', launcher, JSON.stringify({ script, envs: ranks.map(env) })]);
  if (r.status !== 0) throw new Error(`launcher failed:\n${r.stderr}`);
  return (JSON.parse(r.stdout) as Result[]);
}

describe.skipIf(!!missing)('the exported PyTorch training script, against the app', () => {
  beforeAll(async () => {
    await makeMessyImageFolder(root, 10);
    writeFileSync(join(root, '猫', 'bitmap.png'), Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]));
    writeFileSync(join(root, 'tri angles', 'text.png'), 'a text file named like an image\n');
    const project = { format: 'layerloom/project', version: 1, graph: getTemplate('lenet5')!.build({ classes: 3 }), training: TRAINING, meta: { name: 'Cats & "shapes"' } };
    writeFileSync(join(dir, 'project.layerloom.json'), JSON.stringify(project));
    const exported = cli('export', join(dir, 'project.layerloom.json'), '--to', 'pytorch', '--out', join(dir, 'model.py'));
    if (exported.status !== 0) throw new Error(`export failed:\n${exported.stderr}`);
    const script = join(dir, 'model.py');

    const dataset = await openDataset({ source: { folder: root }, input: [28, 28, 1], resize: 'crop', seed: 1 });
    images = Array.from({ length: dataset.splits.test.size }, (_, i) => dataset.splits.test.describe(i).path!)
      .concat(Array.from({ length: 4 }, (_, i) => dataset.splits.train.describe(i).path!));
    writeFileSync(join(dir, 'images.json'), JSON.stringify(images));
    one = py([join(import.meta.dirname, 'run_training.py'), script, join(dir, 'torch.json'), join(dir, 'images.json'), '--', root, '--out', join(runs, 'one'), '--workers', '0']);
    if (one.status === 0) torchProbabilities = json(join(dir, 'torch.json')).probabilities;
    help = py([script, '--help']);
    appTrain = cli('train', join(dir, 'project.layerloom.json'), '--data', root, '--out', join(dir, 'app-run'), '--backend', 'wasm');

    const args = [script, root, '--epochs', '1', '--workers', '0'];
    const launched = py(['-m', 'torch.distributed.run', '--standalone', '--nproc_per_node=2', '--monitor_interval', '0.2', '--redirects', '1', '--tee', '1', ...args, '--out', join(dir, 'torchrun', 'run')]);
    torchrun = launched.status === 0 || /Traceback[\s\S]*model\.py/.test(launched.stderr)
      ? { result: launched, how: 'torchrun' }
      : { result: byHand([...args, '--out', join(dir, 'torchrun', 'run')], [{ rank: 0, local: 0 }, { rank: 1, local: 1 }], 29561)[0], how: 'by hand' };
    if (torchrun.how === 'by hand') console.warn(`torchrun did not start here (${launched.stderr.trim().split('\n').at(-1)}); two processes were launched by hand`);
    machines = byHand([...args, '--out', join(dir, 'machines', 'run')], [{ rank: 0, local: 0 }, { rank: 1, local: 0 }], 29562);
  }, 600_000);

  it('trains on the messy folder without a crash, printing the app\'s skipped files and reasons once', async () => {
    expect(one.stderr).not.toMatch(/Traceback/);
    expect(one.status).toBe(0);
    const app = await openDataset({ source: { folder: root }, input: [28, 28, 1], resize: 'crop', seed: 1 });
    const printed = one.stdout.split('\n').filter((l) => l.startsWith('skipped '));
    expect(printed).toEqual(app.skipped.map((s) => `skipped ${s.path}: ${s.reason}`));
    expect(printed.length).toBeGreaterThanOrEqual(6);
  });

  it('splits, counts and standardises as the app does (meta.json), with the project\'s settings', () => {
    expect(appTrain.status, appTrain.stderr).toBe(0);
    const mine = json(join(runs, 'one', 'meta.json'));
    const app = json(join(dir, 'app-run', 'meta.json'));
    expect(mine.dataset).toEqual(app.dataset);
    expect(mine.classes).toEqual(app.classes);
    for (const k of ['mean', 'std'] as const) expect(Math.abs(mine.normalization[k][0] - app.normalization[k][0])).toBeLessThan(1e-9);
    expect(mine.settings).toEqual({ ...TRAINING });
    expect(mine.seed).toBe(1);
    expect(mine.backend.name).toBe('pytorch');
    // The test split's images are the app's, in the app's order.
    const truths = (run: string) => (json(join(run, 'evaluation.json')).predictions as [number, number][]).map(([t]) => t);
    expect(truths(join(runs, 'one'))).toEqual(truths(join(dir, 'app-run')));
    const history = json(join(runs, 'one', 'history.json'));
    expect(history[0].learningRate).toBe(0.05);
    expect(history.filter((h: { best: boolean }) => h.best).map((h: { epoch: number }) => h.epoch)).toEqual([mine.weightsFromEpoch]);
  });

  it('says its defaults (the project\'s settings) and the learning-rate rule for several processes in --help', () => {
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    for (const s of ['--lr LR base learning rate for one process (default: 0.05)', '(default: sgd)', '(default: step)', '(default: 8)', '(default: flip)', '(default: crop)', 'linear scaling rule']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('RANK is the global rank');
  });

  it('writes a run the app lists and opens: Runs tab, results (confusion cells), layerloom test and export', async () => {
    const listed = await listRuns(runs);
    expect(listed.map((r) => [r.name, r.status, r.backend])).toEqual([['one', 'complete', 'pytorch']]);
    const opened = await openRun(join(runs, 'one'));
    expect(opened.evaluation).not.toBeNull();
    expect(opened.history.length).toBeGreaterThan(0);
    expect(opened.labels).toEqual(['tri angles', 'Ünïcödé', '猫']);
    const cell = await runImages({ dir: join(runs, 'one'), actual: 0, limit: 10 });
    expect(cell.total).toBeGreaterThan(0);
    const tested = cli('test', join(runs, 'one'), '--data', root);
    expect(tested.status, tested.stderr).toBe(0);
    const again = cli('export', '--weights', join(runs, 'one'), '--to', 'pytorch', '--out', join(dir, 'again.py'));
    expect(again.status, again.stderr).toBe(0);
  });

  it('predicts in LayerLoom what the PyTorch model predicts, within 1e-5', () => {
    const predicted = cli('predict', join(runs, 'one'), ...images, '--json', '--top', '3');
    expect(predicted.status, predicted.stderr).toBe(0);
    const app = predicted.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path?: string; top?: { index: number; probability: number }[] }).filter((l) => l.top);
    expect(app.map((a) => a.path)).toEqual(images);
    let worst = 0;
    app.forEach((a, i) => a.top!.forEach((t) => (worst = Math.max(worst, Math.abs(t.probability - torchProbabilities[i][t.index])))));
    console.log(`LayerLoom vs PyTorch on ${images.length} images: max |Δp| ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-5);
  });

  it(`two processes (gloo, CPU): rank 0 alone prints and writes; lr × 2; metrics over every image`, () => {
    const { result, how } = torchrun;
    expect(result.status, `${how}: ${result.stderr}`).toBe(0);
    expect(result.stdout.match(/epoch 1\/1/g)).toHaveLength(1);
    expect(result.stdout.match(/^(\[default0\]:)?skipped /gm)?.length).toBeGreaterThanOrEqual(6);
    expect(result.stdout).not.toMatch(/\[default1\]:\S/);
    expect(readdirSync(join(dir, 'torchrun'))).toEqual(['run']);
    const meta = json(join(dir, 'torchrun', 'run', 'meta.json'));
    expect(meta.trainedWith).toMatchObject({ processes: 2, learningRateScaling: 'linear', learningRate: 0.1, globalBatch: 16 });
    expect(json(join(dir, 'torchrun', 'run', 'history.json'))[0].learningRate).toBe(0.1);
    const evaluation = json(join(dir, 'torchrun', 'run', 'evaluation.json'));
    expect(evaluation.images).toBe(meta.dataset.sizes.test);
    expect(evaluation.predictions.every((p: number[] | null) => p !== null && p[1] >= 0)).toBe(true);
  });

  it('two machines by hand (LOCAL_RANK 0 on both): the global rank decides who prints and writes', () => {
    expect(machines.map((m) => m.status)).toEqual([0, 0]);
    expect(machines[0].stdout).toMatch(/run saved to /);
    expect(machines[1].stdout).toBe('');
    expect(readdirSync(join(dir, 'machines'))).toEqual(['run']);
    expect(json(join(dir, 'machines', 'run', 'meta.json')).status).toBe('complete');
  });
});
