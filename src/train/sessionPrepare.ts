/**
 * Everything a training session does before its first batch: the backend, the data, the model, the
 * run folder, the input statistics, the optimizer and the training step — with `preparing` events on
 * the way. The result owns the model and the optimizer: `dispose()` frees them when the run ends.
 * Also how a failure becomes an error event that says where it happened and what to try.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { compileGraph, CompileError, type CompiledModel } from '../compile/compileGraph';
import { dataSourceFromArgument, DatasetError, openDataset, type Dataset, type InputShape } from '../data/index';
import { analyze } from '../graph/analyze';
import type { Analysis } from '../graph/analysisTypes';
import type { TrainingSettings } from '../graph/projectFile';
import type { Graph } from '../graph/types';
import { coded, renderText, type CodedText } from '../messages/index';
import { clearDeviceFailure, deviceFailureReport, GpuDeviceError } from './backends/deviceHealth';
import { BackendUnavailableError, selectBackend, type BackendChoice } from './backends/selectBackend';
import { KernelThreadError } from './backends/wasm/kernelThreads';
import { kernelNumerics } from './backends/wasm/kernelNumerics';
import type { ErrorEvent, PreparingEvent, SessionEvent } from './events';
import { FeatureMapper } from './featureMaps';
import { currentBudget, formatBytes, inferenceBatch, largestBatch, MemoryBudgetError, modelSize, trainingMemory } from './memoryEstimate';
import { computeNormalization, NORMALIZATION_SAMPLE, type Normalization } from './normalization';
import { makeOptimizer } from './optimizer';
import { restoreOptimizerState } from './optimizerState';
import { preparingProgress } from './preparingProgress';
import { defaultRunDir, loadRunModel, RunFolder, RUN_FILES } from './runFolder';
import { runMeta } from './runMeta';
import type { SessionOptions } from './session';
import { withClasses } from './sessionSetup';
import { DivergedError, makeTrainStep, type TrainStep } from './trainStep';

/** What a session trains with; it owns the model, the optimizer and the feature-map probe. */
export interface Prepared {
  readonly tf: typeof tfjs;
  readonly settings: TrainingSettings;
  readonly backend: BackendChoice;
  readonly dataset: Dataset;
  readonly compiled: CompiledModel;
  readonly folder: RunFolder;
  readonly optimizer: tfjs.Optimizer;
  readonly step: TrainStep;
  readonly fromLogits: boolean;
  readonly input: InputShape;
  readonly seed: number;
  readonly normalization: Normalization;
  readonly params: number;
  /** The evaluation's batch: the training batch or 128, as many as fit in memory. */
  readonly evalBatch: number;
  readonly mapper?: FeatureMapper;
  readonly startedAt: number;
  /** meta.json's content with `extra` fields (status, epochs …). */
  meta(extra: Record<string, unknown>): Record<string, unknown>;
  dispose(): void;
}

/** A failure in one phase of the run: where, what (in English and as a code), and what to try. */
export class StepError extends Error {
  readonly hint?: string;
  constructor(readonly where: string, message: string, readonly hintCode?: CodedText, readonly messageCode?: CodedText) {
    super(message);
    this.hint = hintCode ? renderText(hintCode, 'cli') ?? undefined : undefined;
  }
}

const HINTS: Readonly<Record<string, CodedText>> = {
  backend: coded('hint.backend.auto'),
  data: coded('hint.data.checkFolder'),
  compile: coded('hint.compile.fixBlocks'),
  save: coded('hint.save.checkFolder'),
  evaluate: coded('hint.evaluate.checkTestImages'),
};

/**
 * Runs one phase; its errors become StepErrors saying where, with a hint. `messageCode` turns the
 * failure's own message (as parameter `error`) into a coded sentence (a DatasetError brings its own).
 */
export async function guard<T>(where: string, f: () => Promise<T>, messageCode?: (error: string) => CodedText): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof StepError || err instanceof DivergedError || err instanceof GpuDeviceError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // These messages already say how to fix the problem.
    const selfExplaining = err instanceof BackendUnavailableError || err instanceof DatasetError || err instanceof RangeError;
    const code = err instanceof DatasetError ? err.coded : messageCode?.(message);
    throw new StepError(where, message, selfExplaining ? undefined : HINTS[where], code);
  }
}

