/**
 * Slow acceptance checks for issue 3 (not part of `npm test`): `npx tsx test/acceptance/mnist.ts`.
 * 1. `layerloom train --template lenet5 --data mnist --epochs 2 --json` reaches test accuracy ≥ 0.95, and so
 *    does the same command with --seed 2 and 3 (other splits and shuffles; MNIST_SEEDS=1,2,3 sets them).
 * 2. A messy image folder (test/data/fixtures.ts makeMessyImageFolder) trains to high accuracy with
 *    every bad file reported in `skipped` and none fatal; predict on the run agrees with its classes.
 * Prints each command and its figures; exits 1 if a check fails.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMessyImageFolder } from '../data/fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');
const MESSY_MIN_ACCURACY = 0.9;

function layerloom(args: string[]): Promise<{ code: number; stdout: string }> {
  console.log(`$ layerloom ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

function lastJson(stdout: string): Record<string, any> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

const dir = await mkdtemp(join(tmpdir(), 'layerloom-acceptance-'));

// 1. MNIST: the exact command with the default seed, then other seeds (other splits and shuffles) to show
// that it holds reliably, not by luck of one split. MNIST_SEEDS=1 runs the first only.
{
  const seeds = (process.env.MNIST_SEEDS ?? '1,2,3').split(',').map(Number);
  const accuracies: number[] = [];
  for (const seed of seeds) {
    const t0 = Date.now();
    const args = ['train', '--template', 'lenet5', '--data', 'mnist', '--epochs', '2', '--json', ...(seed === 1 ? [] : ['--seed', String(seed)]), '--out', join(dir, `mnist-run-${seed}`)];
    const r = await layerloom(args);
    const done = lastJson(r.stdout);
    const { evaluation: _e, skipped: _s, classes: _c, ...summary } = done;
    console.log(JSON.stringify(summary));
    console.log(`wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    check(r.code === 0 && done.type === 'done', `mnist seed ${seed}: train exits 0 with a done line`);
    check(done.testAccuracy >= 0.95, `mnist seed ${seed}: testAccuracy ${done.testAccuracy} ≥ 0.95 (${done.evaluation?.images} test images)`);
    accuracies.push(done.testAccuracy);
  }
  console.log(`mnist test accuracy over seeds ${seeds.join(', ')}: ${accuracies.map((a) => a.toFixed(4)).join(', ')}`);
}

// 2. Messy folder
{
  const messy = await makeMessyImageFolder(join(dir, 'messy'), 60);
  const r = await layerloom(['train', '--template', 'lenet5', '--data', messy.root, '--input', '32x32x3', '--epochs', '8', '--batch', '8', '--json', '--out', join(dir, 'messy-run')]);
  const done = lastJson(r.stdout);
  const { evaluation: _e, ...summary } = done;
  console.log(JSON.stringify(summary, null, 1));
  check(r.code === 0 && done.type === 'done', 'messy: train exits 0 with a done line');
  check(JSON.stringify(done.classes) === JSON.stringify(messy.classes), `messy: classes ${JSON.stringify(done.classes)}`);
  const good = [...messy.good.values()].reduce((n, l) => n + l.length, 0);
  check(done.images === good, `messy: images ${done.images} = ${good} good files`);
  const skipped = new Set((done.skipped as { path: string }[]).map((s) => s.path));
  for (const bad of messy.bad) check(skipped.has(bad.path), `messy: ${bad.kind} file reported (${bad.path})`);
  check(done.testAccuracy >= MESSY_MIN_ACCURACY, `messy: testAccuracy ${done.testAccuracy} ≥ ${MESSY_MIN_ACCURACY}`);
  const t = await layerloom(['test', done.runDir, '--data', messy.root, '--json']);
  const all = lastJson(t.stdout);
  console.log(`layerloom test on all ${all.images} images: accuracy ${all.accuracy}, macro F1 ${all.macro?.f1}`);
  check(t.code === 0 && all.accuracy >= MESSY_MIN_ACCURACY, `messy: layerloom test accuracy ${all.accuracy} ≥ ${MESSY_MIN_ACCURACY}`);
  const samples = [...messy.good.entries()].map(([cls, paths]) => [cls, paths[paths.length - 1]] as const);
  const p = await layerloom(['predict', done.runDir, ...samples.map(([, path]) => path), '--json']);
  const preds = p.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const right = preds.filter((pr, i) => pr.top[0].label === samples[i][0]).length;
  console.log(preds.map((pr) => `${pr.path}: ${pr.top[0].label} ${(pr.top[0].probability * 100).toFixed(1)}%`).join('\n'));
  check(p.code === 0 && right >= samples.length - 1, `messy: predict names ${right}/${samples.length} sample images right`);
}

console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall acceptance checks passed');
process.exit(failures.length ? 1 : 0);
