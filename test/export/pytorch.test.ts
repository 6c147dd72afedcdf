/**
 * The PyTorch export, run under real PyTorch (Debian python3-torch): every template constructs, has
 * LayerLoom's trainable parameter count and output shape, and takes a training step; weights exported
 * from tfjs give tfjs's predictions (LeNet-5 through the CLI, and a graph with every block kind).
 * All Python checks run in one process (test/export/check_torch.py) to load torch once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { exportPyTorch } from '../../src/export/pytorch';
import { encodeSafetensors, toTorchTensors } from '../../src/export/torchWeights';
import { readRunWeights } from '../../src/export/runWeights';
import { analyze } from '../../src/graph/analyze';
import { TEMPLATES } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';
import { missingTools, PYTHON } from '../helpers/tools';
import { everyBlockGraph, randomizeWeights, saveRunFolder, stemsGraph } from './fixtures';

const missing = missingTools('torch', 'numpy');
/** Templates checked by a forward pass only (none today: a batch-1 step of VGG-19 at 224×224 takes a few seconds). */
const FORWARD_ONLY = new Set<string>();

interface TemplateResult { params: number; outputShape: number[]; lossFinite?: boolean; gradsFinite?: boolean; seconds: number; error?: string }
interface CompareResult { maxAbsDiff: number; sameArgmax: boolean; outputShape: number[]; error?: string }

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const dir = mkdtempSync(join(tmpdir(), 'layerloom-export-'));
const jobs: Record<string, unknown>[] = [];
const results = new Map<string, TemplateResult | CompareResult>();
let pythonSeconds = 0;

/** Compiles `graph` in tfjs with random weights, saves it as a run folder and records tfjs's predictions on random images. */
async function tfjsRun(name: string, graph: Graph, n: number): Promise<{ runDir: string; inputs: string; expected: string; shape: number[] }> {
  const runDir = join(dir, `${name}-run`);
  mkdirSync(runDir);
  const { model } = compileGraph(graph, tf);
  randomizeWeights(model, tf);
  await saveRunFolder(model, tf, runDir);
  const shape = [n, ...(model.inputs[0].shape.slice(1) as number[])];
  const x = tf.randomUniform(shape, 0, 1, 'float32', 7);
  const y = model.predict(x) as tf.Tensor;
  const inputs = join(dir, `${name}-inputs.bin`);
  const expected = join(dir, `${name}-expected.bin`);
  writeFileSync(inputs, Buffer.from((await x.data() as Float32Array).buffer));
  writeFileSync(expected, Buffer.from((await y.data() as Float32Array).buffer));
  tf.dispose([x, y]);
  model.dispose();
  return { runDir, inputs, expected, shape };
}

