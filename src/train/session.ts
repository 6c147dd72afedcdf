/**
 * A training session: opens the data, picks the backend, compiles the graph, trains with pause /
 * resume / stop between batches, checkpoints each epoch into the run folder, evaluates on the test
 * split and saves the run. It runs in any Node process and talks only through {@link SessionEvent}s;
 * `run()` resolves with the last one (`done`, `error` or `cancelled`) and never throws.
 *
 * The engine stays responsive: the session yields to the event loop before every batch (and the
 * evaluation between its batches), so a protocol request, a stop or Ctrl-C waits at most one batch.
 * When the run ends, however it ends, its model and optimizer are disposed.
 */
import { randomUUID } from 'node:crypto';
import type * as tfjs from '@tensorflow/tfjs';

import { imagesInUse, type Dataset, type DatasetSource } from '../data/index';
import type { Project } from '../graph/projectFile';
import { coded } from '../messages/index';
import type { BackendChoice } from './backends/selectBackend';
import { BestWeights } from './bestWeights';
import { evaluateSplit, type Evaluation } from './evaluate';
import type { CancelledEvent, DoneEvent, ErrorEvent, EpochEvent, SessionEvent, SessionEventListener } from './events';
import { epochSeed, type Normalization } from './normalization';
import { optimizerStateFiles } from './optimizerState';
import { changesWithinEpoch, learningRateAt, setLearningRate } from './optimizer';
import { json, modelFiles, RUN_FILES, type RunFolder } from './runFolder';
import type { ResumePoint } from './runResume';
import { SessionControls } from './sessionControls';
import { errorEvent, guard, isKernelFailure, type Prepared, prepareSession } from './sessionPrepare';
import { releaseDeviceMemory, throwIfDeviceFailed } from './backends/deviceHealth';
import { resetWasmBackendAfterFailure } from './backends/selectBackend';
import { augmentOptions } from './sessionSetup';
import { DivergedError } from './trainStep';

export interface SessionOptions {
  readonly project: Project;
  /** Run name (default the project's name). */
  readonly name?: string;
  /** The data (default the project's `training.data`): a source, or a dataset already opened. */
  readonly data?: DatasetSource | Dataset;
  /** The run folder; it must not exist yet. Default: `<runsRoot>/<timestamp>-<name>`, under a free name. */
  readonly outDir?: string;
  /** Where default run folders go (default `runs`). */
  readonly runsRoot?: string;
  /** Seed for the splits, shuffles and augmentation (default 1). */
  readonly seed?: number;
  /** Feature-map events: off by default; `everyMs` throttles them (default 2000). */
  readonly featureMaps?: { readonly enabled: boolean; readonly sampleIndex?: number; readonly everyMs?: number };
  readonly sessionId?: string;
  /** tfjs to train with (default `@tensorflow/tfjs`, loaded on run). */
  readonly tf?: typeof tfjs;
  /** Backend choice already made (skips selectBackend: tests). */
  readonly backendChoice?: BackendChoice;
  /** Continue a saved run from its last checkpoint (runResume.ts; `project` is then the run's own). */
  readonly resume?: ResumePoint;
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

export class TrainingSession {
  readonly id: string;
  /** `tf.memory().numTensors` after each epoch's checkpoint (leak check). */
  readonly tensorCounts: number[] = [];
  readonly history: HistoryEntry[] = [];
  private readonly listeners = new Set<SessionEventListener>();
  private readonly controls = new SessionControls();
  private running = false;
  private folder?: RunFolder;
  /** The input standardisation in use (after `started`). */
  normalization?: Normalization;

  constructor(private readonly options: SessionOptions) {
    this.id = options.sessionId ?? randomUUID();
  }

