/**
 * TurboFan's compilations during `layerloom bench`'s protocol (one warm-up epoch, then three timed ones) for
 * one model: per epoch, the functions optimized (V8's --trace-opt), the compile jobs' time off the main thread
 * (their middle figure, wall time on a platform thread that competes with the training threads for the cores)
 * and the deoptimizations. A child node process runs the epochs; --v8 "FLAGS" adds V8 flags to it, to compare
 * tier-up settings.
 *
 *   npx tsx test/bench/tierUpEpochs.ts [--model resnet20] [--v8 "--interrupt-budget=16896"]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchArg } from './benchArgs';

const PHASE = 'tierUpEpochs phase';

async function child(): Promise<void> {
  const tf = await import('@tensorflow/tfjs');
  const { selectBackend } = await import('../../src/train/backends/selectBackend');
  const { BENCH_MODELS } = await import('../../src/train/bench/benchModels');
  const { makeTrainer } = await import('../../src/train/bench/runBench');
  await selectBackend('wasm');
  const trainer = await makeTrainer(tf, BENCH_MODELS[benchArg('model', 'resnet20') as keyof typeof BENCH_MODELS], {});
  for (const phase of ['warm-up', 'epoch 1', 'epoch 2', 'epoch 3']) {
    console.log(`${PHASE} ${phase}`);
    const t = performance.now();
    for (let i = 0; i < trainer.images; i += trainer.batch) await trainer.step(i);
    console.log(`${PHASE} took ${(performance.now() - t).toFixed(0)}`);
  }
  trainer.dispose();
  process.exit(0);
}

interface Phase { name: string; ms: number; compiles: number; compileMs: number; deopts: number }

async function main(): Promise<void> {
  const extra = benchArg('v8', '').split(' ').filter(Boolean);
  const args = [...extra, '--trace-opt', '--trace-deopt', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...process.argv.slice(2)];
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    p.stdout.on('data', (d: Buffer) => { text += d.toString(); });
    p.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited with ${code}`))));
  });
  const phases: Phase[] = [{ name: 'start-up', ms: 0, compiles: 0, compileMs: 0, deopts: 0 }];
  for (const line of out.split('\n')) {
    const current = phases[phases.length - 1];
    if (line.startsWith(`${PHASE} took `)) current.ms = Number(line.slice(PHASE.length + 6));
    else if (line.startsWith(PHASE)) phases.push({ name: line.slice(PHASE.length + 1), ms: 0, compiles: 0, compileMs: 0, deopts: 0 });
    const done = /completed (?:compiling|optimizing).*took [\d.]+, ([\d.]+), [\d.]+ ms/.exec(line);
    if (done) {
      current.compiles++;
      current.compileMs += Number(done[1]);
    }
    if (line.startsWith('[bailout (kind: deopt')) current.deopts++;
  }
  console.log(`${benchArg('model', 'resnet20')}${extra.length ? ` with ${extra.join(' ')}` : ''}`);
  console.log('| phase | ms | functions optimized | their compile jobs, ms | deoptimizations |');
  console.log('|---|---|---|---|---|');
  for (const p of phases) console.log(`| ${p.name} | ${p.ms || '-'} | ${p.compiles} | ${p.compileMs.toFixed(0)} | ${p.deopts} |`);
}

void (process.argv.includes('--child') ? child() : main());
