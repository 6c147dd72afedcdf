/**
 * Roofline of a ResNet-20 training step on LayerLoom's wasm backend: every kernel's time per step (each
 * call the minimum over the timed steps), its useful GFLOP/s and compulsory bytes, against the f32x4
 * fused multiply-add peak and the streaming bandwidth measured here with the same number of threads.
 *
 *   npx tsx test/bench/rooflineBench.ts [--threads 1] [--batch 64] [--model resnet20|resnet20_64]
 *     [--steps 8] [--warmup 3] [--peak-repeats 200] [--svg docs/roofline.svg] [--json run.json] [--markdown out.md]
 *   npx tsx test/bench/rooflineBench.ts --combine run1.json,run2.json,… [--svg …] [--markdown …]
 *
 * --combine reports several saved runs as one: each kernel group's least time over the runs, the
 * highest peak and bandwidth measured (the machine is shared: the least disturbed figures).
 *
 * Training is the bench's (`layerloom bench`): batch 64, Adam 1e-3, softmax cross-entropy on random
 * images, the same patches (fused batch norm, plain convolutions). Kernel times are wall time around each
 * top-level kernel call (a kernel's inner calls count in it); the wrapping exists in this process only.
 */
import { loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { measureMachinePeak, type MachinePeak } from './roofline/machinePeak';
import { recordTrainingSteps } from './roofline/recordSteps';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { bestOfRuns, ridgePoint, rooflineRows, type RooflineRow, type Roofs } from './roofline/rooflineRows';
import { stepSpread, type SpreadRow } from './roofline/stepSpread';
import { rooflineSvg } from './roofline/rooflineSvg';

interface Options {
  threads: number; batch: number; model: 'resnet20' | 'resnet20_64'; steps: number; warmup: number;
  svg?: string; json?: string; markdown?: string; peakRepeats: number;
  /** JSON files of earlier runs (--json) to combine instead of measuring. */
  combine?: string[];
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
      case '--combine': o.combine = value.split(','); break;
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

/** One run's results (what --json writes and --combine reads). */
interface Run {
  readonly options: Options;
  readonly load: number[];
  readonly loadAfter: number[];
  readonly peak: MachinePeak;
  readonly roofs: Roofs;
  readonly stepMs: number[];
  readonly outside: number;
  readonly rows: RooflineRow[];
  /** Where the median step's time goes beyond the minima (one run's; not combined). */
  readonly spread?: SpreadRow[];
}

async function measure(o: Options): Promise<Run> {
  process.env.LAYERLOOM_THREADS = String(o.threads); // read when the kernel threads start, after this
  const load = loadavg();
  const peak = await measureMachinePeak({ threads: o.threads, repeats: o.peakRepeats });
  const dram = peak.bandwidth[peak.bandwidth.length - 1];
  const roofs: Roofs = { peakGflops: peak.fmaGflops ?? peak.mulAddGflops, bandwidthGBs: dram.copy };
  const { steps, stepMs } = await recordTrainingSteps(BENCH_MODELS[o.model], o);
  const outside = Math.min(...steps.map((calls, i) => stepMs[i] - calls.reduce((n, c) => n + c.ms, 0)));
  return { options: o, load, loadAfter: loadavg(), peak, roofs, stepMs, outside, rows: rooflineRows(steps, roofs), spread: stepSpread(steps, stepMs) };
}

/**
 * Runs of the same model, batch and threads as one: the highest peak and bandwidth measured, each
 * kernel group's least time, the least time outside kernels.
 */
function combine(runs: readonly Run[]): Run {
  const [first] = runs;
  for (const r of runs) {
    const a = r.options;
    if (a.model !== first.options.model || a.batch !== first.options.batch || a.threads !== first.options.threads) {
      throw new Error(`rooflineBench --combine: runs differ (${a.model} batch ${a.batch} ${a.threads} threads against ${first.options.model} batch ${first.options.batch} ${first.options.threads} threads)`);
    }
  }
  const peak = [...runs].sort((a, b) => b.roofs.peakGflops - a.roofs.peakGflops)[0].peak;
  const bandwidth = Math.max(...runs.map((r) => r.roofs.bandwidthGBs));
  const roofs: Roofs = { peakGflops: peak.fmaGflops ?? peak.mulAddGflops, bandwidthGBs: bandwidth };
  return {
    options: { ...first.options, steps: runs.reduce((n, r) => n + r.options.steps, 0) },
    load: runs.flatMap((r) => r.load.slice(0, 1)), loadAfter: runs.flatMap((r) => r.loadAfter.slice(0, 1)),
    peak, roofs, stepMs: runs.flatMap((r) => r.stepMs), outside: Math.min(...runs.map((r) => r.outside)),
    rows: bestOfRuns(runs.map((r) => r.rows), roofs),
  };
}

function report(run: Run, runs: number): { markdown: string; svg: string } {
  const { options: o, peak, roofs, rows, stepMs, outside } = run;
  const dram = peak.bandwidth[peak.bandwidth.length - 1];
  const bestStep = Math.min(...stepMs);
  const medianStep = [...stepMs].sort((a, b) => a - b)[Math.floor(stepMs.length / 2)];
  const inKernels = rows.reduce((n, r) => n + r.msPerStep, 0);
  const flops = rows.reduce((n, r) => n + r.flops, 0);
  // The step as the sum of its parts at their least disturbed: what the table's shares are of.
  const quietStep = inKernels + outside;
  const roofStep = rows.reduce((n, r) => n + r.roofMs, 0) + outside;
  const threads = `${o.threads} thread${o.threads > 1 ? 's' : ''}`;
  const summary = [
    `${o.model}, batch ${o.batch}, ${threads}, wasm backend; ${runs > 1 ? `${runs} runs, ` : ''}${o.steps} timed steps after ${o.warmup} warm-up steps${runs > 1 ? ' each' : ''}`,
    `load average (1 min) ${run.load.map(n2).join(', ')} before, ${run.loadAfter.map(n2).join(', ')} after`,
    ...peakLines(peak),
    `roofs used: ${n1(roofs.peakGflops)} GFLOP/s (measured FMA peak), ${n1(roofs.bandwidthGBs)} GB/s (copy, ${dram.bytes >> 20} MB per thread); ridge at ${n1(ridgePoint(roofs))} FLOP/byte`,
    `step: best ${n1(bestStep)} ms (${n1((o.batch / bestStep) * 1000)} images/s), median ${n1(medianStep)} ms; kernels ${n1(inKernels)} ms (sum of per-call minima) + outside kernels ${n1(outside)} ms (least of the steps) = ${n1(quietStep)} ms (${n1((o.batch / quietStep) * 1000)} images/s), of which the shares below are`,
    `useful work ${n2(flops / 1e9)} GFLOP per step → ${n1(flops / quietStep / 1e6)} GFLOP/s over that step (${pct(flops / quietStep / 1e6 / roofs.peakGflops)} of the FMA peak), ${n1(flops / bestStep / 1e6)} over the best measured step`,
    `every kernel at its roof (same algorithms), outside kernels as measured: ${n1(roofStep)} ms (${n1((o.batch / roofStep) * 1000)} images/s)`,
  ];
  const ranked = [...rows].sort((a, b) => b.aboveRoofMs - a.aboveRoofMs).slice(0, 10)
    .map((r, i) => `${i + 1}. ${r.category} ${r.label} (${r.algorithm || r.kernels.join(', ')}): ${n2(r.msPerStep)} ms, roof ${n2(r.roofMs)} ms → ${n2(r.aboveRoofMs)} ms above`);
  const spread = run.spread && runs === 1 ? ['', 'The median step against the minima, by kind (ms a step; largest difference first):', '',
    '| kind | sum of per-call minima | median over the steps | difference |', '|---|---|---|---|',
    ...run.spread.filter((r) => r.medianMs - r.minimaMs >= 0.05).map((r) => `| ${r.category} | ${n2(r.minimaMs)} | ${n2(r.medianMs)} | ${n2(r.medianMs - r.minimaMs)} |`)] : [];
  const markdown = [...summary.map((s) => `- ${s}`), '', table(rows, roofs, quietStep), '', 'Most time above the roof:', ...ranked, ...spread].join('\n');
  const svg = rooflineSvg({
    title: `LayerLoom wasm, ${o.model} training step, batch ${o.batch}, ${threads}`,
    peaks: [
      { label: `measured f32x4 FMA peak ${n1(roofs.peakGflops)} GFLOP/s`, gflops: roofs.peakGflops },
      { label: `theoretical ${n1(16 * peak.clockGhz * o.threads)} GFLOP/s (4 lanes × 2 FMA × 2 × ${n2(peak.clockGhz)} GHz${o.threads > 1 ? ` × ${o.threads}` : ''})`, gflops: 16 * peak.clockGhz * o.threads, dashed: true },
    ],
    bandwidths: [
      { label: `copy past the caches ${n1(roofs.bandwidthGBs)} GB/s`, gbPerS: roofs.bandwidthGBs },
      { label: `copy, ${peak.bandwidth[0].bytes >> 10} KB working set ${n1(peak.bandwidth[0].copy)} GB/s`, gbPerS: peak.bandwidth[0].copy, dashed: true },
    ],
    rows,
  });
  return { markdown, svg };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const runs = o.combine ? o.combine.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Run) : [await measure(o)];
  const run = runs.length > 1 ? combine(runs) : runs[0];
  const { markdown, svg } = report(run, runs.length);
  console.log(markdown);
  if (o.markdown) writeFileSync(o.markdown, `${markdown}\n`);
  if (o.json) writeFileSync(o.json, `${JSON.stringify(run, null, 1)}\n`);
  if (o.svg) writeFileSync(o.svg, svg);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