  on(listener: SessionEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pauses after the current batch (a `state` event says when it has). */
  pause(): void {
    this.controls.pause();
  }

  resume(): void {
    this.controls.resume();
  }

  get paused(): boolean {
    return this.controls.paused;
  }

  /** Stops after the current batch (also when paused, loading or validating); the run ends with `cancelled`. */
  /**
   * Frees the GPU memory the finished run left pooled (tfjs keeps freed buffers for the engine's life); the
   * run's model and optimizer were disposed when it ended. The engine calls this once run() has settled.
   */
  dispose(): void {
    releaseDeviceMemory();
  }

  stop(): void {
    this.controls.stop();
  }

  /**
   * Ends the run at once, for a process about to exit (a second Ctrl-C): the last checkpoint moves into
   * place marked `interrupted`, or nothing is kept before the first one. Synchronous. Returns the run folder.
   */
  interruptNow(): string | null {
    this.controls.stop();
    this.interrupted ??= this.folder?.interruptSync('interrupted') ?? null;
    return this.interrupted;
  }

  /** After interruptNow(): the folder kept (or null); the run folder is no longer touched. */
  private interrupted?: string | null;

  private get stopRequested(): boolean {
    return this.controls.stopped;
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
    let prepared: Prepared | null = null;
    let final: Final;
    let failure: unknown;
    // A resumed run that fails before its first new checkpoint keeps the one it resumed from.
    if (this.options.resume) {
      this.lastMeta = { ...this.options.resume.meta };
      this.checkpointEpoch = this.options.resume.epochsCompleted;
    }
    try {
      prepared = await prepareSession(this.options, this.id, this.controls.signal, (e) => this.emit(e), (f) => (this.folder = f));
      final = prepared ? await this.train(prepared) : { type: 'cancelled', sessionId: this.id, epoch: 0, runDir: null };
    } catch (err) {
      final = await this.failed(err);
      failure = err;
    } finally {
      prepared?.dispose();
    }
    // A kernel that failed may have left the wasm backend's memory inconsistent: the next run gets a new one.
    if (failure !== undefined && isKernelFailure(failure)) resetWasmBackendAfterFailure();
    this.emit(final);
    return final;
  }

  /** The error event; a run with a checkpoint keeps it (status `interrupted`, resumable), else its folder goes. */
  private async failed(err: unknown): Promise<ErrorEvent> {
    const event = errorEvent(this.id, err, this.options.project.training.batchSize);
    const folder = this.folder;
    if (this.interrupted !== undefined) return event;
    if (!folder?.hasCheckpoint) {
      await folder?.discard().catch(() => undefined);
      return event;
    }
    const epoch = this.checkpointEpoch;
    try {
      await folder.writeJson(RUN_FILES.meta, { ...this.lastMeta, status: 'interrupted', error: event.message });
    } catch {
      // The disk may be full: the checkpoint's meta.json (status "training") already reads as interrupted.
    }
    const runDir = await folder.finish().catch(() => folder.stagingDir);
    // Readers say where the checkpoint is from runDir and epoch (the `train.checkpointKept` text).
    return { ...event, runDir, epoch };
  }

  /** meta.json of the last checkpoint written, and the epoch whose weights it holds. */
  private lastMeta: Record<string, unknown> = {};
  private checkpointEpoch = 0;

  private async train(p: Prepared): Promise<Final> {
    const { tf, settings, compiled, dataset, folder, optimizer, step, input, seed } = p;
    const { train, val, test } = dataset.splits;
    this.normalization = p.normalization;
    const batches = Math.ceil(train.size / settings.batchSize);
    const epochBatches = (epoch: number) => train.batches(settings.batchSize, { shuffle: true, seed: epochSeed(seed, epoch), augment: augmentOptions(settings.augment, input) });
    // The first batch is made before `started`, so "preparing" lasts until data is flowing, and says how long that took.
    // A resumed run goes on after the epochs it finished (the same shuffles as if it had never stopped).
    const resumed = this.options.resume?.history ?? [];
    const start = (this.options.resume?.epochsCompleted ?? 0) + 1;
    const firstEpoch = epochBatches(start)[Symbol.asyncIterator]();
    const firstBatch = await guard('data', () => firstEpoch.next());
    const firstBatchMs = Math.round(performance.now() - p.startedAt);
    const seconds = (firstBatchMs / 1000).toFixed(1);
    this.emit({ type: 'preparing', sessionId: this.id, stage: 'data', message: `first batch ready after ${seconds} s`, messageCode: coded('train.prep.firstBatch', { seconds }), firstBatchMs });
    if (this.stopRequested) {
      await firstEpoch.return?.();
      return this.cancel(p, start - 1, null);
    }
    this.emit({
      type: 'started', sessionId: this.id, backend: p.backend.name, backendReason: p.backend.reason,
      ...(p.backend.device ? { device: p.backend.device.summary } : {}),
      passedOver: p.backend.passedOver.map((x) => ({ backend: x.name, reason: x.why })),
      params: p.params, epochs: settings.epochs, batchSize: settings.batchSize,
      dataset: { train: train.size, validation: val.size, test: test.size, classes: [...dataset.classes], skipped: dataset.skipped.length },
      ...(resumed.length ? { resumedFrom: start - 1 } : {}),
    });

    const { mapper } = p;
    const sampleSplit = val.size ? val : train;
    const sampleIndex = Math.min(this.options.featureMaps?.sampleIndex ?? 0, sampleSplit.size - 1);
    const sample = mapper ? await sampleSplit.get(sampleIndex) : undefined;
    const sampleLabel = mapper ? sampleSplit.describe(sampleIndex).className : null;
    let lastMaps = -Infinity;

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
    const onState = (state: 'paused' | 'running') => this.emit({ type: 'state', sessionId: this.id, state });
    // The epochs before a resume: history, curves and the best validation loss so far.
    for (const h of resumed) {
      this.history.push(h);
      const improved = h.valLoss !== null && h.valLoss < bestVal - 1e-6;
      if (improved) [bestVal, bestEpoch] = [h.valLoss!, h.epoch];
      this.emit({ type: 'epoch', sessionId: this.id, epochs: settings.epochs, ...h, best: improved });
    }
    // With early stopping the checkpoint resumed from holds the best epoch's weights.
    if (best && bestEpoch !== null) await best.capture(compiled.model, bestEpoch);
    for (let epoch = start; epoch <= settings.epochs; epoch++) {
      const lr = learningRateAt(settings, epoch - 1);
      setLearningRate(optimizer, lr);
      const epochStart = performance.now();
      let pausedMs = 0;
      let lossSum = 0;
      let correct = 0;
      let seen = 0;
      let b = 0;
      for await (const batch of epoch === start ? continueWith(firstBatch, firstEpoch) : epochBatches(epoch)) {
        // The engine answers between batches; a pause holds here.
        pausedMs += await this.controls.between(onState);
        if (this.stopRequested) return this.cancel(p, epoch - 1, best);
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
        if (mapper && sample && performance.now() - lastMaps >= (this.options.featureMaps?.everyMs ?? 2000)) {
          lastMaps = performance.now();
          this.emit(await mapper.capture(sample, sampleLabel, { sessionId: this.id, epoch, batch: b }));
        }
      }
      if (this.stopRequested) return this.cancel(p, epoch - 1, best);
      const trainDuration = performance.now() - epochStart - pausedMs;
      trainImages += seen;
      trainMs += trainDuration;
      // A stop during validation still keeps this epoch's training (checkpointed without validation figures).
      const v = val.size ? await this.evaluate(p, val, 0).catch(this.unlessStopped) : null;
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
      if (keep) await best?.capture(compiled.model, epoch);
      const weightsFromEpoch = best?.epoch ?? epoch;
      await this.checkpoint(p, keep, epoch, history(), { status: 'training', epochsCompleted: epoch, bestEpoch, weightsFromEpoch });
      this.tensorCounts.push(tf.memory().numTensors);
      if (this.stopRequested) return this.cancel(p, epoch, best);
      if (best && sinceBest >= settings.earlyStoppingPatience) {
        stoppedEarly = true;
        break;
      }
    }
    // The final evaluation and the saved model are the best epoch's (the last one's without early stopping).
    best?.restore(tf, compiled.model);
    const weightsFromEpoch = best?.epoch ?? this.history.length;

    const evaluation = await guard('evaluate', () => this.evaluate(p, test.size ? test : val, 20).catch(this.unlessStopped));
    // Stopped during the test evaluation: every epoch trained and is checkpointed; the run is kept as stopped.
    if (!evaluation) return this.cancel(p, this.history.length, best);
    const imagesPerSec = trainMs > 0 ? (trainImages * 1000) / trainMs : 0;
    const durationMs = performance.now() - p.startedAt;
    const epochs = this.history.length;
    await guard('save', async () => {
      await folder.writeJson(RUN_FILES.evaluation, evaluation);
      await folder.writeJson(RUN_FILES.meta, p.meta({ status: 'complete', epochsCompleted: epochs, bestEpoch, weightsFromEpoch, stoppedEarly, imagesPerSec, durationMs, testAccuracy: evaluation.accuracy, testLoss: evaluation.loss }));
    });
    const runDir = await guard('save', () => folder.finish());
    return {
      type: 'done', sessionId: this.id, runDir, epochs, stoppedEarly, bestEpoch, weightsFromEpoch,
      testAccuracy: evaluation.images ? evaluation.accuracy : null, testLoss: evaluation.images ? evaluation.loss : null,
      imagesPerSec, durationMs, backend: p.backend.name, classes: [...dataset.classes], images: imagesInUse(dataset),
      skipped: dataset.skipped.map((s) => ({ path: s.path, reason: s.reason })), evaluation,
    };
  }

  /** One epoch's checkpoint, all files or none: a failed save leaves the previous checkpoint whole. */
  private async checkpoint(p: Prepared, withWeights: boolean, epoch: number, history: unknown, extra: Record<string, unknown>): Promise<void> {
    const meta = p.meta(extra) as unknown as Record<string, unknown>;
    await guard('save', async () => {
      // The optimizer's state goes with the weights it belongs to (resuming picks both up).
      const files: Array<[string, string | Uint8Array]> = withWeights ? [...await modelFiles(p.tf, p.compiled.model), ...await optimizerStateFiles(p.optimizer)] : [];
      files.push([RUN_FILES.history, json(history)], [RUN_FILES.meta, json(meta)]);
      await p.folder.writeCheckpoint(files);
    }, (error) => coded('train.error.checkpointFailed', { epoch, error }));
    this.lastMeta = meta;
    this.checkpointEpoch = extra.weightsFromEpoch as number;
  }

  private async evaluate(p: Prepared, split: Dataset['splits']['val'], mistakes: number): Promise<Evaluation> {
    const evaluation = await evaluateSplit(p.tf, p.compiled.model, split, {
      classes: p.dataset.classes, fromLogits: p.fromLogits, batchSize: p.evalBatch, mistakes,
      normalization: p.normalization, signal: this.controls.signal,
    });
    throwIfDeviceFailed(); // a GPU failure gives zeros, not an exception: not an evaluation to keep
    return evaluation;
  }

  /** An evaluation cut short by stop() gives null; any other failure stays a failure. */
  private readonly unlessStopped = (err: unknown): null => {
    if (this.stopRequested) return null;
    throw err;
  };

  /** Keeps the last checkpoint as the run (status `cancelled`), or removes the folder if no epoch finished. */
  private async cancel(p: Prepared, epochsDone: number, best: BestWeights | null): Promise<CancelledEvent> {
    if (this.interrupted !== undefined) return { type: 'cancelled', sessionId: this.id, epoch: this.interrupted ? this.checkpointEpoch : 0, runDir: this.interrupted };
    let runDir: string | null = null;
    // The model in memory matches the checkpoint kept.
    best?.restore(p.tf, p.compiled.model);
    if (epochsDone > 0 && p.folder.hasCheckpoint) {
      await guard('save', () => p.folder.writeJson(RUN_FILES.meta, { ...this.lastMeta, status: 'cancelled', saved: new Date().toISOString() }));
      runDir = await guard('save', () => p.folder.finish());
    } else {
      await p.folder.discard();
    }
    return { type: 'cancelled', sessionId: this.id, epoch: epochsDone, runDir };
  }
}

/** An iterator's first result, taken already, followed by the rest of it. */
async function* continueWith<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (let r = first; !r.done; r = await rest.next()) yield r.value;
}
