/**
 * A training session: opens the data, picks the backend, compiles the graph, trains with pause /
 * resume / stop between batches, checkpoints each epoch into the run folder, evaluates on the test
 * split and saves the run. It runs in any Node process and talks only through {@link SessionEvent}s;
 * `run()` resolves with the last one (`done`, `error` or `cancelled`) and never throws.
 */
import { randomUUID } from 'node:crypto';
import type * as tfjs from '@tensorflow/tfjs';
import { compileGraph, CompileError, type CompiledModel } from '../compile/compileGraph';
import { dataSourceFromArgument, DatasetError, openDataset, type Dataset, type DatasetSource } from '../data/index';
import { analyze } from '../graph/analyze';
import type { Project } from '../graph/projectFile';
import type { Graph } from '../graph/types';
import { coded, renderText, type CodedText } from '../messages/index';
import { BackendUnavailableError, selectBackend, type BackendChoice } from './backends/selectBackend';
import { BestWeights } from './bestWeights';
import { evaluateSplit, type Evaluation } from './evaluate';
import type { CancelledEvent, DoneEvent, ErrorEvent, EpochEvent, PreparingEvent, SessionEvent, SessionEventListener } from './events';
import { FeatureMapper } from './featureMaps';
import { computeNormalization, type Normalization } from './normalization';
import { changesWithinEpoch, learningRateAt, makeOptimizer, setLearningRate } from './optimizer';
import { preparingProgress } from './preparingProgress';
import { RunFolder, RUN_FILES, defaultRunDir } from './runFolder';
import { runMeta } from './runMeta';
import { DivergedError, makeTrainStep } from './trainStep';
import { augmentOptions, withClasses } from './sessionSetup';

export interface SessionOptions {
  readonly project: Project;
  /** Run name (default the project's name). */
  readonly name?: string;
  /** The data (default the project's `training.data`): a source, or a dataset already opened. */
  readonly data?: DatasetSource | Dataset;
  /** The run folder (default `runs/<timestamp>-<name>`); it must not exist yet. */
  readonly outDir?: string;
  /** Seed for the splits, shuffles and augmentation (default 1). */
  readonly seed?: number;
  /** Feature-map events: off by default; `everyMs` throttles them (default 2000). */
  readonly featureMaps?: { readonly enabled: boolean; readonly sampleIndex?: number; readonly everyMs?: number };
  readonly sessionId?: string;
  /** tfjs to train with (default `@tensorflow/tfjs`, loaded on run). */
  readonly tf?: typeof tfjs;
  /** Backend choice already made (skips selectBackend: tests). */
  readonly backendChoice?: BackendChoice;
}

export interface HistoryEntry {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number | null;
  readonly valLoss: number | null;
  readonly valAccuracy: number | null;
  readonly learningRate: number;
  readonly durationMs: number;
}

type Final = DoneEvent | ErrorEvent | CancelledEvent;

/** A failure in one phase of the run: where, what (in English and as a code), and what to try. */
class StepError extends Error {
  readonly hint?: string;
  constructor(readonly where: string, message: string, readonly hintCode?: CodedText, readonly messageCode?: CodedText) {
    super(message);
    this.hint = hintCode ? renderText(hintCode, 'cli') ?? undefined : undefined;
  }
}

export class TrainingSession {
  readonly id: string;
  /** `tf.memory().numTensors` after each epoch's checkpoint (leak check). */
  readonly tensorCounts: number[] = [];
  readonly history: HistoryEntry[] = [];
  private readonly listeners = new Set<SessionEventListener>();
  private stopRequested = false;
  /** Stops opening a folder when stop() comes while the data is still loading. */
  private readonly loading = new AbortController();
  private pauseGate: { promise: Promise<void>; release: () => void } | null = null;
  private running = false;
  private compiled?: CompiledModel;
  /** The input standardisation in use (after `started`). */
  normalization?: Normalization;

  constructor(private readonly options: SessionOptions) {
    this.id = options.sessionId ?? randomUUID();
  }

  /** The model being trained (after `started`); it stays usable after the run. */
  get model(): tfjs.LayersModel | undefined {
    return this.compiled?.model;
  }