/** The error event for a failure; `batchSize` lets a GPU out-of-memory suggest a smaller one. */
export function errorEvent(sessionId: string, err: unknown, batchSize?: number): ErrorEvent {
  const base = { type: 'error' as const, sessionId };
  if (err instanceof GpuDeviceError) return { ...base, where: 'train', ...deviceFailureReport(err, batchSize ?? 1) };
  if (err instanceof StepError) {
    return {
      ...base, message: err.message, where: err.where, ...(err.hint ? { hint: err.hint } : {}),
      ...(err.hintCode ? { hintCode: err.hintCode } : {}), ...(err.messageCode ? { messageCode: err.messageCode } : {}),
    };
  }
  if (err instanceof DivergedError) return { ...base, message: err.message, where: 'train', hint: err.hint, hintCode: err.hintCode, messageCode: err.messageCode };
  if (err instanceof MemoryBudgetError) return memoryErrorEvent(base, err);
  const message = err instanceof Error ? err.message : String(err);
  if (isKernelFailure(err)) {
    const hintCode = coded('hint.train.kernelFailed');
    return { ...base, message: `a compute kernel failed: ${message}`, where: 'train', messageCode: coded('train.error.kernelFailed', { error: message }), hint: renderText(hintCode, 'cli')!, hintCode };
  }
  const bug = coded('hint.bug');
  return { ...base, message, where: 'train', hint: renderText(bug, 'cli')!, hintCode: bug };
}

function memoryErrorEvent(base: { type: 'error'; sessionId: string }, err: MemoryBudgetError): ErrorEvent {
  const m = err.memory;
  const messageCode = coded('train.error.memoryBudget', {
    need: formatBytes(m.totalBytes), batch: m.batchSize, activations: formatBytes(m.perImageBytes * m.batchSize),
    fixed: formatBytes(m.fixedBytes), budget: formatBytes(err.budget.bytes), backend: err.backend,
  });
  const hintCode = err.suggestedBatch > 0 ? coded('hint.memory.useBatch', { batch: err.suggestedBatch }) : coded('hint.memory.smallerModel');
  return {
    ...base, message: err.message, where: 'memory', messageCode, hint: renderText(hintCode, 'cli')!, hintCode,
    ...(err.suggestedBatch > 0 ? { suggestedBatchSize: err.suggestedBatch } : {}),
  };
}

/**
 * A failure inside the compute kernels rather than in LayerLoom's logic: a trap in a wasm kernel (memory
 * access out of bounds), a kernel thread that failed, an allocation the backend could not make.
 */
