/**
 * Roofline of a ResNet-20 training step on LayerLoom's wasm backend: every kernel's time per step (each
 * call the minimum over the timed steps), its useful GFLOP/s and compulsory bytes, against the f32x4
 * fused multiply-add peak and the streaming bandwidth measured here with the same number of threads.
 *
 *   npx tsx test/bench/rooflineBench.ts [--threads 1] [--batch 64] [--model resnet20|resnet20_64]
 *     [--steps 8] [--warmup 3] [--peak-repeats 200] [--svg docs/roofline.svg] [--json out.json] [--markdown out.md]
 *
 * Training is the bench's (`layerloom bench`): batch 64, Adam 1e-3, softmax cross-entropy on random
 * images, the same patches (fused batch norm, plain convolutions). Kernel times are wall time around each
 * top-level kernel call (a kernel's inner calls count in it); the wrapping exists in this process only.
 */
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { measureMachinePeak, type MachinePeak } from './roofline/machinePeak';
import { recordTrainingSteps } from './roofline/recordSteps';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { ridgePoint, rooflineRows, type RooflineRow, type Roofs } from './roofline/rooflineRows';
import { rooflineSvg } from './roofline/rooflineSvg';

interface Options {
  threads: number; batch: number; model: 'resnet20' | 'resnet20_64'; steps: number; warmup: number;
  svg?: string; json?: string; markdown?: string; peakRepeats: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { threads: 1, batch: 64, model: 'resnet20', steps: 8, warmup: 3, peakRepeats: 200 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`rooflineBench: ${flag} needs a value`);
    switch (flag) {
      case '--threads': o.threads = Number(value); break;
      case '--batch': o.batch = Number(value); break;
      case '--model':
        if (value !== 'resnet20' && value !== 'resnet20_64') throw new Error(`rooflineBench: --model is resnet20 or resnet20_64, got ${value}`);
        o.model = value; break;
      case '--steps': o.steps = Number(value); break;
      case '--warmup': o.warmup = Number(value); break;
      case '--peak-repeats': o.peakRepeats = Number(value); break;
      case '--svg': o.svg = value; break;
      case '--json': o.json = value; break;
      case '--markdown': o.markdown = value; break;
      default: throw new Error(`rooflineBench: unknown option ${flag} (see the comment at the top of test/bench/rooflineBench.ts)`);
    }
  }
  for (const k of ['threads', 'batch', 'steps', 'warmup', 'peakRepeats'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < (k === 'warmup' ? 0 : 1)) throw new Error(`rooflineBench: --${k} must be a whole number ≥ 1, got ${o[k]}`);
  }
  return o;
}

const n1 = (v: number) => v.toFixed(1);
const n2 = (v: number) => v.toFixed(2);
const pct = (v: number) => `${(100 * v).toFixed(0)}%`;

function table(rows: readonly RooflineRow[], roofs: Roofs, stepMs: number): string {
  const head = '| kernel | shape | algorithm | calls/step | ms/step | share | useful GFLOP/s | % of FMA peak | done GFLOP/s | FLOP/B | GB/s | bound | % of its roof | ms above roof |';
  const lines = [head, `|${'---|'.repeat(14)}`];
  for (const r of rows) {
    const winograd = r.algorithm.startsWith('Winograd');
    lines.push(`| ${r.category} | ${r.label} | ${r.algorithm} | ${r.callsPerStep} | ${n2(r.msPerStep)} | ${pct(r.msPerStep / stepMs)} | ${n1(r.gflops)} | ${pct(r.gflops / roofs.peakGflops)} | ${winograd ? n1(r.doneGflops) : ''} | ${r.intensity ? n2(r.intensity) : '0'} | ${n1(r.gbPerS)} | ${r.bound} | ${pct(r.ofRoof)} | ${n2(r.aboveRoofMs)} |`);
  }
  return lines.join('\n');
}