  on(listener: SessionEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pauses before the next batch. */
  pause(): void {
    if (this.pauseGate) return;
    let release!: () => void;
    const promise = new Promise<void>((r) => (release = r));
    this.pauseGate = { promise, release };
  }

  resume(): void {
    this.pauseGate?.release();
    this.pauseGate = null;
  }

  get paused(): boolean {
    return this.pauseGate !== null;
  }

  /** Stops before the next batch (also when paused); the run ends with `cancelled`. */
  stop(): void {
    this.stopRequested = true;
    this.loading.abort(new Error('training was stopped while the data was loading'));
    this.resume();
  }

  private emit(event: SessionEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A listener's failure must not stop training.
      }
    }
  }

  async run(): Promise<Final> {
    if (this.running) throw new Error('this session is already running');
    this.running = true;
    let folder: RunFolder | undefined;
    let final: Final;
    try {
      final = await this.train((f) => (folder = f));
    } catch (err) {
      await folder?.discard().catch(() => undefined);
      final = this.errorEvent(err);
    }
    this.emit(final);
    return final;
  }

  private errorEvent(err: unknown): ErrorEvent {
    const base = { type: 'error' as const, sessionId: this.id };
    if (err instanceof StepError) {
      return {
        ...base, message: err.message, where: err.where, ...(err.hint ? { hint: err.hint } : {}),
        ...(err.hintCode ? { hintCode: err.hintCode } : {}), ...(err.messageCode ? { messageCode: err.messageCode } : {}),
      };
    }
    if (err instanceof DivergedError) return { ...base, message: err.message, where: 'train', hint: err.hint, hintCode: err.hintCode, messageCode: err.messageCode };
    const message = err instanceof Error ? err.message : String(err);
    const bug = coded('hint.bug');
    return { ...base, message, where: 'train', hint: renderText(bug, 'cli')!, hintCode: bug };
  }

  private async train(onFolder: (f: RunFolder) => void): Promise<Final> {
    const o = this.options;
    const settings = o.project.training;
    const seed = o.seed ?? 1;
    const t0 = performance.now();

    const prepare = (event: Omit<PreparingEvent, 'type' | 'sessionId'>) => this.emit({ type: 'preparing', sessionId: this.id, ...event });
    prepare(settings.backend === 'auto'
      ? { stage: 'backend', message: 'choosing the fastest backend that loads', messageCode: coded('train.prep.backendAuto') }
      : { stage: 'backend', message: `loading the ${settings.backend} backend`, messageCode: coded('train.prep.backendLoad', { backend: settings.backend }) });
    const tf = o.tf ?? (await import('@tensorflow/tfjs'));
    const backend = o.backendChoice ?? (await guard('backend', () => selectBackend(settings.backend)));
    if (this.stopRequested) return this.cancelBeforeStart();

    const input = inputShapeOf(o.project.graph);
    const given = o.data;
    const dataName = isDataset(given) ? given.name : settings.data;
    prepare({ stage: 'data', message: `opening ${dataName}`, messageCode: coded('train.prep.dataOpen', { name: dataName }) });
    const dataset = isDataset(given) ? given : await guard('data', () => openDataset({
      source: given ?? dataSourceFromArgument(settings.data), input, resize: settings.resize, limit: settings.limit, seed,
      onProgress: preparingProgress(this.id, (e) => this.emit(e)), signal: this.loading.signal,
    })).catch((err: unknown) => {
      if (this.stopRequested) return null;
      throw err;
    });
    if (!dataset || this.stopRequested) return this.cancelBeforeStart();
    const { images } = dataset.report;
    const counts = { images, train: dataset.splits.train.size, val: dataset.splits.val.size, test: dataset.splits.test.size };
    prepare({
      stage: 'data', done: images, total: images, messageCode: coded('train.prep.dataReady', counts),
      message: `${images} images ready (${counts.train} train, ${counts.val} validation, ${counts.test} test)`,
    });
    const graph = withClasses(o.project.graph, dataset.classes.length);
    prepare({ stage: 'compile', message: 'building the model', messageCode: coded('train.prep.compile') });
    const compiled = await guard('compile', async () => compileGraph(graph, tf, 'layerloom'));
    this.compiled = compiled;
    const fromLogits = graph.nodes.some((n) => n.kind === 'Output' && n.params.softmax === false);
    const { train, val, test } = dataset.splits;
    if (!train.size) {
      throw new StepError('data', `the dataset "${dataset.name}" has no training images`, coded('hint.data.moreImages'),
        coded('train.error.noTrainingImages', { dataset: dataset.name }));
    }

    const name = o.name ?? o.project.meta.name;
    const folder = await guard('save', () => RunFolder.create(o.outDir ?? defaultRunDir(name)));
    onFolder(folder);
    const norm = await guard('data', () => computeNormalization(train, input[2], seed));
    this.normalization = norm;
    const optimizer = makeOptimizer(tf, settings);
    const step = makeTrainStep(tf, compiled.model, optimizer, dataset.classes.length, fromLogits, norm);
    const params = compiled.model.countParams();
    const batches = Math.ceil(train.size / settings.batchSize);
    this.emit({
      type: 'started', sessionId: this.id, backend: backend.name, backendReason: backend.reason,
      passedOver: backend.passedOver.map((p) => ({ backend: p.name, reason: p.why })),
      params, epochs: settings.epochs, batchSize: settings.batchSize,
      dataset: { train: train.size, validation: val.size, test: test.size, classes: [...dataset.classes], skipped: dataset.skipped.length },
    });

    const mapper = o.featureMaps?.enabled ? new FeatureMapper(tf, compiled, new Map(graph.nodes.map((n) => [n.id, n.kind])), norm) : undefined;
    const sampleSplit = val.size ? val : train;
    const sampleIndex = Math.min(o.featureMaps?.sampleIndex ?? 0, sampleSplit.size - 1);
    const sample = mapper ? await sampleSplit.get(sampleIndex) : undefined;
    const sampleLabel = mapper ? sampleSplit.describe(sampleIndex).className : null;
    let lastMaps = -Infinity;

    const meta = (extra: Record<string, unknown>) => runMeta({ name, backend, dataset, settings, seed, params, input, normalization: norm, extra });
    await folder.writeJson(RUN_FILES.project, { ...o.project, graph });
    await folder.writeJson(RUN_FILES.labels, dataset.classes);

    let trainImages = 0;
    let trainMs = 0;
    let bestVal = Infinity;
    let bestEpoch: number | null = null;
    let sinceBest = 0;
    let stoppedEarly = false;
    const perBatchLr = changesWithinEpoch(settings);
    // With early stopping the run keeps the best validation epoch's weights (checkpoint and final model).
    const best = settings.earlyStoppingPatience > 0 && val.size ? new BestWeights() : null;
    const history = () => this.history.map((h) => ({ ...h, best: h.epoch === bestEpoch }));
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const lr = learningRateAt(settings, epoch - 1);
      setLearningRate(optimizer, lr);
      const epochStart = performance.now();
      let pausedMs = 0;
      let lossSum = 0;
      let correct = 0;
      let seen = 0;
      let b = 0;
      for await (const batch of train.batches(settings.batchSize, { shuffle: true, seed: seed * 1000 + epoch, augment: augmentOptions(settings.augment, input) })) {
        if (this.pauseGate) {
          const p0 = performance.now();
          await this.pauseGate.promise;
          pausedMs += performance.now() - p0;
        }
        if (this.stopRequested) return this.cancel(tf, folder, epoch - 1, meta, best);
        if (!batch.n) continue;
        b += 1;
        const batchLr = perBatchLr ? learningRateAt(settings, epoch - 1 + (b - 1) / batches) : lr;
        if (perBatchLr) setLearningRate(optimizer, batchLr);
        const r = await step(batch);
        if (!Number.isFinite(r.loss)) throw new DivergedError(r.loss, epoch, b, batches, batchLr);
        lossSum += r.loss * batch.n;
        correct += r.correct;
        seen += batch.n;
        const elapsed = performance.now() - epochStart - pausedMs;
        this.emit({
          type: 'batch', sessionId: this.id, epoch, batch: b, batchesPerEpoch: batches, loss: r.loss,
          accuracy: r.correct / batch.n, imagesPerSec: elapsed > 0 ? (seen * 1000) / elapsed : 0,
        });
        if (mapper && sample && performance.now() - lastMaps >= (o.featureMaps?.everyMs ?? 2000)) {
          lastMaps = performance.now();
          this.emit(await mapper.capture(sample, sampleLabel, { sessionId: this.id, epoch, batch: b }));
        }
      }
      if (this.stopRequested) return this.cancel(tf, folder, epoch - 1, meta, best);
      const trainDuration = performance.now() - epochStart - pausedMs;
      trainImages += seen;
      trainMs += trainDuration;
      const v = val.size ? await this.evaluate(tf, compiled, val, dataset, fromLogits, 0) : null;
      const entry: HistoryEntry = {
        epoch, loss: seen ? lossSum / seen : NaN, accuracy: seen ? correct / seen : null,
        valLoss: v ? v.loss : null, valAccuracy: v ? v.accuracy : null, learningRate: lr, durationMs: performance.now() - epochStart - pausedMs,
      };
      this.history.push(entry);
      const improved = v !== null && v.loss < bestVal - 1e-6;
      if (improved) {
        bestVal = v.loss;
        bestEpoch = epoch;
        sinceBest = 0;
      } else sinceBest += 1;
      const event: EpochEvent = { type: 'epoch', sessionId: this.id, epochs: settings.epochs, ...entry, best: improved };
      this.emit(event);
      // The checkpoint holds the weights the run keeps: every epoch's, or with early stopping the best one's.
      const keep = !best || improved || best.epoch === null;
      await guard('save', async () => {
        if (keep) {
          await best?.capture(compiled.model, epoch);
          await folder.saveModel(tf, compiled.model);
        }
        await folder.writeJson(RUN_FILES.history, history());
        await folder.writeJson(RUN_FILES.meta, meta({ status: 'training', epochsCompleted: epoch, bestEpoch, weightsFromEpoch: best?.epoch ?? epoch }));
      });
      this.tensorCounts.push(tf.memory().numTensors);
      if (best && sinceBest >= settings.earlyStoppingPatience) {
        stoppedEarly = true;
        break;
      }
    }
    // The final evaluation and the saved model are the best epoch's (the last one's without early stopping).
    best?.restore(tf, compiled.model);
    const weightsFromEpoch = best?.epoch ?? this.history.length;

    const evaluation = await guard('evaluate', () => this.evaluate(tf, compiled, test.size ? test : val, dataset, fromLogits, 20));
    const imagesPerSec = trainMs > 0 ? (trainImages * 1000) / trainMs : 0;
    const durationMs = performance.now() - t0;
    const epochs = this.history.length;
    await guard('save', async () => {
      await folder.writeJson(RUN_FILES.evaluation, evaluation);
      await folder.writeJson(RUN_FILES.meta, meta({ status: 'complete', epochsCompleted: epochs, bestEpoch, weightsFromEpoch, stoppedEarly, imagesPerSec, durationMs, testAccuracy: evaluation.accuracy, testLoss: evaluation.loss }));
    });
    const runDir = await guard('save', () => folder.finish());
    optimizer.dispose();
    return {
      type: 'done', sessionId: this.id, runDir, epochs, stoppedEarly, bestEpoch, weightsFromEpoch,
      testAccuracy: evaluation.images ? evaluation.accuracy : null, testLoss: evaluation.images ? evaluation.loss : null,
      imagesPerSec, durationMs, backend: backend.name, classes: [...dataset.classes], images: dataset.report.images,
      skipped: dataset.skipped.map((s) => ({ path: s.path, reason: s.reason })), evaluation,
    };
  }

  private evaluate(tf: typeof tfjs, compiled: CompiledModel, split: Dataset['splits']['val'], dataset: Dataset, fromLogits: boolean, mistakes: number): Promise<Evaluation> {
    return evaluateSplit(tf, compiled.model, split, { classes: dataset.classes, fromLogits, batchSize: Math.max(this.options.project.training.batchSize, 128), mistakes, normalization: this.normalization });
  }

  /** Stopped before training began: nothing was written. */
  private cancelBeforeStart(): CancelledEvent {
    return { type: 'cancelled', sessionId: this.id, epoch: 0, runDir: null };
  }

  /** Keeps the last checkpoint as the run (status `cancelled`), or removes the folder if no epoch finished. */
  private async cancel(tf: typeof tfjs, folder: RunFolder, epochsDone: number, meta: (extra: Record<string, unknown>) => unknown, best: BestWeights | null): Promise<CancelledEvent> {
    let runDir: string | null = null;
    // The model in memory matches the checkpoint kept.
    best?.restore(tf, this.compiled!.model);
    if (epochsDone > 0) {
      await folder.writeJson(RUN_FILES.meta, meta({ status: 'cancelled', epochsCompleted: epochsDone, weightsFromEpoch: best?.epoch ?? epochsDone }));
      runDir = await folder.finish();
    } else {
      await folder.discard();
    }
    return { type: 'cancelled', sessionId: this.id, epoch: epochsDone, runDir };
  }
}

