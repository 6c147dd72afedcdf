/**
 * Two settings of the direct (non-Winograd) convolutions compared inside real ResNet-20 training steps:
 * the bench's trainer (as rooflineBench.ts records it), the settings alternated step by step (ABBA), and
 * for each direct convolution call (the stride-2 3×3 layers, the first layer, the 1×1 projections) its
 * least and median time under each, with the steps' medians. The spread is the point: a call split into
 * too few pieces waits for a late thread in a typical step, not in the best one.
 *   npx tsx test/bench/stridedStepAB.ts [--steps 40] [--warmup 4] [--a 1] [--b 4]
 * --a/--b: pieces per thread of the direct filter gradient (convGradients.ts: directFilterGradSplit).
 */
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { median } from '../../src/train/bench/benchCommand';
import { directFilterGradSplit } from '../../src/train/backends/wasm/convGradients';
import { recordTrainingStepsAB } from './roofline/recordSteps';
import { kernelWork } from './roofline/kernelWork';
import { benchCount } from './benchArgs';
const f2 = (v: number) => v.toFixed(2);

async function main(): Promise<void> {
  const steps = benchCount('steps', 40);
  const warmup = benchCount('warmup', 4);
  const settings = [benchCount('a', 1), benchCount('b', 4)];
  const runs = await recordTrainingStepsAB(BENCH_MODELS.resnet20, { batch: 64, warmup, steps }, (k) => { directFilterGradSplit.piecesPerThread = settings[k]; });
  const recorded = runs.map((r) => r.steps);
  const stepMs = runs.map((r) => r.stepMs);
  console.log(`resnet20 batch 64, ${steps} steps alternated ABBA; A = ${settings[0]}, B = ${settings[1]} pieces per thread (direct filter gradient)`);
  console.log(`step median: A ${f2(median(stepMs[0]))} ms, B ${f2(median(stepMs[1]))} ms; best A ${f2(Math.min(...stepMs[0]))}, B ${f2(Math.min(...stepMs[1]))}`);
  console.log('| call | shape | algorithm | A min | A median | B min | B median |');
  console.log('|---|---|---|---|---|---|---|');
  const calls = Math.min(...recorded.flat().map((s) => s.length));
  let sums = [0, 0, 0, 0];
  for (let i = 0; i < calls; i++) {
    const work = kernelWork(recorded[0][0][i]);
    if (!work.category.startsWith('conv') || work.algorithm.startsWith('Winograd')) continue;
    const [a, b] = recorded.map((st) => st.map((s) => s[i].ms));
    const row = [Math.min(...a), median(a), Math.min(...b), median(b)];
    sums = sums.map((s, j) => s + row[j]);
    console.log(`| ${work.category} | ${work.label} | ${work.algorithm} | ${row.map(f2).join(' | ')} |`);
  }
  console.log(`| all of the above | | | ${sums.map(f2).join(' | ')} |`);
}

void main();