export function isKernelFailure(err: unknown): boolean {
  if (err instanceof KernelThreadError || err instanceof WebAssembly.RuntimeError) return true;
  const message = err instanceof Error ? err.message : String(err);
  return /Aborted\(|out of memory|Array buffer allocation failed|Maximum memory size exceeded|Cannot enlarge memory/i.test(message);
}

/**
 * Prepares a run; null when stop() came first (nothing is left behind). `onFolder` hears of the run
 * folder as soon as it exists, so a failure or an interruption after that can keep or remove it.
 */
export async function prepareSession(
  o: SessionOptions, sessionId: string, signal: AbortSignal, emit: (e: SessionEvent) => void, onFolder: (f: RunFolder) => void,
): Promise<Prepared | null> {
  const settings = o.project.training;
  const seed = o.seed ?? o.resume?.seed ?? 1;
  const startedAt = performance.now();
  const prepare = (event: Omit<PreparingEvent, 'type' | 'sessionId'>) => emit({ type: 'preparing', sessionId, ...event });
  prepare(settings.backend === 'auto'
    ? { stage: 'backend', message: 'choosing the fastest backend that loads', messageCode: coded('train.prep.backendAuto') }
    : { stage: 'backend', message: `loading the ${settings.backend} backend`, messageCode: coded('train.prep.backendLoad', { backend: settings.backend }) });
  const tf = o.tf ?? (await import('@tensorflow/tfjs'));
  const backend = o.backendChoice ?? (await guard('backend', () => selectBackend(settings.backend)));
  clearDeviceFailure(); // an out-of-memory of an earlier run is not this one's
  if (signal.aborted) return null;

  const { input, analysis } = modelInput(o.project.graph);
  // tfjs builds and walks a model recursively: a chain thousands of blocks long overflows the stack.
  const depth = networkDepth(analysis);
  if (depth > MAX_NETWORK_DEPTH) throw tooDeep(depth);
  // Know before training: a run that cannot fit in the backend's memory is refused before any data loads.
  const memory = trainingMemory({ activationBytesPerImage: analysis.totals.activationBytesPerImage, params: analysis.totals.params }, settings);
  const budget = currentBudget(tf);
  if (memory.totalBytes > budget.bytes) throw new MemoryBudgetError(memory, budget, backend.name, Math.min(largestBatch(memory, budget.bytes), settings.batchSize - 1));
  const given = o.data;
  const dataName = isDataset(given) ? given.name : settings.data;
  prepare({ stage: 'data', message: `opening ${dataName}`, messageCode: coded('train.prep.dataOpen', { name: dataName }) });
  const dataset = isDataset(given) ? given : await guard('data', () => openDataset({
    source: given ?? dataSourceFromArgument(settings.data), input, resize: settings.resize, limit: settings.limit, seed,
    onProgress: preparingProgress(sessionId, emit), signal,
  })).catch((err: unknown) => {
    if (signal.aborted) return null;
    throw err;
  });
  if (!dataset || signal.aborted) return null;
  const { images } = dataset.report;
  const { train, val, test } = dataset.splits;
  const counts = { images, train: train.size, val: val.size, test: test.size };
  // "found", not "ready": a folder's images are only checked (headers) here and decoded as training first needs them.
  prepare({
    stage: 'data', done: images, total: images, messageCode: coded('train.prep.dataReady', counts),
    message: `${images} images found (${counts.train} train, ${counts.val} validation, ${counts.test} test)`,
  });
  if (!train.size) {
    throw new StepError('data', `the dataset "${dataset.name}" has no training images`, coded('hint.data.moreImages'),
      coded('train.error.noTrainingImages', { dataset: dataset.name }));
  }
  const graph = withClasses(o.project.graph, dataset.classes.length);
  prepare({ stage: 'compile', message: 'building the model', messageCode: coded('train.prep.compile') });
  const compiled = await guard('compile', async () => {
    try {
      return compileGraph(graph, tf, 'layerloom', { seed });
    } catch (err) {
      if (err instanceof RangeError && /call stack/i.test(err.message)) throw tooDeep(depth);
      throw err;
    }
  });
  const owned: Array<{ dispose(): unknown }> = [compiled.model];
  const dispose = () => {
    for (const x of owned.reverse()) {
      try {
        x.dispose();
      } catch {
        // Already disposed (a backend that failed takes its tensors with it).
      }
    }
  };
  try {
    const resume = o.resume;
    const name = o.name ?? resume?.name ?? o.project.meta.name;
    const folder = await guard('save', () => (resume ? RunFolder.reopen(resume.runDir)
      : o.outDir ? RunFolder.create(o.outDir) : RunFolder.create(defaultRunDir(name, new Date(), o.runsRoot), { pickFreeName: true })));
    onFolder(folder);
    if (resume) {
      // The checkpoint's weights, into the model just built from the same graph.
      prepare({ stage: 'compile', message: `loading the checkpoint of epoch ${resume.epochsCompleted}`, messageCode: coded('train.prep.resume', { epoch: resume.epochsCompleted }) });
      await guard('compile', async () => {
        const saved = await loadRunModel(tf, folder.stagingDir);
        try {
          compiled.model.setWeights(saved.getWeights());
        } finally {
          saved.dispose();
        }
      });
    }
    // A resumed run standardises its inputs as it did (the weights learnt them). A folder's first images are decoded here.
    if (!resume?.normalization) {
      const n = Math.min(NORMALIZATION_SAMPLE, train.size);
      prepare({ stage: 'data', message: `decoding the first ${n} training images (input statistics)`, messageCode: coded('train.prep.statistics', { n }) });
    }
    const normalization = resume?.normalization ?? await guard('data', () => computeNormalization(train, input[2], seed));
    const optimizer = makeOptimizer(tf, settings);
    owned.push(disposableOptimizer(optimizer));
    // A resumed run's optimizer goes on with its moments and step count (none in runs saved before they were kept).
    if (resume) await guard('compile', () => restoreOptimizerState(tf, optimizer, folder.stagingDir));
    const fromLogits = graph.nodes.some((n) => n.kind === 'Output' && n.params.softmax === false);
    // A resumed run's dropout masks go on from the steps its finished epochs took.
    const stepsDone = resume ? resume.epochsCompleted * Math.ceil(train.size / settings.batchSize) : 0;
    const step = makeTrainStep(tf, compiled.model, optimizer, dataset.classes.length, fromLogits, normalization, seed, stepsDone);
    const params = compiled.model.countParams();
    const evalBatch = inferenceBatch(modelSize(compiled.model), Math.max(settings.batchSize, 128), currentBudget(tf).bytes);
    const mapper = o.featureMaps?.enabled ? new FeatureMapper(tf, compiled, new Map(graph.nodes.map((n) => [n.id, n.kind])), normalization) : undefined;
    await guard('save', async () => {
      await folder.writeJson(RUN_FILES.project, { ...o.project, graph });
      await folder.writeJson(RUN_FILES.labels, dataset.classes);
    });
    const numerics = backend.name === 'wasm' ? kernelNumerics(tf.backend()) : undefined;
    const meta = (extra: Record<string, unknown>) => runMeta({ name, backend, dataset, settings, seed, params, input, normalization, numerics, extra }) as unknown as Record<string, unknown>;
    return { tf, settings, backend, dataset, compiled, folder, optimizer, step, fromLogits, input, seed, normalization, params, evalBatch, mapper, startedAt, meta, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/**
 * The optimizer's dispose, plus what tfjs 4.22's forgets: MomentumOptimizer.dispose() does not call
 * SGDOptimizer's, so its learning-rate scalar `c` stayed allocated after every SGD-with-momentum run.
 */
function disposableOptimizer(optimizer: tfjs.Optimizer): { dispose(): void } {
  return {
    dispose() {
      optimizer.dispose();
      const c = (optimizer as unknown as { c?: tfjs.Tensor }).c;
      if (c && !c.isDisposed) c.dispose();
    },
  };
}

function isDataset(d: SessionOptions['data']): d is Dataset {
  return typeof d === 'object' && d !== null && 'splits' in d;
}

/**
 * The deepest network a run takes, in blocks from Input to Output. tfjs 4.22 builds a model recursively
 * (a 5,000-block chain overflowed Node's stack while compiling; 3,000 tfjs layers compiled and trained);
 * a block compiles to at most three layers.
 */
export const MAX_NETWORK_DEPTH = 1000;

/** The longest path through the network, in blocks (a loop over the analysis's topological order). */
export function networkDepth(analysis: Analysis): number {
  const depth = new Map<string, number>();
  let deepest = 0;
  for (const id of analysis.order) {
    let d = 0;
    for (const src of analysis.nodes[id].inputIds) d = Math.max(d, depth.get(src) ?? 0);
    depth.set(id, d + 1);
    deepest = Math.max(deepest, d + 1);
  }
  return deepest;
}

function tooDeep(depth: number): StepError {
  return new StepError('compile', `the network is ${depth} blocks deep; LayerLoom trains networks up to ${MAX_NETWORK_DEPTH} blocks deep`,
    coded('hint.compile.shallower', { max: MAX_NETWORK_DEPTH }), coded('train.error.tooDeep', { depth, max: MAX_NETWORK_DEPTH }));
}

/** The model's input [h, w, c] from its Input block, and the analysis it came from. */
function modelInput(graph: Graph): { input: [number, number, number]; analysis: Analysis } {
  const analysis = analyze(graph);
  const shape = analysis.inputId ? analysis.nodes[analysis.inputId]?.outputShape : null;
  if (!analysis.ok || !shape || shape.length !== 3) {
    const errors = new CompileError(analysis.diagnostics.filter((d) => d.severity === 'error')).message || 'the model has no image Input block';
    throw new StepError('compile', errors, coded('hint.compile.fixBlocks'), coded('train.error.invalidModel', { errors }));
  }
  return { input: [shape[0], shape[1], shape[2]], analysis };
}