function isDataset(d: SessionOptions['data']): d is Dataset {
  return typeof d === 'object' && d !== null && 'splits' in d;
}

/** The model's input [h, w, c] from its Input block. */
function inputShapeOf(graph: Graph): [number, number, number] {
  const analysis = analyze(graph);
  const shape = analysis.inputId ? analysis.nodes[analysis.inputId]?.outputShape : null;
  if (!analysis.ok || !shape || shape.length !== 3) {
    const errors = new CompileError(analysis.diagnostics.filter((d) => d.severity === 'error')).message || 'the model has no image Input block';
    throw new StepError('compile', errors, coded('hint.compile.fixBlocks'), coded('train.error.invalidModel', { errors }));
  }
  return [shape[0], shape[1], shape[2]];
}

const HINTS: Readonly<Record<string, CodedText>> = {
  backend: coded('hint.backend.auto'),
  data: coded('hint.data.checkFolder'),
  compile: coded('hint.compile.fixBlocks'),
  save: coded('hint.save.checkFolder'),
  evaluate: coded('hint.evaluate.checkTestImages'),
};

/** Runs one phase; its errors become StepErrors saying where, with a hint. */
async function guard<T>(where: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof StepError || err instanceof DivergedError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // These messages already say how to fix the problem.
    const selfExplaining = err instanceof BackendUnavailableError || err instanceof DatasetError || err instanceof RangeError;
    const messageCode = err instanceof DatasetError ? err.coded : undefined;
    throw new StepError(where, message, selfExplaining ? undefined : HINTS[where], messageCode);
  }
}