function peakLines(p: MachinePeak): string[] {
  const theory = 4 * 2 * 2 * p.clockGhz * p.threads;
  return [
    `f32x4 FMA (relaxed_madd): ${p.fmaGflops === null ? 'not available in this engine' : `${n1(p.fmaGflops)} GFLOP/s`}; mul+add: ${n1(p.mulAddGflops)} GFLOP/s (${p.threads} thread${p.threads > 1 ? 's' : ''})`,
    `clock (dependent integer chain, one core): ${n2(p.clockGhz)} GHz → theoretical 4 lanes × 2 FMA pipes × 2 × ${n2(p.clockGhz)} GHz × ${p.threads} core${p.threads > 1 ? 's' : ''} = ${n1(theory)} GFLOP/s`,
    ...p.bandwidth.map((b) => `bandwidth, ${b.bytes >= 1 << 20 ? `${b.bytes >> 20} MB` : `${b.bytes >> 10} KB`} per thread: read ${n1(b.read)}, write ${n1(b.write)}, copy ${n1(b.copy)} GB/s`),
  ];
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  process.env.LAYERLOOM_THREADS = String(o.threads); // read when the kernel threads start, after this
  const load = loadavg();
  const peak = await measureMachinePeak({ threads: o.threads, repeats: o.peakRepeats });
  const dram = peak.bandwidth[peak.bandwidth.length - 1];
  const roofs: Roofs = { peakGflops: peak.fmaGflops ?? peak.mulAddGflops, bandwidthGBs: dram.copy };
  const { steps, stepMs } = await recordTrainingSteps(BENCH_MODELS[o.model], o);
  const rows = rooflineRows(steps, roofs);
  const bestStep = Math.min(...stepMs);
  const sorted = [...stepMs].sort((a, b) => a - b);
  const medianStep = sorted[Math.floor(sorted.length / 2)];
  const inKernels = rows.reduce((n, r) => n + r.msPerStep, 0);
  const outside = Math.min(...steps.map((calls, i) => stepMs[i] - calls.reduce((n, c) => n + c.ms, 0)));
  const flops = rows.reduce((n, r) => n + r.flops, 0);
  // The step as the sum of its parts at their least disturbed: what the table's shares are of.
  const quietStep = inKernels + outside;
  const loadAfter = loadavg();
  const summary = [
    `${o.model}, batch ${o.batch}, ${o.threads} thread${o.threads > 1 ? 's' : ''}, wasm backend; ${o.warmup} warm-up steps, ${o.steps} timed`,
    `load average ${load.map(n2).join(' ')} before, ${loadAfter.map(n2).join(' ')} after`,
    ...peakLines(peak),
    `roofs used: ${n1(roofs.peakGflops)} GFLOP/s (measured FMA peak), ${n1(roofs.bandwidthGBs)} GB/s (copy, ${dram.bytes >> 20} MB per thread); ridge at ${n1(ridgePoint(roofs))} FLOP/byte`,
    `step: best ${n1(bestStep)} ms (${n1((o.batch / bestStep) * 1000)} images/s), median ${n1(medianStep)} ms; kernels ${n1(inKernels)} ms (sum of per-call minima) + outside kernels ${n1(outside)} ms (least of the steps) = ${n1(quietStep)} ms (${n1((o.batch / quietStep) * 1000)} images/s), of which the shares below are`,
    `useful work ${n2(flops / 1e9)} GFLOP per step → ${n1(flops / quietStep / 1e6)} GFLOP/s over that step (${pct(flops / quietStep / 1e6 / roofs.peakGflops)} of the FMA peak), ${n1(flops / bestStep / 1e6)} over the best measured step`,
  ];
  const ranked = [...rows].sort((a, b) => b.aboveRoofMs - a.aboveRoofMs).slice(0, 8)
    .map((r, i) => `${i + 1}. ${r.category} ${r.label} (${r.algorithm || r.kernels.join(', ')}): ${n2(r.msPerStep)} ms, roof ${n2(r.roofMs)} ms → ${n2(r.aboveRoofMs)} ms above`);
  const markdown = [...summary.map((s) => `- ${s}`), '', table(rows, roofs, quietStep), '', 'Most time above the roof:', ...ranked].join('\n');
  console.log(markdown);
  if (o.markdown) writeFileSync(o.markdown, `${markdown}\n`);
  if (o.json) writeFileSync(o.json, `${JSON.stringify({ options: o, load, loadAfter, peak, roofs, bestStep, medianStep, quietStep, stepMs, outside, rows }, null, 1)}\n`);
  if (o.svg) {
    const svg = rooflineSvg({
      title: `LayerLoom wasm, ${o.model} training step, batch ${o.batch}, ${o.threads} thread${o.threads > 1 ? 's' : ''}`,
      peaks: [
        { label: `measured f32x4 FMA peak ${n1(roofs.peakGflops)} GFLOP/s`, gflops: roofs.peakGflops },
        { label: `theoretical ${n1(16 * peak.clockGhz * o.threads)} GFLOP/s (4 lanes × 2 FMA × 2 × ${n2(peak.clockGhz)} GHz)`, gflops: 16 * peak.clockGhz * o.threads, dashed: true },
      ],
      bandwidths: [
        { label: `copy past the caches ${n1(dram.copy)} GB/s`, gbPerS: dram.copy },
        { label: `copy, ${peak.bandwidth[0].bytes >> 10} KB working set ${n1(peak.bandwidth[0].copy)} GB/s`, gbPerS: peak.bandwidth[0].copy, dashed: true },
      ],
      rows,
    });
    writeFileSync(o.svg, svg);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