beforeAll(async () => {
  if (missing) return;
  await tf.setBackend('cpu');
  for (const t of TEMPLATES) {
    const graph = t.build();
    const { code, className } = exportPyTorch(graph, { name: t.name });
    const file = join(dir, `${t.name}.py`);
    writeFileSync(file, code);
    const [h, w, c] = t.inputShape;
    jobs.push({ key: t.name, type: 'template', file, cls: className, input: [FORWARD_ONLY.has(t.name) ? 1 : 2, c, h, w].map((v, i) => (i === 0 && h >= 200 ? 1 : v)), classes: t.classes, step: !FORWARD_ONLY.has(t.name) });
  }

  // LeNet-5 with random weights, exported through the CLI exactly as a user would.
  const lenet = TEMPLATES.find((t) => t.name === 'lenet5')!.build();
  const lenetRun = await tfjsRun('lenet5', lenet, 16);
  writeFileSync(join(lenetRun.runDir, 'meta.json'), JSON.stringify({ format: 'layerloom/run', resize: 'crop', classes: DIGITS, normalization: { mean: [0.1307], std: [0.3081] } }));
  const lenetFile = join(dir, 'lenet5_trained.py');
  const cli = spawnSync(process.execPath, ['bin/layerloom.js', 'export', '--template', 'lenet5', '--to', 'pytorch', '--weights', lenetRun.runDir, '--out', lenetFile], { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`layerloom export failed: ${cli.stderr}`);
  jobs.push({ key: 'lenet5-weights', type: 'compare', file: lenetFile, cls: 'Lenet5', weights: join(dir, 'lenet5_trained.safetensors'), ...lenetRun });

  // Every block kind, through the library API.
  const every = everyBlockGraph();
  const everyRun = await tfjsRun('every', every, 8);
  const exported = exportPyTorch(every, { name: 'every block' });
  const everyFile = join(dir, 'every.py');
  writeFileSync(everyFile, exported.code);
  const weightsFile = join(dir, 'every.safetensors');
  writeFileSync(weightsFile, encodeSafetensors(toTorchTensors(exported.weights, await readRunWeights(everyRun.runDir))));
  jobs.push({ key: 'every-weights', type: 'compare', file: everyFile, cls: exported.className, weights: weightsFile, ...everyRun });
  jobs.push({ key: 'every', type: 'template', file: everyFile, cls: exported.className, input: [4, 3, 13, 13], classes: 5, step: true });

  // Zero padding + max pool: torch's own nn.MaxPool2d(3, 2, 1) after a ReLU, F.pad + F.max_pool2d after a linear conv.
  const stems = stemsGraph();
  const stemsRun = await tfjsRun('stems', stems, 4);
  const stemsExport = exportPyTorch(stems, { name: 'stems' });
  const stemsFile = join(dir, 'stems.py');
  writeFileSync(stemsFile, stemsExport.code);
  const stemsWeights = join(dir, 'stems.safetensors');
  writeFileSync(stemsWeights, encodeSafetensors(toTorchTensors(stemsExport.weights, await readRunWeights(stemsRun.runDir))));
  jobs.push({ key: 'stems-weights', type: 'compare', file: stemsFile, cls: stemsExport.className, weights: stemsWeights, ...stemsRun });

  const jobsFile = join(dir, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const t0 = Date.now();
  const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_torch.py'), jobsFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
  pythonSeconds = (Date.now() - t0) / 1000;
  if (py.status !== 0) throw new Error(`check_torch.py failed (is python3-torch installed?):\n${py.stderr}`);
  const out = JSON.parse(py.stdout) as { results: (TemplateResult | CompareResult)[] };
  jobs.forEach((job, i) => results.set(job.key as string, out.results[i]));
  console.log(`export: python checks took ${pythonSeconds.toFixed(1)} s;`, jobs.filter((j) => j.type === 'template')
    .map((j) => `${j.key} ${(results.get(j.key as string) as TemplateResult).seconds}s`).join(', '),
  '; max |Δp|', jobs.filter((j) => j.type === 'compare').map((j) => `${j.key} ${(results.get(j.key as string) as CompareResult).maxAbsDiff}`).join(', '));
}, 600_000);

describe.skipIf(!!missing).each(TEMPLATES.map((t) => [t.name, t] as const))('exported PyTorch %s', (name, template) => {
  it(`constructs with no arguments, has LayerLoom's trainable parameters and maps the input to [N, classes]${FORWARD_ONLY.has(name) ? '' : '; a training step runs'}`, () => {
    const r = results.get(name) as TemplateResult;
    expect(r.error).toBeUndefined();
    expect(r.params).toBe(analyze(template.build()).totals.trainableParams);
    expect(r.outputShape[1]).toBe(template.classes);
    if (!FORWARD_ONLY.has(name)) expect([r.lossFinite, r.gradsFinite]).toEqual([true, true]);
  });
});

describe.skipIf(!!missing)('PyTorch export', () => {
  it('ResNet-18 has exactly torchvision\'s 11,689,512 parameters and maps 1×3×224×224 to 1000', () => {
    const r = results.get('resnet18') as TemplateResult;
    expect(r.params).toBe(11_689_512);
    expect(r.outputShape).toEqual([1, 1000]);
  });

  it('LeNet-5 weights exported by `layerloom export --weights` give tfjs\'s predictions', () => {
    const r = results.get('lenet5-weights') as CompareResult;
    expect(r.error).toBeUndefined();
    expect(r.outputShape).toEqual([16, 10]);
    expect(r.maxAbsDiff).toBeLessThan(1e-5);
    expect(r.sameArgmax).toBe(true);
    const code = readFileSync(join(dir, 'lenet5_trained.py'), 'utf8');
    expect(code).toContain(`CLASS_NAMES = [${DIGITS.map((d) => `"${d}"`).join(', ')}]`);
    expect(code).toContain('RESIZE = "crop"');
    expect(code).toContain('MEAN, STD = [0.1307], [0.3081]');
  });

  it('padded max pools, folded into nn.MaxPool2d(3, 2, 1) after a ReLU and not after a linear conv, give tfjs\'s predictions', () => {
    const r = results.get('stems-weights') as CompareResult;
    expect(r.error).toBeUndefined();
    expect(r.outputShape).toEqual([4, 4]);
    expect(r.maxAbsDiff).toBeLessThan(1e-5);
  });

  it('a network with every block kind gives tfjs\'s predictions with its weights, and trains a step', () => {
    const r = results.get('every-weights') as CompareResult;
    expect(r.error).toBeUndefined();
    expect(r.outputShape).toEqual([8, 5]);
    expect(r.maxAbsDiff).toBeLessThan(1e-5);
    const t = results.get('every') as TemplateResult;
    expect(t.error).toBeUndefined();
    expect(t.params).toBe(analyze(everyBlockGraph()).totals.trainableParams);
    expect([t.lossFinite, t.gradsFinite]).toEqual([true, true]);
  });
});
